package nl.samenkracht.coverage;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.CoverageConfig;
import nl.samenkracht.config.DidYouMean;
import nl.samenkracht.config.MappingConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.model.Codebook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The study's evidence rules: the {@code factors:} of survey scales and items (value = share agree,
 * target {@code coverage.survey_target} or its {@code survey_targets} entry, at_least) and the explicit
 * {@code coverage.mappings}. An explicit mapping of the same measure to the same factor wins over the
 * one a {@code factors:} entry implies. Every reference is checked: framework, factor (with a
 * did-you-mean that also finds {@code leeromgeving-structuur} for a bare {@code structuur}), the
 * survey measure, kind, comparison and target — one {@link ConfigException} listing every problem.
 */
final class CoverageMappings {
    /** Code-path separators a study may write in an interview ref: MAXQDA's {@code \} and {@code >}. */
    private static final Pattern CODE_SEPARATOR = Pattern.compile("\\s*(?:\\\\|>)\\s*");

    private CoverageMappings() {}

    static List<StudyMapping> build(Study study, CoverageConfig coverage, Codebook codebook, FrameworkRegistry registry) {
        List<String> problems = new ArrayList<>();
        List<StudyMapping> explicit = new ArrayList<>();
        for (int i = 0; i < coverage.mappings().size(); i++) {
            MappingConfig m = coverage.mappings().get(i);
            String at = "coverage.mappings[" + i + "]";
            if (m.factor() == null || m.factor().isBlank()) { problems.add(at + ": factor is required (framework/factor)"); continue; }
            String factorProblem = factorProblem(registry, m.factor());
            if (factorProblem != null) { problems.add(at + ": " + factorProblem); continue; }
            if (m.target() == null) { problems.add(at + " (" + m.factor() + "): target is required"); continue; }
            if (!(m.target() >= 0 && m.target() <= 1)) {
                // every evidence value is a share: a target of 30 instead of 0.3 could never be met (or always)
                problems.add(at + " (" + m.factor() + "): target " + m.target() + " is outside 0..1; every evidence value is a share (0.3 = 30%)");
                continue;
            }
            String ref = normaliseRef(m.kind(), m.ref());
            String surveyProblem = surveyRefProblem(codebook, m.kind(), ref);
            if (surveyProblem != null) { problems.add(at + " (" + m.factor() + "): " + surveyProblem); continue; }
            EvidenceRule rule = new EvidenceRule(strip(m.kind()), ref, m.comparison().strip(), m.target(),
                    m.label() != null && !m.label().isBlank() ? m.label().strip() : defaultLabel(codebook, m.kind(), ref));
            explicit.add(StudyMapping.of(m.factor().strip(), rule));
        }

        List<StudyMapping> fromSurvey = new ArrayList<>();
        for (Codebook.Scale s : codebook.scales())
            for (String f : s.factors())
                surveyMapping("instrument '" + s.instrument() + "', scale '" + s.id() + "'", f, EvidenceRule.SURVEY_SCALE,
                        s.instrument() + "/" + s.id(), "% eens, schaal " + s.label(), coverage, registry, explicit, fromSurvey, problems);
        for (Codebook.Item it : codebook.likertItems())
            for (String f : it.factors())
                surveyMapping("instrument '" + it.instrument() + "', item '" + it.id() + "'", f, EvidenceRule.SURVEY_ITEM,
                        it.instrument() + "/" + it.id(), "% eens, item " + it.id(), coverage, registry, explicit, fromSurvey, problems);
        for (Codebook.Item it : codebook.items())
            if (it.open() && !it.factors().isEmpty())
                problems.add("instrument '" + it.instrument() + "', item '" + it.id() + "': an open question gives no evidence; remove its factors");

        Set<String> measures = surveyMeasures(codebook);
        for (String ref : coverage.surveyTargets().keySet()) {
            if (!measures.contains(ref))
                problems.add("coverage.survey_targets: '" + ref + "' is no instrument/scale or instrument/item of this study"
                        + DidYouMean.hint(ref, measures));
            double t = coverage.surveyTargets().get(ref);
            if (!(t >= 0 && t <= 1)) problems.add("coverage.survey_targets: '" + ref + "': " + t + " is not a share between 0 and 1");
        }

        List<StudyMapping> all = new ArrayList<>(fromSurvey);
        all.addAll(explicit);
        if (problems.isEmpty()) {
            try {
                StudyMappings.validate(registry, all, null);
            } catch (FrameworkException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            String prefix = study.file() + ": ";
            if (problems.size() == 1) throw new ConfigException(prefix + problems.get(0));
            StringBuilder b = new StringBuilder(prefix).append(problems.size()).append(" problems in the coverage mappings:");
            for (String p : problems) b.append("\n  - ").append(p);
            throw new ConfigException(b.toString());
        }
        return all;
    }

    private static void surveyMapping(String where, String factorRef, String kind, String ref, String label, CoverageConfig coverage,
                                      FrameworkRegistry registry, List<StudyMapping> explicit, List<StudyMapping> out,
                                      List<String> problems) {
        String problem = factorProblem(registry, factorRef);
        if (problem != null) {
            problems.add(where + ": factors: " + problem);
            return;
        }
        double target = coverage.surveyTargets().getOrDefault(ref, coverage.surveyTarget());
        StudyMapping m = StudyMapping.of(factorRef.strip(), new EvidenceRule(kind, ref, EvidenceRule.AT_LEAST, target, label));
        for (StudyMapping e : explicit)
            if (e.framework().equals(m.framework()) && e.factor().equals(m.factor()) && e.rule().sameEvidenceAs(m.rule())) return;
        for (StudyMapping e : out)
            if (e.framework().equals(m.framework()) && e.factor().equals(m.factor()) && e.rule().sameEvidenceAs(m.rule())) return;
        out.add(m);
    }

    /** Null when {@code framework/factor} exists; else a message with the best hint. */
    static String factorProblem(FrameworkRegistry registry, String ref) {
        String r = ref.strip();
        int slash = r.indexOf('/');
        if (slash <= 0 || slash == r.length() - 1)
            return "'" + r + "' is no factor reference: write framework/factor, e.g. inwerken/behoefte-houvast";
        String fw = r.substring(0, slash);
        String factor = r.substring(slash + 1);
        if (registry.find(fw).isEmpty())
            return "framework '" + fw + "' does not exist" + DidYouMean.hint(fw, registry.ids()) + "; known: " + String.join(", ", registry.ids());
        Framework framework = registry.get(fw);
        if (framework.factor(factor).isPresent()) return null;
        return "factor '" + factor + "' does not exist in framework '" + fw + "'" + factorHint(framework, factor);
    }

    /**
     * The closest factor id by edit distance; failing that, the ids that end in or contain the given
     * word ({@code structuur} → {@code leeromgeving-structuur}, {@code behoefte-structuur}), as the
     * built-in ids carry a group prefix.
     */
    static String factorHint(Framework framework, String wrong) {
        String close = DidYouMean.hint(wrong, framework.factorIds());
        if (!close.isEmpty()) return close;
        String w = wrong.toLowerCase(Locale.ROOT);
        List<String> containing = framework.factorIds().stream().filter(id -> w.length() >= 3 && id.contains(w)).toList();
        if (containing.isEmpty() || containing.size() > 4) return "; see the factor ids in the framework file";
        return " (did you mean " + String.join(" or ", containing.stream().map(c -> "'" + framework.id() + "/" + c + "'").toList()) + "?)";
    }

    private static String surveyRefProblem(Codebook codebook, String kind, String ref) {
        if (ref == null) return null;
        if (EvidenceRule.SURVEY_SCALE.equals(kind)) {
            Set<String> scales = new LinkedHashSet<>();
            for (Codebook.Scale s : codebook.scales()) scales.add(s.instrument() + "/" + s.id());
            if (!scales.contains(ref))
                return "survey scale '" + ref + "' is not defined" + DidYouMean.hint(ref, scales) + (scales.isEmpty() ? "" : "; known: " + String.join(", ", scales));
        } else if (EvidenceRule.SURVEY_ITEM.equals(kind)) {
            Set<String> items = new LinkedHashSet<>();
            for (Codebook.Item i : codebook.likertItems()) items.add(i.instrument() + "/" + i.id());
            if (!items.contains(ref)) return "survey item '" + ref + "' is not a Likert item of this study" + DidYouMean.hint(ref, items);
        }
        return null;
    }

    private static Set<String> surveyMeasures(Codebook codebook) {
        Set<String> out = new LinkedHashSet<>();
        for (Codebook.Scale s : codebook.scales()) out.add(s.instrument() + "/" + s.id());
        for (Codebook.Item i : codebook.likertItems()) out.add(i.instrument() + "/" + i.id());
        return out;
    }

    /** Interview refs with {@code >} or spaced separators become the canonical {@code code:A\B}. */
    static String normaliseRef(String kind, String ref) {
        if (ref == null) return null;
        String r = ref.strip();
        if (EvidenceRule.INTERVIEW_CODE.equals(kind) && r.startsWith("code:"))
            return "code:" + String.join("\\", CODE_SEPARATOR.split(r.substring(5).strip()));
        return r;
    }

    private static String defaultLabel(Codebook codebook, String kind, String ref) {
        if (ref == null) return null;
        if (EvidenceRule.SURVEY_SCALE.equals(kind)) {
            int slash = ref.indexOf('/');
            Codebook.Scale s = codebook.scale(ref.substring(0, slash), ref.substring(slash + 1));
            return "% eens, schaal " + (s == null ? ref : s.label());
        }
        if (EvidenceRule.SURVEY_ITEM.equals(kind)) return "% eens, item " + ref.substring(ref.indexOf('/') + 1);
        if (EvidenceRule.INTERVIEW_CODE.equals(kind) && ref.startsWith("code:"))
            return "% noemt '" + ref.substring(5) + "'";
        return null; // contact indicators have built-in labels
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
