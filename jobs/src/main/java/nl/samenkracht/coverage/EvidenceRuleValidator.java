package nl.samenkracht.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks one evidence rule: a known kind, a ref of the right form that points at something
 * (a known contact indicator, an {@code instrument/scale} pair, a {@code code:} path), a known
 * comparison and a usable target. Messages are Dutch and say what is allowed; the caller adds
 * the file and factor.
 */
public final class EvidenceRuleValidator {
    private static final Pattern SURVEY_REF = Pattern.compile("[^/\\s][^/]*/[^/]*[^/\\s]");

    private EvidenceRuleValidator() {}

    /** Problems with the rule; empty when it is valid. */
    public static List<String> problems(EvidenceRule rule) {
        List<String> problems = new ArrayList<>();
        String kind = rule.kind();
        String ref = rule.ref();
        if (kind == null || kind.isBlank()) {
            problems.add("soort (kind) ontbreekt; toegestaan: " + String.join(", ", EvidenceRule.KINDS));
        } else if (!EvidenceRule.KINDS.contains(kind)) {
            problems.add("onbekende soort (kind) '" + kind + "'" + Suggestions.hint(kind, EvidenceRule.KINDS)
                    + "; toegestaan: " + String.join(", ", EvidenceRule.KINDS));
        }
        if (ref == null || ref.isBlank()) {
            problems.add("ref ontbreekt: waar komt het bewijs vandaan?");
        } else if (kind != null) {
            String refProblem = refProblem(kind, ref);
            if (refProblem != null) problems.add(refProblem);
        }
        if (rule.comparison() == null || !EvidenceRule.COMPARISONS.contains(rule.comparison())) {
            problems.add("onbekende vergelijking (comparison) '" + rule.comparison() + "'"
                    + Suggestions.hint(rule.comparison(), EvidenceRule.COMPARISONS)
                    + "; toegestaan: " + String.join(", ", EvidenceRule.COMPARISONS));
        }
        if (!Double.isFinite(rule.target())) {
            problems.add("doel (target) moet een getal zijn");
        } else if (EvidenceRule.CONTACT_INDICATOR.equals(kind) && (rule.target() < 0 || rule.target() > 1)) {
            // Every contact indicator is a share; a target of 80 instead of 0.8 would never be met.
            problems.add("doel (target) " + rule.target() + " ligt buiten 0..1: contact-indicatoren zijn aandelen (0,8 = 80%)");
        }
        return problems;
    }

    private static String refProblem(String kind, String ref) {
        switch (kind) {
            case EvidenceRule.CONTACT_INDICATOR:
                if (ContactIndicators.isKnown(ref)) return null;
                String candidate = ref.startsWith("contact:") ? ref : "contact:" + ref;
                return "contact-indicator '" + ref + "' bestaat niet" + Suggestions.hint(candidate, ContactIndicators.names())
                        + "; bekend: " + String.join(", ", ContactIndicators.names());
            case EvidenceRule.INTERVIEW_CODE:
                if (ref.startsWith("code:") && !ref.substring(5).isBlank()) return null;
                return "ref '" + ref + "' verwijst naar niets: verwacht 'code:<codepad>', bijvoorbeeld 'code:Behoeften\\Houvast'";
            case EvidenceRule.KOTTER_PHASE:
                if (ref.matches("kotter:[1-8]")) return null;
                return "ref '" + ref + "' verwijst naar niets: verwacht 'kotter:<fase 1..8>', bijvoorbeeld 'kotter:3'";
            case EvidenceRule.SURVEY_SCALE:
                if (SURVEY_REF.matcher(ref).matches()) return null;
                return "ref '" + ref + "' verwijst naar niets: verwacht 'instrument/schaal', bijvoorbeeld 'inwerken/structuur'";
            case EvidenceRule.SURVEY_ITEM:
                if (SURVEY_REF.matcher(ref).matches()) return null;
                return "ref '" + ref + "' verwijst naar niets: verwacht 'instrument/item', bijvoorbeeld 'inwerken/str1'";
            default:
                return null; // unknown kind is reported already
        }
    }
}
