package nl.samenkracht.coverage;

import nl.samenkracht.report.figures.CoverageFigures;
import nl.samenkracht.report.tables.CoverageTables;
import nl.samenkracht.indicators.DescriptiveRow;

import nl.samenkracht.config.AnswerScales;
import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.CoverageConfig;
import nl.samenkracht.config.InstrumentConfig;
import nl.samenkracht.config.ItemConfig;
import nl.samenkracht.config.KotterLogConfig;
import nl.samenkracht.config.MappingConfig;
import nl.samenkracht.config.ScaleConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyConfig;
import nl.samenkracht.config.StudyInfo;
import nl.samenkracht.config.StudyLoader;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.report.model.Figure;
import nl.samenkracht.testing.StudyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The coverage stage on a hand-built study: a user framework "testkader", one survey scale q/s mapped
 * through {@code factors:}, an interview code mapped in coverage.mappings, a contact indicator as the
 * framework's default rule, and hand-built evidence. Every expected status is worked out in the
 * comments from the rules: op orde = all available evidence meets its target, aandacht = some misses,
 * geen gegevens = none available.
 */
class CoverageStageTest {
    static final String Y1 = "2023-2024";
    static final String Y2 = "2024-2025";
    static final String ALL = EvidenceValue.ALL_LOCATIONS;

    static final String FRAMEWORK = """
            id: testkader
            label: Testkader
            groups:
              - {id: a, label: Groep A}
              - {id: b, label: Groep B}
            factors:
              - {id: sfeer, label: Sfeer, group: a}
              - {id: houvast, label: Houvast, group: a}
              - id: positief
                label: Positief
                group: a
                evidence:
                  - {kind: contact_indicator, ref: "contact:share_positive", comparison: at_least, target: 0.5}
              - {id: leeg, label: Leeg, group: a}
              - {id: los, label: Los, group: b}
            """;

    @TempDir
    Path dir;

    Study study(List<String> scaleFactors, CoverageConfig coverage) throws IOException {
        Files.writeString(dir.resolve("testkader.yaml"), FRAMEWORK);
        InstrumentConfig q = new InstrumentConfig("q", "Vragenlijst", "eens5", null,
                List.of(new ScaleConfig("s", "Schaal S", scaleFactors)),
                List.of(new ItemConfig("a", "Vraag A", null, null, "s", null, null, null, null)));
        StudyConfig c = new StudyConfig(1, new StudyInfo("t", "T", null, null, null), null, null, null,
                List.of("Noord", "Zuid"), null, List.of(q), null, null, coverage, null);
        return new Study(dir.resolve("study.yaml"), c);
    }

    static CoverageConfig coverage(List<String> frameworks, List<MappingConfig> mappings, String... userFrameworks) {
        return new CoverageConfig(frameworks, List.of(userFrameworks), mappings, 0.6, Map.of("q/s", 0.5), null, null, null);
    }

    static MappingConfig houvast(String factor) {
        // "code:Behoeften > Houvast" is the MAXQDA 24 spelling; it must match the pipeline's "code:Behoeften\Houvast"
        return new MappingConfig(factor, "interview_code", "code:Behoeften > Houvast", "at_most", 0.3, null);
    }

    static Codebook codebook(Study s) {
        return Codebook.of(s.config(), AnswerScales.of(s.config()));
    }

    /** Descriptives rows: instrument, level, measure, school_year, wave, location, grp, n, share_agree. */
    static List<DescriptiveRow> descriptives() {
        Object[][] rows = {
            // 2024-2025 has a voormeting and a nameting: the nameting counts, the voormeting's 0.9 not
            {Y2, "voormeting", "Noord", "Alle groepen", 10L, 0.9},
            {Y2, "nameting", "Noord", "Alle groepen", 10L, 0.4},       // 0.4 < 0.5 → aandacht
            {Y2, "nameting", "Zuid", "Alle groepen", 8L, 0.5},         // 0.5 ≥ 0.5 → op orde
            {Y2, "nameting", ALL, "Alle groepen", 18L, 8.0 / 18},      // 0.444 < 0.5 → aandacht
            {Y2, "nameting", "Noord", "nieuw", 3L, 1.0},               // another group: not used
            // 2023-2024 only has a voormeting: that counts
            {Y1, "voormeting", "Noord", "Alle groepen", 9L, 0.7},      // ≥ 0.5 → op orde
            {Y1, "voormeting", ALL, "Alle groepen", 9L, 0.7},
        };
        List<DescriptiveRow> out = new ArrayList<>();
        double nan = Double.NaN;
        for (Object[] r : rows)
            out.add(new DescriptiveRow("q", "schaal", "s", (String) r[0], (String) r[1], (String) r[2], (String) r[3], (Long) r[4],
                    nan, nan, nan, nan, nan, nan, nan, (Double) r[5], nan));
        return out;
    }

