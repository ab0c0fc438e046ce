package nl.samenkracht.config;

import java.util.List;

/**
 * How directie.xlsx and bestuur.xlsx tell the study's story (optional key {@code report:},
 * docs/config-reference.md).
 *
 * @param focus                 the group the study is about (e.g. new colleagues); its figures lead the
 *                              audience reports, the whole school follows as context
 * @param intervention          contact types whose reach is the intervention itself (e.g. buddygesprek);
 *                              their reach leads the contact figures
 * @param minRelevantDifference the smallest change that counts as a real improvement or decline
 */
public record ReportConfig(Focus focus, List<String> intervention, MinRelevantDifference minRelevantDifference) {
    public static final ReportConfig DEFAULT = new ReportConfig(null, null, null);

    public ReportConfig {
        if (intervention == null) intervention = List.of();
        if (minRelevantDifference == null) minRelevantDifference = MinRelevantDifference.DEFAULT;
    }

    public boolean hasFocus() {
        return focus != null;
    }

    /**
     * @param group the value of the surveys' group column (grp), e.g. nieuw
     * @param label how the reports name the group in Dutch, e.g. "nieuwe collega's" (default: the group value)
     */
    public record Focus(String group, String label) {
        public Focus {
            if (group == null || group.isBlank()) throw new ConfigException("report.focus.group is required (a value of the surveys' group column)");
            if (label == null || label.isBlank()) label = group;
        }
    }

    /**
     * @param mean  on a scale mean, in scale points (default 0.2)
     * @param share on a share, as a fraction (default 0.05 = 5 procentpunt)
     */
    public record MinRelevantDifference(Double mean, Double share) {
        public static final MinRelevantDifference DEFAULT = new MinRelevantDifference(null, null);

        public MinRelevantDifference {
            if (mean == null) mean = 0.2;
            if (share == null) share = 0.05;
            if (mean < 0) throw new ConfigException("report.min_relevant_difference.mean must be at least 0, got " + mean);
            if (share < 0 || share > 1)
                throw new ConfigException("report.min_relevant_difference.share must be in [0, 1], got " + share);
        }
    }
}
