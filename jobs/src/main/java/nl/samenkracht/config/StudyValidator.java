package nl.samenkracht.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks that a parsed study.yaml hangs together, before any input file is opened. */
final class StudyValidator {
    private static final Pattern SAFE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    static final Set<String> FORMATS = Set.of("auto", "msforms", "googleforms", "qualtrics", "limesurvey", "csv", "xlsx");

    private StudyValidator() {}

    /** Records every problem of the file (each instrument, item, survey and section is checked on its own). */
    static void validate(Study study, ConfigProblems problems) {
        StudyConfig c = study.config();
        String f = study.file().toString();
        problems.check(() -> {
            if (c.version() != 1) throw new ConfigException(f + ": version " + c.version() + " is not supported (this Samenkracht reads version 1)");
        });
        problems.check(() -> {
            if (c.study() == null || c.study().id() == null)
                throw new ConfigException(f + ": study.id is required (lower case letters, digits, - and _; it names the output folder)");
            if (!SAFE_ID.matcher(c.study().id()).matches())
                throw new ConfigException(f + ": study.id '" + c.study().id() + "' may only hold lower case letters, digits, - and _");
        });
        problems.check(() -> {
            if (c.study() != null && c.study().name() == null) throw new ConfigException(f + ": study.name is required");
        });
        // A scale that cannot be built is one problem; the names of the others are still known for the items.
        Set<String> scales = new HashSet<>(nl.samenkracht.model.BuiltInScales.all().keySet());
        scales.addAll(c.answerScales().keySet());
        problems.check(() -> {
            try {
                AnswerScales.of(c);
            } catch (ConfigException e) {
                throw new ConfigException(f + ": " + e.getMessage());
            }
        });
        Set<String> instrumentIds = new HashSet<>();
        for (int i = 0; i < c.instruments().size(); i++) {
            InstrumentConfig in = c.instruments().get(i);
            String at = f + ": instruments[" + i + "]";
            int index = i;
            Set<String> scaleIds = new HashSet<>();
            for (ScaleConfig sc : in.scales()) if (sc.id() != null) scaleIds.add(sc.id());
            problems.check(() -> {
                if (in.id() == null) throw new ConfigException(at + ": id is required");
                if (!instrumentIds.add(in.id())) throw new ConfigException(at + ": duplicate instrument id '" + in.id() + "'");
            });
            problems.check(() -> checkScale(at, in.answerScale(), scales, true));
            problems.check(() -> {
                Set<String> seen = new HashSet<>();
                for (ScaleConfig sc : in.scales()) {
                    if (sc.id() == null) throw new ConfigException(at + ".scales: every scale needs an id");
                    if (!seen.add(sc.id())) throw new ConfigException(at + ".scales: duplicate scale id '" + sc.id() + "'");
                }
            });
            Set<String> itemIds = new HashSet<>();
            for (int j = 0; j < in.items().size(); j++) {
                ItemConfig it = in.items().get(j);
                String iat = at + ".items[" + j + "]";
                problems.check(() -> checkItem(in, it, iat, index, itemIds, scaleIds, scales));
            }
        }
        // Any mix of surveys, contact logs and interviews is a study; only one without any source is not.
        problems.check(() -> {
            if (c.surveys().isEmpty() && c.contacts().logs().isEmpty() && c.interviews().isEmpty())
                throw new ConfigException(f + ": the study has no source to read: give surveys, contacts.logs or interviews");
        });
        problems.check(() -> nl.samenkracht.ingest.contacts.ContactsValidator.validate(c.contacts(), f));
        Set<String> surveyIds = new HashSet<>();
        for (int i = 0; i < c.surveys().size(); i++) {
            SurveyConfig s = c.surveys().get(i);
            String at = f + ": surveys[" + i + "]";
            problems.check(() -> checkSurvey(s, at, surveyIds, instrumentIds));
        }
    }

