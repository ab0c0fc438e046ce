package nl.samenkracht.ingest.interviews;

import java.util.Locale;

/** The export formats {@link InterviewReadOptions#format()} can name. */
public enum InterviewFormat {
    /** Decide by extension and header row ({@link InterviewFormatDetector}). */
    AUTO("auto"),
    /** MAXQDA "Coded Segments" export (.xlsx, .csv, .txt). */
    MAXQDA("maxqda"),
    /** ATLAS.ti quotation export (.xlsx, .csv). */
    ATLASTI("atlasti"),
    /** REFI-QDA project exchange file (.qdpx). */
    QDPX("qdpx"),
    /** A plain table with configurable columns (.csv, .txt, .xlsx). */
    TABLE("table");

    private final String key;

    InterviewFormat(String key) {
        this.key = key;
    }

    /** The name used in {@code study.yaml}. */
    public String key() {
        return key;
    }

    /** Accepts the key case-insensitively; null or blank means {@link #AUTO}. */
    public static InterviewFormat fromKey(String key) {
        if (key == null || key.isBlank()) {
            return AUTO;
        }
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (InterviewFormat f : values()) {
            if (f.key.equals(k)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown interview format '" + key
                + "'; choose from auto, maxqda, atlasti, qdpx, table");
    }
}
