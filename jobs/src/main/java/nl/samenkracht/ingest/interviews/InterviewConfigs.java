package nl.samenkracht.ingest.interviews;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.DidYouMean;
import nl.samenkracht.config.InterviewConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.model.SchoolYear;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the {@code interviews:} entries of study.yaml and turns one into reader options. */
public final class InterviewConfigs {
    /** study.yaml spelling (snake case) → the readers' logical column names. */
    private static final Map<String, String> COLUMN_KEYS = Map.of(
            "respondent", "respondent", "document", "document", "document_group", "documentGroup",
            "documentgroup", "documentGroup", "code", "code", "segment", "segment", "wave", "wave",
            "location", "location", "role", "role");
    private static final List<String> DOCUMENTED_KEYS =
            List.of("respondent", "document", "document_group", "code", "segment", "wave", "location", "role");

    private InterviewConfigs() {}

    /** Every problem a config can have before a file is opened; a {@link ConfigException} naming the entry. */
    public static void validate(Study study, List<InterviewConfig> interviews) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < interviews.size(); i++) {
            InterviewConfig c = interviews.get(i);
            String at = where(study, i, c);
            if (c.id() == null || c.id().isBlank()) throw new ConfigException(at + ": id is required");
            if (!ids.add(c.id())) throw new ConfigException(at + ": duplicate interviews id '" + c.id() + "'");
            if (c.files().isEmpty()) throw new ConfigException(at + ": files is empty");
            if (c.schoolYear() == null)
                throw new ConfigException(at + ": school_year is required (interview exports carry no date), e.g. school_year: 2024-2025");
            if (SchoolYear.parse(c.schoolYear()) == null)
                throw new ConfigException(at + ".school_year: '" + c.schoolYear() + "' is not a school year like 2024-2025");
            options(study, i, c); // format, columns and document_groups
        }
    }

    /** Reader options for one entry; bad values become a {@link ConfigException}. */
    static InterviewReadOptions options(Study study, int index, InterviewConfig c) {
        String at = where(study, index, c);
        try {
            InterviewFormat.fromKey(c.format());
        } catch (IllegalArgumentException e) {
            List<String> formats = List.of("auto", "maxqda", "atlasti", "qdpx", "table");
            throw new ConfigException(at + ".format: '" + c.format() + "' is not one of " + String.join(", ", formats)
                    + DidYouMean.hint(c.format(), formats));
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : c.columns().entrySet()) {
            // documentGroup (the readers' name) and document_group (study.yaml's snake case) both work
            String logical = COLUMN_KEYS.get(e.getKey().strip().toLowerCase(java.util.Locale.ROOT));
            if (logical == null)
                throw new ConfigException(at + ".columns: unknown key '" + e.getKey() + "'" + DidYouMean.hint(e.getKey(), DOCUMENTED_KEYS)
                        + "; allowed: " + String.join(", ", DOCUMENTED_KEYS));
            columns.put(logical, e.getValue());
        }
        try {
            return new InterviewReadOptions(c.format(), columns, c.respondentFrom(), c.documentGroups(), c.codeSeparator());
        } catch (IllegalArgumentException e) {
            // DocumentGroupMapping says "documentGroupTo: …"; the study file calls it document_groups.
            throw new ConfigException(at + ": " + e.getMessage().replace("documentGroupTo", "document_groups"));
        }
    }

    static String where(Study study, int index, InterviewConfig c) {
        return study.file() + ": interviews[" + index + "]" + (c.id() == null ? "" : " (" + c.id() + ")");
    }
}
