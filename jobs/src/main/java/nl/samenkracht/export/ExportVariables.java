package nl.samenkracht.export;

import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Codebook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of one instrument's export, from the codebook: the five case columns, then every
 * Likert item in codebook order, then every scale score. Names are the codebook ids made valid
 * for SPSS (letters, digits, _ and ., starting with a letter, no reserved word, unique); open
 * items are never exported (free text).
 */
final class ExportVariables {
    static final String RESPONDENT = "respondent", SCHOOL_YEAR = "school_year", WAVE = "wave", LOCATION = "location",
            GROUP = "grp";
    private static final Set<String> RESERVED = Set.of("ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT",
            "OR", "TO", "WITH");

    private final List<ExportVariable> all = new ArrayList<>();
    /** Codebook item id → variable, and scale id → variable. */
    final Map<String, ExportVariable> items = new LinkedHashMap<>();
    final Map<String, ExportVariable> scales = new LinkedHashMap<>();

    private ExportVariables() {}

    static ExportVariables of(Codebook codebook, String instrument) {
        ExportVariables v = new ExportVariables();
        Set<String> used = new HashSet<>();
        v.add(text(RESPONDENT, "Respondent (pseudoniem)", used));
        v.add(text(SCHOOL_YEAR, "Schooljaar", used));
        v.add(text(WAVE, "Meting", used));
        v.add(text(LOCATION, "Locatie", used));
        v.add(text(GROUP, "Groep", used));
        for (Codebook.Item item : codebook.likertItems()) {
            if (!item.instrument().equals(instrument)) continue;
            AnswerScale as = codebook.answerScaleOf(item);
            List<ExportVariable.CodeLabel> values = new ArrayList<>();
            for (AnswerScale.Option o : as.options()) values.add(new ExportVariable.CodeLabel(o.value(), o.label()));
            Integer missingCode = null;
            String missingText = null;
            if (!as.missingLabels().isEmpty()) {
                missingCode = missingCode(as);
                // SPSS value labels hold at most 120 bytes; the full list is in the codebook.
                missingText = shorten("telt als ontbrekend: " + String.join(" / ", as.missingLabels()), 110);
            }
            ExportVariable e = new ExportVariable(unique(spssName(item.id()), used),
                    item.text() + (item.reverse() ? " (omgescoord in de schaalscore)" : ""), ExportVariable.Kind.ITEM,
                    values, missingCode, missingText);
            v.items.put(item.id(), e);
            v.add(e);
        }
        for (Codebook.Scale s : codebook.scales()) {
            if (!s.instrument().equals(instrument)) continue;
            ExportVariable e = new ExportVariable(unique(spssName(s.id() + "_score"), used),
                    "Schaalscore " + s.label() + " (gemiddelde van de beantwoorde items, na omscoren)",
                    ExportVariable.Kind.SCORE, List.of(), null, null);
            v.scales.put(s.id(), e);
            v.add(e);
        }
        return v;
    }

    List<ExportVariable> all() {
        return all;
    }

    private void add(ExportVariable e) {
        all.add(e);
    }

    private static ExportVariable text(String name, String label, Set<String> used) {
        used.add(name.toLowerCase(Locale.ROOT));
        return new ExportVariable(name, label, ExportVariable.Kind.TEXT, List.of(), null, null);
    }

    /** 99, or the first of 98, 97, ... and then −9, −8, ... that is not an answer's own value. */
    static int missingCode(AnswerScale as) {
        Set<Double> taken = new HashSet<>();
        for (AnswerScale.Option o : as.options()) taken.add(o.value());
        for (int c = 99; c > 90; c--) if (!taken.contains((double) c)) return c;
        for (int c = -9; c < 0; c++) if (!taken.contains((double) c)) return c;
        throw new IllegalStateException("no free missing-value code for answer scale " + as.label());
    }

    /** A valid SPSS variable name: [A-Za-z][A-Za-z0-9_.]*, not ending in '.', at most 64 characters, not reserved. */
    static String spssName(String id) {
        String n = java.text.Normalizer.normalize(id, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9_.]", "_");
        if (n.isEmpty() || !Character.isLetter(n.charAt(0))) n = "v_" + n;
        while (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        if (RESERVED.contains(n.toUpperCase(Locale.ROOT))) n = "v_" + n;
        return n.length() > 60 ? n.substring(0, 60) : n;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }

    private static String unique(String name, Set<String> used) {
        String n = name;
        for (int i = 2; used.contains(n.toLowerCase(Locale.ROOT)); i++) n = name + "_" + i;
        used.add(n.toLowerCase(Locale.ROOT));
        return n;
    }
}
