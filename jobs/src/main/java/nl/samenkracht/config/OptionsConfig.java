package nl.samenkracht.config;

/**
 * Analysis options with their documented defaults (see docs/config-reference.md).
 *
 * @param minAnsweredShare     a scale score needs at least this share of the scale's items answered
 * @param preWave              wave label of the pre measurement
 * @param postWave             wave label of the post measurement
 * @param continuityCorrection continuity correction in the rank tests' normal approximation
 * @param exactP               exact p for small samples without ties
 * @param rejectThreshold      share of rejected rows above which the run exits with code 1
 */
public record OptionsConfig(Double minAnsweredShare, String preWave, String postWave,
                            Boolean continuityCorrection, Boolean exactP, Double rejectThreshold) {
    public static final OptionsConfig DEFAULT = new OptionsConfig(null, null, null, null, null, null);

    public OptionsConfig {
        if (minAnsweredShare == null) minAnsweredShare = 0.5;
        if (preWave == null) preWave = "voormeting";
        if (postWave == null) postWave = "nameting";
        if (continuityCorrection == null) continuityCorrection = false;
        if (exactP == null) exactP = false;
        if (rejectThreshold == null) rejectThreshold = 0.05;
        if (minAnsweredShare <= 0 || minAnsweredShare > 1)
            throw new ConfigException("options.min_answered_share must be in (0, 1], got " + minAnsweredShare);
        if (rejectThreshold < 0 || rejectThreshold > 1)
            throw new ConfigException("options.reject_threshold must be in [0, 1], got " + rejectThreshold);
    }
}
