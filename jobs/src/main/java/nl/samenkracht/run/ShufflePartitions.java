package nl.samenkracht.run;

/**
 * How many shuffle partitions a run uses when the user does not say ({@code --shuffle-partitions
 * auto}). Every shuffle partition is a task per shuffle, and a run has dozens of shuffles: for
 * the sample study (a few MB) eight near-empty tasks per shuffle cost more than the data, while a
 * board of several hundred MB wants enough partitions to keep each task's share of memory small.
 * Rule: one partition per {@link #BYTES_PER_PARTITION} of input files, at least one per core
 * (local) or {@link #CLUSTER_MINIMUM} (cluster, where the core count is unknown before start),
 * at most {@link #MAXIMUM}. Adaptive query execution may still merge small partitions.
 */
public final class ShufflePartitions {
    /** Input bytes per partition: ingested rows are several times their CSV size once long-format. */
    public static final long BYTES_PER_PARTITION = 32L << 20;
    public static final int CLUSTER_MINIMUM = 8;
    public static final int MAXIMUM = 400;

    private ShufflePartitions() {}

    /**
     * @param inputBytes total size of the study's input files
     * @param master     the Spark master URL
     * @param localCores cores of this machine (used for local masters)
     */
    public static int auto(long inputBytes, String master, int localCores) {
        int minimum = isLocal(master) ? Math.max(1, localThreads(master, localCores)) : CLUSTER_MINIMUM;
        long bySize = (inputBytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
        return (int) Math.max(minimum, Math.min(MAXIMUM, bySize));
    }

    static boolean isLocal(String master) {
        return master == null || master.isBlank() || master.startsWith("local");
    }

    /** local → 1, local[4] → 4, local[*] / local[*,3] → cores, local[2,3] → 2. */
    static int localThreads(String master, int cores) {
        if (master == null || master.isBlank() || master.equals("local[*]")) return cores;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("local(?:-cluster)?\\[(\\*|\\d+)(?:,.*)?]").matcher(master);
        if (!m.matches()) return master.equals("local") ? 1 : cores;
        return m.group(1).equals("*") ? cores : Integer.parseInt(m.group(1));
    }
}
