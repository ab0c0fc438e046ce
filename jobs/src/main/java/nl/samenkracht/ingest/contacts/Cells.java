package nl.samenkracht.ingest.contacts;

import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.privacy.Pseudonymizer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small helpers the row interpreters share: cell access, value mapping, cached pseudonyms. */
final class Cells {
    /** Identifiers repeat (a pupil has many contacts): an HMAC per distinct value and task is enough. */
    private static final int CACHE_LIMIT = 200_000;

    private Cells() {}

    /**
     * The stripped cells of a raw row that holds the header positions {@code selected}, in that
     * order, as an array indexed by header position; empty as null. {@code windows1252}: the text was read as
     * ISO-8859-1 (Spark's CSV source accepts no other single-byte charset) and the characters
     * U+0080–U+009F are turned back into what those bytes mean in Windows-1252 (€, ‘, ’, “, ” …);
     * every other byte means the same in both.
     */
    static String[] read(Row raw, int[] selected, int width, boolean windows1252) {
        String[] cells = new String[width];
        for (int j = 0; j < selected.length; j++) {
            if (raw.isNullAt(j)) continue;
            String s = raw.getString(j).strip();
            if (windows1252) s = from1252(s);
            cells[selected[j]] = s.isEmpty() ? null : s;
        }
        return cells;
    }

    private static final java.nio.charset.Charset CP1252 = java.nio.charset.Charset.forName("windows-1252");

    static String from1252(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0080' && c <= '\u009f') {
                byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                return new String(bytes, CP1252);
            }
        }
        return s;
    }

    static String at(String[] cells, int column) {
        return column < 0 ? null : cells[column];
    }

    /** Counts the fields of a record Spark marked as malformed, to say how it differs from the header. */
    static int fields(String record, char delimiter, int leadingColumns) {
        int fields = 1;
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted) fields++;
        }
        return fields - leadingColumns;
    }

    /** The canonical value of an export label: through the mapping, else the label itself if canonical; null if neither. */
    static String mapped(Map<String, String> mapping, String logical, String text) {
        String hit = mapping == null ? null : mapping.get(AnswerScale.normalise(text));
        return hit != null ? hit : ContactVocabulary.canonical(logical, text);
    }

    static Row issue(String reason, String column, String detail) {
        return RowFactory.create(reason, column, detail);
    }

    static Object seq(List<Row> rows) {
        return scala.jdk.javaapi.CollectionConverters.asScala(rows).toSeq();
    }

    /**
     * Canonical values of one logical column with a per-task cache: an export repeats a handful of
     * labels, and normalising each cell anew (regular expressions) costs more than the rest of a row.
     * An unknown label is cached too (as the empty string).
     */
    static final class Labels {
        private final Map<String, String> mapping;
        private final String logical;
        private final Map<String, String> cache = new HashMap<>();

        Labels(Map<String, String> mapping, String logical) {
            this.mapping = mapping;
            this.logical = logical;
        }

        /** The canonical value, or null when the label is neither mapped nor canonical. */
        String of(String text) {
            String v = cache.get(text);
            if (v == null) {
                if (cache.size() >= CACHE_LIMIT) cache.clear();
                String m = mapped(mapping, logical, text);
                v = m == null ? "" : m;
                cache.put(text, v);
            }
            return v.isEmpty() ? null : v;
        }
    }

    /** Pseudonyms with a per-task cache. Not thread-safe; one instance per interpreter copy. */
    static final class Pseudonyms {
        private final Pseudonymizer pseudonymizer;
        private final Map<String, String> cache = new HashMap<>();

        Pseudonyms(Pseudonymizer pseudonymizer) {
            this.pseudonymizer = pseudonymizer;
        }

        String of(String prefix, String identifier) {
            if (identifier == null) return null;
            String key = prefix + '\u0000' + identifier;
            String p = cache.get(key);
            if (p == null) {
                if (cache.size() >= CACHE_LIMIT) cache.clear();
                p = pseudonymizer.pseudonym(prefix, identifier);
                cache.put(key, p);
            }
            return p;
        }
    }
}
