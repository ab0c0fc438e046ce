package nl.samenkracht.ingest.contacts;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.ingest.frontend.RawRecord;
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

    /** The stripped cells of a record, indexed by header position; empty as null. */
    static String[] read(RawRecord record) {
        String[] cells = new String[record.width()];
        for (int i = 0; i < cells.length; i++) cells[i] = record.stripped(i);
        return cells;
    }

    static String at(String[] cells, int column) {
        return column < 0 ? null : cells[column];
    }

    /** The canonical value of an export label: through the mapping, else the label itself if canonical; null if neither. */
    static String mapped(Map<String, String> mapping, String logical, String text) {
        String hit = mapping == null ? null : mapping.get(AnswerScale.normalise(text));
        return hit != null ? hit : ContactVocabulary.canonical(logical, text);
    }

    static Row issue(RejectReason reason, String column, String detail) {
        return RowFactory.create(reason.code(), column, detail);
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