    static List<EvidenceValue> interviews() {
        String ref = "code:Behoeften\\Houvast";
        return List.of(
                new EvidenceValue("interview_code", ref, Y2, "Noord", 0.25, 4),    // ≤ 0.3 → op orde
                new EvidenceValue("interview_code", ref, Y2, "Zuid", 0.5, 2),      // > 0.3 → aandacht
                new EvidenceValue("interview_code", ref, Y2, ALL, 2.0 / 6, 6));    // 0.333 > 0.3 → aandacht
    }

    static List<EvidenceValue> contacts() {
        return List.of(new EvidenceValue("contact_indicator", "contact:share_positive", Y2, "Noord", 0.6, 20),  // ≥ 0.5 op orde
                new EvidenceValue("contact_indicator", "contact:share_positive", Y2, ALL, 0.6, 20));
    }

    static List<String> statuses(Table coverage) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < coverage.rowCount(); i++)
            out.add(coverage.stringColumn("factor").get(i) + " " + coverage.stringColumn("school_year").get(i) + " "
                    + coverage.stringColumn("location").get(i) + ": " + coverage.stringColumn("status").get(i));
        return out;
    }

    @Test
    void handBuiltEvidenceGivesTheExpectedStatuses() throws IOException {
        CoverageConfig cc = coverage(List.of("testkader"), List.of(houvast("testkader/houvast")), "testkader.yaml");
        Study s = study(List.of("testkader/sfeer"), cc);
        CoverageResults r = CoverageStage.compute(s, cc, codebook(s), descriptives(), interviews(), contacts());

        assertEquals(List.of("framework", "factor", "school_year", "location", "evidence", "value", "target", "status",
                "factor_label", "has_rule"), CoverageTables.coverage(r).columnNames());
        assertEquals(List.of(
                "sfeer 2023-2024 Noord: op orde", "sfeer 2023-2024 Zuid: geen gegevens", "sfeer 2023-2024 Alle locaties: op orde",
                "sfeer 2024-2025 Noord: aandacht", "sfeer 2024-2025 Zuid: op orde", "sfeer 2024-2025 Alle locaties: aandacht",
                "houvast 2023-2024 Noord: geen gegevens", "houvast 2023-2024 Zuid: geen gegevens",
                "houvast 2023-2024 Alle locaties: geen gegevens",
                "houvast 2024-2025 Noord: op orde", "houvast 2024-2025 Zuid: aandacht", "houvast 2024-2025 Alle locaties: aandacht",
                "positief 2023-2024 Noord: geen gegevens", "positief 2023-2024 Zuid: geen gegevens",
                "positief 2023-2024 Alle locaties: geen gegevens",
                "positief 2024-2025 Noord: op orde", "positief 2024-2025 Zuid: geen gegevens",
                "positief 2024-2025 Alle locaties: op orde",
                "leeg 2023-2024 Noord: geen gegevens", "leeg 2023-2024 Zuid: geen gegevens", "leeg 2023-2024 Alle locaties: geen gegevens",
                "leeg 2024-2025 Noord: geen gegevens", "leeg 2024-2025 Zuid: geen gegevens", "leeg 2024-2025 Alle locaties: geen gegevens",
                "los 2023-2024 Noord: geen gegevens", "los 2023-2024 Zuid: geen gegevens", "los 2023-2024 Alle locaties: geen gegevens",
                "los 2024-2025 Noord: geen gegevens", "los 2024-2025 Zuid: geen gegevens", "los 2024-2025 Alle locaties: geen gegevens"),
                statuses(CoverageTables.coverage(r)));

        // the deciding values and targets of 2024-2025 Noord: sfeer 0.4 vs 0.5 (survey_targets), houvast 0.25 vs 0.3
        Table t = CoverageTables.coverage(r);
        assertEquals(0.4, t.doubleColumn("value").get(3), 0.0);
        assertEquals(0.5, t.doubleColumn("target").get(3), 0.0);
        assertEquals("% eens, schaal Schaal S", t.stringColumn("evidence").get(3));
        assertEquals(0.25, t.doubleColumn("value").get(9), 0.0);
        assertEquals(0.3, t.doubleColumn("target").get(9), 0.0);
        assertEquals("% noemt 'Behoeften\\Houvast'", t.stringColumn("evidence").get(9));
        assertTrue(t.doubleColumn("value").isMissing(1)); // geen gegevens: no value

        // summary 2024-2025 Noord: 5 factors, 3 with an evidence rule (sfeer, houvast, positief; the other two have none and
        // are not counted), 3 with evidence, 2 op orde → coverage 3/3 = 1.0 and achievement 2/3
        Table sum = CoverageTables.summary(r);
        int row = -1;
        for (int i = 0; i < sum.rowCount(); i++)
            if (sum.stringColumn("school_year").get(i).equals(Y2) && sum.stringColumn("location").get(i).equals("Noord")) row = i;
        assertEquals(5, sum.intColumn("factors").get(row));
        assertEquals(3, sum.intColumn("n_with_evidence").get(row));
        assertEquals(2, sum.intColumn("n_meeting_target").get(row));
        assertEquals(3, sum.intColumn("n_with_rule").get(row));
        assertEquals(1.0, sum.doubleColumn("coverage").get(row), 1e-12);
        assertEquals(2 / 3.0, sum.doubleColumn("achievement").get(row), 1e-12);

        // details: 3 rules (sfeer survey, houvast interview, positief contact) × 2 years × 3 locations
        assertEquals(3 * 2 * 3, CoverageTables.details(r).rowCount());

        // figures: the latest year by location and all years for "Alle locaties"; group B (no rules) left out
        assertEquals(List.of("coverage_testkader_2024-2025_locaties", "coverage_testkader_schooljaren"),
                CoverageFigures.build(r).stream().map(Figure::id).toList());
        Figure f = CoverageFigures.build(r).get(0);
        assertEquals(List.of("Sfeer", "Houvast", "Positief", "Leeg"), f.chart().getCategoryPlot().getDataset().getColumnKeys());
        assertEquals(List.of("Noord", "Zuid", ALL), f.chart().getCategoryPlot().getDataset().getRowKeys());
        assertNull(CoverageTables.kotter(r));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void byDefaultEveryFrameworkWithEvidenceIsReported() throws IOException {
        CoverageConfig cc = coverage(List.of(), List.of(houvast("testkader/houvast")), "testkader.yaml");
        Study s = study(List.of("testkader/sfeer"), cc);
        CoverageResults r = CoverageStage.compute(s, cc, codebook(s), descriptives(), interviews(), contacts());
        // contact:share_positive is also default evidence of RUG factor 10 (rug-succesfactoren.yaml) and of the pillar
        // "band leraar-ouders" (pedagogisch-partnerschap.yaml); no other built-in has evidence here. Built-ins come first.
        List<String> order = new ArrayList<>(new java.util.LinkedHashSet<>(CoverageTables.coverage(r).stringColumn("framework").asList()));
        assertEquals(List.of("rug-succesfactoren", "pedagogisch-partnerschap", "testkader"), order);
        // written for a look: a built-in framework without groups, mostly without evidence
        Path out = Files.createDirectories(Path.of("target", "coverage-handbuilt"));
        for (Figure f : CoverageFigures.build(r))
            nl.samenkracht.report.chart.ChartPng.write(f.chart(), out.resolve(f.id() + ".png"), f.width(), f.height());
    }

    @Test
    void aMappingToAFactorThatDoesNotExistSaysWhichOneWasMeant() throws IOException {
        CoverageConfig cc = coverage(List.of(), List.of(houvast("testkader/houvats")), "testkader.yaml");
        Study s = study(List.of(), cc);
        ConfigException e = assertThrows(ConfigException.class,
                () -> CoverageStage.compute(s, cc, codebook(s), descriptives(), interviews(), List.of()));
        assertTrue(e.getMessage().startsWith(s.file() + ": coverage.mappings[0]: factor 'houvats' does not exist in framework"
                + " 'testkader' (did you mean 'houvast'?)"), e.getMessage());
        // the same check runs without data, for `samenkracht validate`
        assertThrows(ConfigException.class, () -> CoverageStage.validate(s, cc, codebook(s)));
    }

    @Test
    void aBareFactorNameSuggestsTheFactorsThatCarryIt() throws IOException {
        // the built-in inwerken framework has leeromgeving-structuur and behoefte-structuur, no "structuur"
        CoverageConfig cc = coverage(List.of(), List.of());
        Study s = study(List.of("inwerken/structuur"), cc);
        ConfigException e = assertThrows(ConfigException.class, () -> CoverageStage.validate(s, cc, codebook(s)));
        assertTrue(e.getMessage().contains("instrument 'q', scale 's': factors: factor 'structuur' does not exist in framework"
                + " 'inwerken' (did you mean 'inwerken/leeromgeving-structuur' or 'inwerken/behoefte-structuur'?)"), e.getMessage());
    }

    @Test
    void otherBadReferencesAreNamed() throws IOException {
        CoverageConfig unknownFramework = coverage(List.of("testkadr"), List.of(), "testkader.yaml");
        Study s1 = study(List.of(), unknownFramework);
        ConfigException e = assertThrows(ConfigException.class, () -> CoverageStage.validate(s1, unknownFramework, codebook(s1)));
        assertTrue(e.getMessage().contains("coverage.frameworks: framework 'testkadr' does not exist (did you mean 'testkader'?)"),
                e.getMessage());

        CoverageConfig badScale = coverage(List.of(), List.of(new MappingConfig("testkader/sfeer", "survey_scale", "q/x", null, 0.5, null)),
                "testkader.yaml");
        Study s2 = study(List.of(), badScale);
        e = assertThrows(ConfigException.class, () -> CoverageStage.validate(s2, badScale, codebook(s2)));
        assertTrue(e.getMessage().contains("survey scale 'q/x' is not defined (did you mean 'q/s'?)"), e.getMessage());

        CoverageConfig noTarget = coverage(List.of(), List.of(new MappingConfig("testkader/sfeer", "survey_scale", "q/s", null, null, null)),
                "testkader.yaml");
        Study s3 = study(List.of(), noTarget);
        e = assertThrows(ConfigException.class, () -> CoverageStage.validate(s3, noTarget, codebook(s3)));
        assertTrue(e.getMessage().contains("coverage.mappings[0] (testkader/sfeer): target is required"), e.getMessage());

        CoverageConfig percent = coverage(List.of(), List.of(houvast("testkader/houvast")).stream()
                .map(m -> new MappingConfig(m.factor(), m.kind(), m.ref(), m.comparison(), 30.0, null)).toList(), "testkader.yaml");
        Study s4 = study(List.of(), percent);
        e = assertThrows(ConfigException.class, () -> CoverageStage.validate(s4, percent, codebook(s4)));
        assertTrue(e.getMessage().contains("target 30.0 is outside 0..1"), e.getMessage());
    }

    @Test
    void aUserFrameworkThatReusesAnIdIsRefused() throws IOException {
        Files.writeString(dir.resolve("kopie.yaml"), FRAMEWORK.replace("label: Testkader", "label: Kopie"));
        CoverageConfig twice = coverage(List.of(), List.of(), "testkader.yaml", "kopie.yaml");
        Study s = study(List.of(), twice);
        ConfigException e = assertThrows(ConfigException.class, () -> CoverageStage.validate(s, twice, codebook(s)));
        assertTrue(e.getMessage().contains("coverage.user_frameworks:") && e.getMessage().contains("framework id 'testkader' already exists"),
                e.getMessage());

        Files.writeString(dir.resolve("inwerken-eigen.yaml"), FRAMEWORK.replace("id: testkader", "id: inwerken"));
        CoverageConfig builtIn = coverage(List.of(), List.of(), "inwerken-eigen.yaml");
        Study s2 = study(List.of(), builtIn);
        e = assertThrows(ConfigException.class, () -> CoverageStage.validate(s2, builtIn, codebook(s2)));
        assertTrue(e.getMessage().contains("framework id 'inwerken' already exists (in built-in framework frameworks/inwerken.yaml)"),
                e.getMessage());
    }

    @Test
    void aMappedCodeThatNoInterviewMentionsIsAWarning() throws IOException {
        MappingConfig typo = new MappingConfig("testkader/houvast", "interview_code", "code:Behoeften\\Hovast", "at_most", 0.3, null);
        CoverageConfig cc = coverage(List.of("testkader"), List.of(typo), "testkader.yaml");
        Study s = study(List.of(), cc);
        CoverageResults r = CoverageStage.compute(s, cc, codebook(s), null, interviews(), List.of());
        assertEquals(List.of("Interview code 'Behoeften\\Hovast' (mapping testkader/houvast) occurs in no interview"
                + " (did you mean 'Behoeften\\Houvast'?); this factor gets no evidence from it."), r.warnings());
        assertTrue(statuses(CoverageTables.coverage(r)).contains("houvast 2024-2025 Noord: geen gegevens"));
    }

    @Test
    void kotterLogGivesATableAndAFigure() throws IOException {
        // phases 1-2 before the reference date, phase 3 after it (a plan)
        Files.writeString(dir.resolve("kotter.csv"), """
                datum;fase;activiteit
                2-10-2023;1;Gesprekken
                5-12-2023;fase 2;"Focusgroep; leidend team"
                1-9-2025;3;Gepland
                """);
        CoverageConfig cc = new CoverageConfig(List.of(), List.of(), List.of(), null, null, null, null,
                new KotterLogConfig("kotter.csv", "30-6-2025"));
        Study s = study(List.of(), cc);
        CoverageResults r = CoverageStage.compute(s, cc, codebook(s), null, List.of(), List.of());
        Table k = CoverageTables.kotter(r);
        assertEquals(List.of("gedaan", "bezig", "nog niet gestart", "nog niet gestart", "nog niet gestart", "nog niet gestart",
                "nog niet gestart", "nog niet gestart"), k.stringColumn("status").asList());
        assertEquals("2023-12-05", k.stringColumn("first_date").get(1));
        assertEquals("2025-06-30", k.stringColumn("reference_date").get(0));
        assertEquals(List.of("kotter_tijdlijn"), CoverageFigures.build(r).stream().map(Figure::id).toList());

        Files.writeString(dir.resolve("kotter.csv"), "2-10-2023;9;Fase negen bestaat niet\n");
        assertThrows(nl.samenkracht.ingest.InputException.class,
                () -> CoverageStage.compute(s, cc, codebook(s), null, List.of(), List.of()));
    }

    @Test
    void studyYamlReadsTheInterviewsAndCoverageSections() throws IOException {
        StudyFixture fx = new StudyFixture(dir);
        Study s = fx.study(StudyFixture.oneInstrument("""
                  - {id: g, instrument: q, files: [x.csv], wave: {value: voormeting}, school_year: {value: 2024-2025}}
                interviews:
                  - id: iv
                    files: [iv.xlsx]
                    respondent_from: document
                    code_separator: ">"
                    school_year: 2024-2025
                    document_groups: {"Voormeting *": "wave:voormeting", "* Noord": "location:Noord"}
                    columns: {document_group: Groep}
                coverage:
                  frameworks: [inwerken]
                  survey_target: 0.55
                  survey_targets: {q/s: 0.7}
                  survey_group: nieuw
                  kotter_log: {file: k.csv, reference_date: 2025-06-30}
                  mappings:
                    - {factor: inwerken/behoefte-houvast, kind: interview_code, ref: 'code:Behoeften\\Houvast', comparison: at_most, target: 0.3}
                """));
        var iv = s.config().interviews().get(0);
        assertEquals("document", iv.respondentFrom());
        assertEquals(">", iv.codeSeparator());
        assertEquals(List.of("Voormeting *", "* Noord"), List.copyOf(iv.documentGroups().keySet()));
        assertEquals(Map.of("document_group", "Groep"), iv.columns());
        CoverageConfig c = s.config().coverage();
        assertEquals(0.55, c.surveyTarget());
        assertEquals(Map.of("q/s", 0.7), c.surveyTargets());
        assertEquals("k.csv", c.kotterLog().file());
        assertEquals("code:Behoeften\\Houvast", c.mappings().get(0).ref());
        assertEquals("at_most", c.mappings().get(0).comparison());

        ConfigException e = assertThrows(ConfigException.class, () -> fx.study(StudyFixture.oneInstrument("""
                  - {id: g, instrument: q, files: [x.csv], wave: {value: voormeting}, school_year: {value: 2024-2025}}
                coverage:
                  mapings: []
                """)));
        assertTrue(e.getMessage().contains("unknown key 'mapings' under coverage (did you mean 'mappings'?)"), e.getMessage());
    }
}
