package nl.samenkracht.report.chart;

import java.util.Locale;

/** Status of one success factor in one column of the coverage heatmap (docs/output-contract.md). */
public enum CoverageStatus {
    /** The evidence meets its target. */
    OP_ORDE("op orde"),
    /** There is evidence, but it is below target. */
    AANDACHT("aandacht"),
    /** No evidence for this factor here. */
    GEEN_GEGEVENS("geen gegevens");

    private final String label;

    CoverageStatus(String label) {
        this.label = label;
    }

    /** Dutch label as shown in the legend and written in {@code tables/coverage.csv}. */
    public String label() {
        return label;
    }

    /** Parses a Dutch label ("op orde", "aandacht", "geen gegevens") or an enum name. */
    public static CoverageStatus fromLabel(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (CoverageStatus s : values()) {
            if (s.label.equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown coverage status: '" + text
                + "' (expected op orde, aandacht or geen gegevens)");
    }
}
