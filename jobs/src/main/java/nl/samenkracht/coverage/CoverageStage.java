package nl.samenkracht.coverage;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.CoverageConfig;
import nl.samenkracht.config.DidYouMean;
import nl.samenkracht.config.Study;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.indicators.DescriptiveRow;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Success-factor coverage of a run: gathers the evidence values (survey share agree from the
 * descriptives, interview-code shares from the interview stage, contact indicators from the contact
 * stage), applies the frameworks' default rules and the study's mappings with
 * {@link CoverageCalculator}, and returns typed results with the Kotter timeline ({@code report} lays them out).
 *
 * <p>Reported frameworks: {@code coverage.frameworks}, or else every framework (built-in and user)
 * for which some evidence is available. School years: every year in any evidence or the
 * descriptives. Locations: the study's {@code locations} in their order, then any other location in
 * the evidence, then "Alle locaties".
 *
 * <p>Bad configuration (unknown framework or factor, a user framework that reuses an id, a mapping
 * to a measure the study does not have) is a {@link ConfigException} naming study.yaml, with a
 * did-you-mean where one is close.
 */
public final class CoverageStage {
    private CoverageStage() {}

    /** Checks the coverage section against the frameworks and the codebook; reads the Kotter log if any. */
    public static void validate(Study study, CoverageConfig coverage, Codebook codebook) {
        FrameworkRegistry registry = registry(study, coverage);
        CoverageMappings.build(study, coverage, codebook, registry);
        checkFrameworkIds(study, coverage, registry);
        if (coverage.kotterLog() != null) kotterLog(study, coverage, DROP_TEXT);
    }

    /** A Kotter description that is not needed is not kept. */
    private static final UnaryOperator<String> DROP_TEXT = t -> "";

    /**
     * @param descriptives      the descriptives (indicators.Descriptives), or null without surveys
     * @param interviewEvidence InterviewResults.evidence(), or an empty list
     * @param contactEvidence   contact-indicator evidence from the contact stage, or an empty list
     */
    public static CoverageResults compute(Study study, CoverageConfig coverage, Codebook codebook, List<DescriptiveRow> descriptives,
                                          List<EvidenceValue> interviewEvidence, List<EvidenceValue> contactEvidence) {
        return compute(study, coverage, codebook, descriptives, interviewEvidence, contactEvidence, DROP_TEXT);
    }

    /**
     * @param freeText what becomes of a Kotter log's description as it is read: the run's free-text mask
     *                 ({@code privacy.FreeTextMask}: masked by default, as typed with {@code raw}) or dropped
     *                 ({@code include_free_text: false}). No output shows descriptions today; masking them
     *                 where they are read keeps any later table, chart or message from showing them raw.
     */
    public static CoverageResults compute(Study study, CoverageConfig coverage, Codebook codebook, List<DescriptiveRow> descriptives,
                                          List<EvidenceValue> interviewEvidence, List<EvidenceValue> contactEvidence,
                                          UnaryOperator<String> freeText) {
        FrameworkRegistry registry = registry(study, coverage);
        List<StudyMapping> mappings = CoverageMappings.build(study, coverage, codebook, registry);
        checkFrameworkIds(study, coverage, registry);
        EvidenceWaves waves = waves(study, coverage);

        List<EvidenceValue> values = new ArrayList<>(SurveyEvidence.from(descriptives, waves, coverage.surveyGroup()));
        values.addAll(interviewEvidence);
        values.addAll(contactEvidence);
        List<String> years = schoolYears(values, descriptives);
        List<String> locations = locations(study, values);
        KotterRead kotterLog = coverage.kotterLog() == null ? null : kotterLog(study, coverage, freeText);
        if (kotterLog != null) values.addAll(KotterEvidence.from(kotterLog.activities(), kotterLog.reference(), years));

        List<String> warnings = new ArrayList<>(warnings(mappings, values, interviewEvidence, descriptives, coverage));
        List<CoverageRow> rows = new ArrayList<>();
        List<CoverageResults.FrameworkCoverage> frameworks = new ArrayList<>();
        for (Framework f : reported(coverage, registry, mappings, values)) {
            List<CoverageRow> fr = CoverageCalculator.compute(f, mappings, values, years, locations);
            rows.addAll(fr);
            java.util.Map<String, List<EvidenceRule>> rules = new java.util.HashMap<>();
            for (Factor factor : f.factors()) rules.put(factor.id(), CoverageCalculator.effectiveRules(f, factor, mappings));
            frameworks.add(new CoverageResults.FrameworkCoverage(f, rules, fr,
                    CoverageCalculator.details(f, mappings, values, years, locations)));
        }
        KotterTimeline kotter = kotterLog == null ? null : KotterTimeline.from(kotterLog.activities(), kotterLog.reference());
        return new CoverageResults(frameworks, CoverageCalculator.summarize(rows), kotter, years, locations, warnings);
    }

    /** The evidence-wave policy of a study (shared with the interview stage). */
    public static EvidenceWaves waves(Study study, CoverageConfig coverage) {
        String w = coverage.wave() == null || coverage.wave().isBlank() ? null : coverage.wave().strip();
        return new EvidenceWaves(w, study.config().options().preWave(), study.config().options().postWave());
    }