    private static void checkItem(InstrumentConfig in, ItemConfig it, String iat, int i, Set<String> itemIds, Set<String> scaleIds,
                                  Set<String> scales) {
        if (it.id() == null) throw new ConfigException(iat + ": id is required");
        if (!itemIds.add(it.id())) throw new ConfigException(iat + ": duplicate item id '" + it.id() + "'");
        if ((it.column() == null) == (it.pattern() == null))
            throw new ConfigException(iat + " (" + it.id() + "): give exactly one of column or pattern");
        if (it.pattern() != null) {
            try {
                Pattern.compile(it.pattern());
            } catch (PatternSyntaxException e) {
                throw new ConfigException(iat + " (" + it.id() + "): pattern is not a valid regular expression: " + e.getDescription());
            }
        }
        if (!List.of("likert", "open").contains(it.type()))
            throw new ConfigException(iat + " (" + it.id() + "): type must be likert or open, got '" + it.type() + "'");
        if (it.scale() != null && !scaleIds.contains(it.scale()))
            throw new ConfigException(iat + " (" + it.id() + "): scale '" + it.scale() + "' is not defined under instruments[" + i + "].scales" + DidYouMean.hint(it.scale(), scaleIds));
        if (!it.isOpen()) {
            if (it.answerScale() == null && in.answerScale() == null)
                throw new ConfigException(iat + " (" + it.id() + "): no answer_scale (set it on the item or the instrument)");
            checkScale(iat, it.answerScale(), scales, true);
        }
    }

    private static void checkSurvey(SurveyConfig s, String at, Set<String> surveyIds, Set<String> instrumentIds) {
        if (s.id() == null) throw new ConfigException(at + ": id is required");
        if (!surveyIds.add(s.id())) throw new ConfigException(at + ": duplicate survey id '" + s.id() + "'");
        if (s.instrument() == null || !instrumentIds.contains(s.instrument()))
            throw new ConfigException(at + " (" + s.id() + "): instrument '" + s.instrument() + "' is not defined" + DidYouMean.hint(String.valueOf(s.instrument()), instrumentIds));
        if (s.files().isEmpty()) throw new ConfigException(at + " (" + s.id() + "): files is empty");
        if (!FORMATS.contains(s.format()))
            throw new ConfigException(at + " (" + s.id() + "): format '" + s.format() + "' is not one of " + String.join(", ", FORMATS.stream().sorted().toList()) + DidYouMean.hint(s.format(), FORMATS));
        requireSource(at + " (" + s.id() + ").wave", s.wave(), true, false);
        requireSource(at + " (" + s.id() + ").school_year", s.schoolYear(), true, true);
        requireSource(at + " (" + s.id() + ").location", s.location(), false, false);
        requireSource(at + " (" + s.id() + ").group", s.group(), false, false);
        if (s.schoolYear() != null && s.schoolYear().value() != null && nl.samenkracht.model.SchoolYear.parse(s.schoolYear().value()) == null)
            throw new ConfigException(at + " (" + s.id() + ").school_year: '" + s.schoolYear().value() + "' is not a school year like 2024-2025");
    }

    private static void checkScale(String at, String id, Set<String> known, boolean nullable) {
        if (id == null && nullable) return;
        if (!known.contains(id))
            throw new ConfigException(at + ": answer scale '" + id + "' is not defined" + DidYouMean.hint(String.valueOf(id), known)
                    + "; built in: eens4, eens5, eens7, frequentie5");
    }

    private static void requireSource(String at, ValueSource v, boolean required, boolean dateAllowed) {
        if (v == null) {
            if (required) throw new ConfigException(at + " is required (value, column" + (dateAllowed ? ", from_date" : "") + " or from_file_name)");
            return;
        }
        if (v.waysSet() != 1)
            throw new ConfigException(at + ": give exactly one of value, column" + (dateAllowed ? ", from_date" : "") + " or from_file_name");
        if (v.fromDate() != null && !dateAllowed) throw new ConfigException(at + ": from_date is only for school_year");
    }
}
