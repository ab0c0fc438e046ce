package nl.samenkracht.config;

/**
 * Analysis options with their documented defaults (see docs/config-reference.md).
 *
 * @param minAnsweredShare     a scale score needs at least this share of the scale's items answered
 * @param preWave              wave label of the pre measurement
 * @param postWave             wave label of the post measurement
 * @param continuityCorrection continuity correction in the rank tests' normal approximation
 * @param exactP               exact p where R would use it (n &lt; 50, no ties, no zero differences);
 *                             on by default, as R's {@code wilcox.test(exact = NULL)}
 * @param rejectThreshold      share of rejected rows above which the run exits with code 1
 * @param zeroMethod           zero differences in the paired test: {@code wilcox} (dropped, as R)
 *                             or {@code pratt} (ranked, then left out of V)
 */
public record OptionsConfig(Double minAnsweredShare, String preWave, String postWave,
                            Boolean continuityCorrection, Boolean exactP, Double rejectThreshold,
                            String zeroMethod) {
    public static final OptionsConfig DEFAULT = new OptionsConfig(null, null, null, null, null, null, null);
    public static final String WILCOX = "wilcox";
    public static final String PRATT = "pratt";

    public OptionsConfig(Double minAnsweredShare, String preWave, String postWave, Boolean continuityCorrection,
                         Boolean exactP, Double rejectThreshold) {
        this(minAnsweredShare, preWave, postWave, continuityCorrection, exactP, rejectThreshold, null);
    }

    public OptionsConfig {
        if (minAnsweredShare == null) minAnsweredShare = 0.5;
        if (preWave == null) preWave = "voormeting";
        if (postWave == null) postWave = "nameting";
        if (continuityCorrection == null) continuityCorrection = false;
        if (exactP == null) exactP = true;
        if (zeroMethod == null) zeroMethod = WILCOX;
        zeroMethod = zeroMethod.strip().toLowerCase(java.util.Locale.ROOT);
        if (!zeroMethod.equals(WILCOX) && !zeroMethod.equals(PRATT))
            throw new ConfigException("options.zero_method must be wilcox or pratt, got " + zeroMethod);
        if (rejectThreshold == null) rejectThreshold = 0.05;
        if (minAnsweredShare <= 0 || minAnsweredShare > 1)
            throw new ConfigException("options.min_answered_share must be in (0, 1], got " + minAnsweredShare);
        if (rejectThreshold < 0 || rejectThreshold > 1)
            throw new ConfigException("options.reject_threshold must be in [0, 1], got " + rejectThreshold);
    }

    /** The rank tests' options from these settings. */
    public nl.samenkracht.statistics.RankTestOptions rankTests() {
        return new nl.samenkracht.statistics.RankTestOptions(continuityCorrection, exactP,
                PRATT.equals(zeroMethod) ? nl.samenkracht.statistics.RankTestOptions.ZeroMethod.PRATT
                        : nl.samenkracht.statistics.RankTestOptions.ZeroMethod.WILCOX);
    }
}
