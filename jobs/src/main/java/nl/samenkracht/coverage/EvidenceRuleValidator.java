package nl.samenkracht.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks one evidence rule: a known kind, a ref of the right form that points at something
 * (a known contact indicator, an {@code instrument/scale} pair, a {@code code:} path), a known
 * comparison and a usable target. Messages are English (terminal text) and say what is allowed; the
 * caller adds the file and factor.
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
            problems.add("kind is missing; allowed: " + String.join(", ", EvidenceRule.KINDS));
        } else if (!EvidenceRule.KINDS.contains(kind)) {
            problems.add("unknown kind '" + kind + "'" + Suggestions.hint(kind, EvidenceRule.KINDS)
                    + "; allowed: " + String.join(", ", EvidenceRule.KINDS));
        }
        if (ref == null || ref.isBlank()) {
            problems.add("ref is missing: where does the evidence come from?");
        } else if (kind != null) {
            String refProblem = refProblem(kind, ref);
            if (refProblem != null) problems.add(refProblem);
        }
        if (rule.comparison() == null || !EvidenceRule.COMPARISONS.contains(rule.comparison())) {
            problems.add("unknown comparison '" + rule.comparison() + "'"
                    + Suggestions.hint(rule.comparison(), EvidenceRule.COMPARISONS)
                    + "; allowed: " + String.join(", ", EvidenceRule.COMPARISONS));
        }
        if (!Double.isFinite(rule.target())) {
            problems.add("target must be a number");
        } else if (EvidenceRule.CONTACT_INDICATOR.equals(kind) && (rule.target() < 0 || rule.target() > 1)) {
            // Every contact indicator is a share; a target of 80 instead of 0.8 would never be met.
            problems.add("target " + rule.target() + " is outside 0..1: contact indicators are shares (0.8 = 80%)");
        }
        return problems;
    }

    private static String refProblem(String kind, String ref) {
        switch (kind) {
            case EvidenceRule.CONTACT_INDICATOR:
                if (ContactIndicators.isKnown(ref)) return null;
                String candidate = ref.startsWith("contact:") ? ref : "contact:" + ref;
                return "contact indicator '" + ref + "' does not exist" + Suggestions.hint(candidate, ContactIndicators.names())
                        + "; known: " + String.join(", ", ContactIndicators.names());
            case EvidenceRule.INTERVIEW_CODE:
                if (ref.startsWith("code:") && !ref.substring(5).isBlank()) return null;
                return "ref '" + ref + "' points at nothing: expected 'code:<code path>', e.g. 'code:Behoeften\\Houvast'";
            case EvidenceRule.KOTTER_PHASE:
                if (ref.matches("kotter:[1-8]")) return null;
                return "ref '" + ref + "' points at nothing: expected 'kotter:<phase 1..8>', e.g. 'kotter:3'";
            case EvidenceRule.SURVEY_SCALE:
                if (SURVEY_REF.matcher(ref).matches()) return null;
                return "ref '" + ref + "' points at nothing: expected 'instrument/scale', e.g. 'inwerken/structuur'";
            case EvidenceRule.SURVEY_ITEM:
                if (SURVEY_REF.matcher(ref).matches()) return null;
                return "ref '" + ref + "' points at nothing: expected 'instrument/item', e.g. 'inwerken/str1'";
            default:
                return null; // unknown kind is reported already
        }
    }
}
