package nl.samenkracht.run;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The auto rule worked by hand: ceil(bytes / 32 MiB), at least the local threads (or 8 on a cluster), at most 400. */
class ShufflePartitionsTest {
    private static final long MIB = 1L << 20;

    @Test
    void smallStudyGetsOnePartitionPerCore() {
        // The sample study: ~3 MB of exports → ceil(3/32) = 1, raised to the 2 cores of local[*].
        assertEquals(2, ShufflePartitions.auto(3 * MIB, "local[*]", 2));
        assertEquals(1, ShufflePartitions.auto(3 * MIB, "local", 8));
        assertEquals(4, ShufflePartitions.auto(3 * MIB, "local[4]", 2));
        assertEquals(3, ShufflePartitions.auto(0, "local[3,2]", 16));
    }

    @Test
    void largeInputGetsOnePartitionPer32Mib() {
        // 250 MiB → ceil(250/32) = ceil(7.8125) = 8; exactly 256 MiB → 8; 257 MiB → 9.
        assertEquals(8, ShufflePartitions.auto(250 * MIB, "local[*]", 2));
        assertEquals(8, ShufflePartitions.auto(256 * MIB, "local[*]", 2));
        assertEquals(9, ShufflePartitions.auto(257 * MIB, "local[*]", 2));
    }

    @Test
    void clusterHasAFloorOfEightAndEveryRunACeilingOf400() {
        assertEquals(8, ShufflePartitions.auto(10 * MIB, "spark://host:7077", 2));
        assertEquals(8, ShufflePartitions.auto(10 * MIB, "yarn", 2));
        // 20 GiB = 20480 MiB → 640 by size, capped at 400.
        assertEquals(400, ShufflePartitions.auto(20480 * MIB, "yarn", 2));
    }
}