    /** Built-ins plus the study's user frameworks; a broken or duplicate framework file is a config error. */
    static FrameworkRegistry registry(Study study, CoverageConfig coverage) {
        List<Path> paths = new ArrayList<>();
        for (String p : coverage.userFrameworks()) {
            if (Path.of(p).isAbsolute() || p.replace('\\', '/').contains("../"))
                throw new ConfigException(study.file() + ": coverage.user_frameworks: '" + p + "' points outside the study folder");
            paths.add(study.resolve(p));
        }
        try {
            return FrameworkRegistry.withUserFrameworks(paths);
        } catch (FrameworkException e) {
            throw new ConfigException(study.file() + ": coverage.user_frameworks: " + e.getMessage());
        }
    }

    private static void checkFrameworkIds(Study study, CoverageConfig coverage, FrameworkRegistry registry) {
        for (String id : coverage.frameworks())
            if (registry.find(id).isEmpty())
                throw new ConfigException(study.file() + ": coverage.frameworks: framework '" + id + "' does not exist"
                        + DidYouMean.hint(id, registry.ids()) + "; known: " + String.join(", ", registry.ids()));
    }

    private static List<Framework> reported(CoverageConfig coverage, FrameworkRegistry registry, List<StudyMapping> mappings,
                                            List<EvidenceValue> values) {
        if (!coverage.frameworks().isEmpty()) return coverage.frameworks().stream().map(registry::get).toList();
        Set<List<String>> available = new java.util.HashSet<>();
        for (EvidenceValue v : values) if (v.available()) available.add(List.of(v.kind(), v.ref()));
        List<Framework> out = new ArrayList<>();
        for (Framework f : registry.all()) {
            boolean any = false;
            for (Factor factor : f.factors())
                for (EvidenceRule r : CoverageCalculator.effectiveRules(f, factor, mappings))
                    any |= available.contains(List.of(r.kind(), r.ref()));
            if (any) out.add(f);
        }
        return out;
    }

    private static List<String> schoolYears(List<EvidenceValue> values, List<DescriptiveRow> descriptives) {
        Set<String> years = new TreeSet<>();
        for (EvidenceValue v : values) years.add(v.schoolYear());
        if (descriptives != null) for (DescriptiveRow r : descriptives) years.add(r.schoolYear());
        years.remove("");
        return List.copyOf(years);
    }

    private static List<String> locations(Study study, List<EvidenceValue> values) {
        Set<String> out = new LinkedHashSet<>(study.config().locations());
        Set<String> others = new TreeSet<>();
        for (EvidenceValue v : values)
            if (!out.contains(v.location()) && !EvidenceValue.ALL_LOCATIONS.equals(v.location())) others.add(v.location());
        out.addAll(others);
        out.add(EvidenceValue.ALL_LOCATIONS);
        return List.copyOf(out);
    }

    /** Mappings that can never have a value: interview codes no interview mentions, a survey group nobody is in. */
    private static List<String> warnings(List<StudyMapping> mappings, List<EvidenceValue> values,
                                         List<EvidenceValue> interviewEvidence, List<DescriptiveRow> descriptives, CoverageConfig coverage) {
        List<String> out = new ArrayList<>();
        Set<String> codes = new TreeSet<>();
        for (EvidenceValue v : interviewEvidence) codes.add(v.ref());
        Set<String> warned = new java.util.HashSet<>();
        for (StudyMapping m : mappings) {
            EvidenceRule r = m.rule();
            if (!EvidenceRule.INTERVIEW_CODE.equals(r.kind()) || codes.contains(r.ref()) || !warned.add(r.ref())) continue;
            if (codes.isEmpty()) {
                out.add("Mapping " + m.framework() + "/" + m.factor() + " uses interview code '" + r.ref().substring(5)
                        + "', but the study has no interviews (in the chosen wave): this factor gets no evidence from it.");
            } else {
                List<String> known = codes.stream().map(c -> c.substring(5)).toList();
                out.add("Interview code '" + r.ref().substring(5) + "' (mapping " + m.framework() + "/" + m.factor()
                        + ") occurs in no interview" + DidYouMean.hint(r.ref().substring(5), known)
                        + "; this factor gets no evidence from it.");
            }
        }
        String group = coverage.surveyGroup();
        Set<String> groups = new TreeSet<>();
        if (descriptives != null) for (DescriptiveRow r : descriptives) groups.add(r.grp());
        if (group != null && !group.isBlank() && !groups.isEmpty() && !groups.contains(group.strip())) {
            out.add("coverage.survey_group '" + group + "' occurs in no questionnaire"
                    + DidYouMean.hint(group, groups) + "; questionnaires give no evidence.");
        }
        return out;
    }

    /** The Kotter log's activities (read once) and the reference date that fixes "today". */
    private record KotterRead(List<KotterActivity> activities, LocalDate reference) {}

    private static KotterRead kotterLog(Study study, CoverageConfig coverage, UnaryOperator<String> freeText) {
        String file = coverage.kotterLog().file();
        if (file == null || file.isBlank()) throw new ConfigException(study.file() + ": coverage.kotter_log.file is required");
        if (Path.of(file).isAbsolute() || file.replace('\\', '/').contains("../"))
            throw new ConfigException(study.file() + ": coverage.kotter_log.file '" + file + "' points outside the study folder");
        LocalDate reference;
        try {
            reference = KotterLog.referenceDate(coverage.kotterLog().referenceDate(), LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        } catch (ConfigException e) {
            throw new ConfigException(study.file() + ": " + e.getMessage());
        }
        Path log = nl.samenkracht.ingest.InputFiles.resolve(study, "coverage.kotter_log", List.of(file)).get(0);
        return new KotterRead(KotterLog.read(log, study.dir().relativize(log).toString(), freeText), reference);
    }
}
