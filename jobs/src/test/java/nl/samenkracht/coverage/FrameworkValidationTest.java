package nl.samenkracht.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Framework files and study mappings with mistakes give one clear Dutch message naming the file. */
class FrameworkValidationTest {

    private static final String HEADER = "id: testkader\nlabel: Testkader\n";

    private static String message(String yaml) {
        return assertThrows(FrameworkException.class, () -> FrameworkLoader.parse(yaml, "test.yaml")).getMessage();
    }

    @Test
    void aValidMinimalFrameworkLoadsWithDefaults() {
        Framework f = FrameworkLoader.parse(HEADER + """
                factors:
                  - id: a
                    label: A
                    evidence:
                      - kind: survey_scale
                        ref: inwerken/structuur
                        target: 3.5
                """, "test.yaml");
        assertEquals("testkader", f.id());
        assertEquals("", f.description());
        assertEquals(List.of(), f.groups());
        EvidenceRule rule = f.factors().get(0).evidence().get(0);
        assertEquals(EvidenceRule.AT_LEAST, rule.comparison(), "comparison defaults to at_least");
        assertEquals("inwerken/structuur", rule.displayLabel(), "without a label the ref is shown");
    }

    @Test
    void duplicateFactorId() {
        assertEquals("test.yaml: factor id 'a' occurs more than once (factor no. 1 and no. 3)", message(HEADER + """
                factors:
                  - {id: a, label: A}
                  - {id: b, label: B}
                  - {id: a, label: A again}
                """));
    }

    @Test
    void missingLabels() {
        assertEquals("test.yaml: factor 'b': label is missing", message(HEADER + """
                factors:
                  - {id: a, label: A}
                  - {id: b}
                """));
        assertEquals("test.yaml: the framework's label is missing", message("""
                id: testkader
                factors:
                  - {id: a, label: A}
                """));
    }

    @Test
    void invalidIdsAndMissingFactors() {
        assertEquals("test.yaml: the framework: id 'Mijn Kader' is invalid; use lower-case letters, digits and '-' (no spaces or accents)",
                message("id: Mijn Kader\nlabel: X\nfactors:\n  - {id: a, label: A}\n"));
        assertEquals("test.yaml: the framework has no factors", message(HEADER));
        assertEquals("test.yaml: factor no. 1: id is missing", message(HEADER + "factors:\n  - {label: A}\n"));
    }

    @Test
    void evidenceThatRefersToNothing() {
        String msg = message(HEADER + """
                factors:
                  - id: a
                    label: A
                    evidence:
                      - {kind: contact_indicator, ref: "contact:share_positve", target: 0.5}
                """);
        assertTrue(msg.startsWith("test.yaml: factor 'a', evidence no. 1: contact indicator 'contact:share_positve' does not exist "
                + "(did you mean 'contact:share_positive'?); known: contact:reach_startgesprek,"), msg);

        assertEquals("test.yaml: factor 'a', evidence no. 1: ref 'Houvast' points at nothing: expected 'code:<code path>', "
                + "e.g. 'code:Behoeften\\Houvast'", message(HEADER + """
                factors:
                  - id: a
                    label: A
                    evidence:
                      - {kind: interview_code, ref: Houvast, target: 0.3}
                """));

        assertEquals("test.yaml: factor 'a', evidence no. 1: ref 'structuur' points at nothing: expected 'instrument/scale', "
                + "e.g. 'inwerken/structuur'", message(HEADER + """
                factors:
                  - id: a
                    label: A
                    evidence:
                      - {kind: survey_scale, ref: structuur, target: 3.5}
                """));
    }

    @Test
    void evidenceKindComparisonAndTarget() {
        String msg = message(HEADER + """
                factors:
                  - id: a
                    label: A
                    evidence:
                      - {kind: contact_indicatr, ref: "contact:share_positive", comparison: at_leest, target: 0.5}
                      - {kind: contact_indicator, ref: "contact:reach_huisbezoek"}
                      - {kind: contact_indicator, ref: "contact:share_child_present", target: 80}
                """);
        assertEquals("""
                test.yaml: 4 problems:
                  - factor 'a', evidence no. 1: unknown kind 'contact_indicatr' (did you mean 'contact_indicator'?); \
                allowed: survey_scale, survey_item, contact_indicator, interview_code, kotter_phase
                  - factor 'a', evidence no. 1: unknown comparison 'at_leest' (did you mean 'at_least'?); \
                allowed: at_least, at_most
                  - factor 'a', evidence no. 2: target is missing
                  - factor 'a', evidence no. 3: target 80.0 is outside 0..1: contact indicators are shares (0.8 = 80%)""",
                msg);
    }

    @Test
    void sameEvidenceTwiceOnOneFactor() {
        assertEquals("test.yaml: factor 'a', evidence no. 2: the same evidence (contact_indicator contact:share_positive) is already listed for this factor",
                message(HEADER + """
                        factors:
                          - id: a
                            label: A
                            evidence:
                              - {kind: contact_indicator, ref: "contact:share_positive", target: 0.5}
                              - {kind: contact_indicator, ref: "contact:share_positive", target: 0.6}
                        """));
    }

    @Test
    void unknownGroup() {
        assertEquals("test.yaml: factor 'a': group 'pijler' does not exist (did you mean 'pijlers'?); known: pijlers, rollen",
                message(HEADER + """
                        groups:
                          - {id: pijlers, label: Pijlers}
                          - {id: rollen, label: Rollen}
                        factors:
                          - {id: a, label: A, group: pijler}
                        """));
        assertEquals("test.yaml: factor 'a': group 'pijlers' does not exist; the framework defines no groups",
                message(HEADER + "factors:\n  - {id: a, label: A, group: pijlers}\n"));
    }

    @Test
    void unknownFieldIsAnErrorWithItsPlaceAndAHint() {
        String msg = message(HEADER + """
                factors:
                  - id: a
                    lable: A
                """);
        assertEquals("test.yaml: unknown field 'lable' in factors[0] (line 5) (did you mean 'label'?); "
                + "allowed: description, evidence, group, id, label, source", msg);
    }

    @Test
    void wrongValueTypeNamesTheField() {
        String msg = message(HEADER + """
                factors:
                  - id: a
                    label: A
                    evidence:
                      - {kind: survey_scale, ref: inwerken/structuur, target: hoog}
                """);
        assertTrue(msg.startsWith("test.yaml: invalid value at 'factors[0].evidence[0].target'"), msg);
        assertTrue(msg.endsWith("(expected a number, e.g. 0.8)"), msg);
    }

    @Test
    void brokenOrEmptyYaml() {
        String msg = message("id: x\nlabel: \"niet afgesloten\n");
        assertTrue(msg.startsWith("test.yaml: not valid YAML"), msg);
        assertEquals("test.yaml: the file is empty or not a block of fields", message(""));
        assertEquals("test.yaml: the file is empty or not a block of fields", message("# only a comment\n"));
        assertEquals("test.yaml: the file is empty or not a block of fields", message("- a\n- b\n"));
    }

    @Test
    void duplicateKeyInOneMapping() {
        assertEquals("test.yaml: not valid YAML (line 3): field 'label' occurs twice",
                message(HEADER + "label: Nog een label\nfactors:\n  - {id: a, label: A}\n"));
    }

    @Test
    void tabIndentation() {
        assertEquals("test.yaml: not valid YAML (line 4): tab found; indent with spaces",
                message(HEADER + "factors:\n\t- {id: a, label: A}\n"));
    }

    // ---- registry: user frameworks, duplicate framework ids, lookups ----

    @Test
    void userFrameworksFromAFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("eigen.yaml"), """
                id: eigen-kader
                label: Eigen kader
                factors:
                  - {id: rust, label: Rust in de klas}
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notities.txt"), "not a framework", StandardCharsets.UTF_8);
        FrameworkRegistry registry = FrameworkRegistry.withUserFrameworks(List.of(dir));
        assertEquals(7, registry.all().size());
        assertEquals("Rust in de klas", registry.factor("eigen-kader", "rust").label());
        assertEquals(dir.resolve("eigen.yaml").toString(), registry.origin("eigen-kader"));
    }

    @Test
    void duplicateFrameworkIdNamesBothFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rug.yaml");
        Files.writeString(file, "id: rug-succesfactoren\nlabel: Mijn RUG\nfactors:\n  - {id: a, label: A}\n", StandardCharsets.UTF_8);
        FrameworkException e = assertThrows(FrameworkException.class, () -> FrameworkRegistry.withUserFrameworks(List.of(file)));
        assertEquals(file + ": framework id 'rug-succesfactoren' already exists (in built-in framework frameworks/rug-succesfactoren.yaml); "
                + "give this framework an id of its own", e.getMessage());
    }

    @Test
    void missingUserFile(@TempDir Path dir) {
        Path missing = dir.resolve("weg.yaml");
        FrameworkException e = assertThrows(FrameworkException.class, () -> FrameworkRegistry.withUserFrameworks(List.of(missing)));
        assertEquals(missing + ": framework file or folder not found", e.getMessage());
    }

    @Test
    void registryLookupsWithDidYouMean() {
        FrameworkRegistry registry = FrameworkRegistry.builtIn();
        assertEquals("Ook positieve dingen melden", registry.factor("rug-succesfactoren", "rug-10").label());
        assertEquals("factor 'coordinatei' does not exist in framework 'samenwerking-partners' (did you mean 'coordinatie'?)",
                assertThrows(FrameworkException.class, () -> registry.factor("samenwerking-partners", "coordinatei")).getMessage());
        assertTrue(assertThrows(FrameworkException.class, () -> registry.get("inwerk")).getMessage()
                .startsWith("framework 'inwerk' does not exist (did you mean 'inwerken'?); known: rug-succesfactoren,"));
    }

    // ---- study mappings ----

    private static final EvidenceRule SCALE = new EvidenceRule("survey_scale", "inwerken/structuur", "at_least", 3.5, null);

    @Test
    void studyMappingToAMisspeltFactor() {
        FrameworkRegistry registry = FrameworkRegistry.builtIn();
        FrameworkException e = assertThrows(FrameworkException.class, () -> StudyMappings.validate(registry,
                List.of(new StudyMapping("samenwerking-partners", "coordinatei", SCALE)), "study.yaml"));
        assertEquals("study.yaml: factor 'coordinatei' does not exist in framework 'samenwerking-partners' (did you mean 'coordinatie'?)",
                e.getMessage());
    }

    @Test
    void studyMappingWithoutAnyCloseFactorGivesNoHint() {
        FrameworkRegistry registry = FrameworkRegistry.builtIn();
        FrameworkException e = assertThrows(FrameworkException.class, () -> StudyMappings.validate(registry,
                List.of(StudyMapping.of("rug-succesfactoren/huiswerkbeleid", SCALE)), "study.yaml"));
        assertEquals("study.yaml: factor 'huiswerkbeleid' does not exist in framework 'rug-succesfactoren'", e.getMessage());
    }

    @Test
    void severalBadMappingsAreListedTogether() {
        FrameworkRegistry registry = FrameworkRegistry.builtIn();
        FrameworkException e = assertThrows(FrameworkException.class, () -> StudyMappings.validate(registry, List.of(
                new StudyMapping("rug-succesfactor", "rug-10", SCALE),
                new StudyMapping("inwerken", "behoefte-houvast", new EvidenceRule("interview_code", "Houvast", "at_least", 0.3, null)),
                new StudyMapping("inwerken", "leeromgeving-structuur", SCALE),
                new StudyMapping("inwerken", "leeromgeving-structuur", SCALE)), "study.yaml"));
        assertEquals("""
                study.yaml: 3 problems in the mappings to frameworks:
                  - framework 'rug-succesfactor' does not exist (did you mean 'rug-succesfactoren'?); known: rug-succesfactoren, \
                pedagogisch-partnerschap, verbindend-gezag-steun, samenwerking-partners, samen-zijn-wij-school, inwerken
                  - mapping inwerken/behoefte-houvast: ref 'Houvast' points at nothing: expected 'code:<code path>', \
                e.g. 'code:Behoeften\\Houvast'
                  - mapping inwerken/leeromgeving-structuur: the same evidence (survey_scale inwerken/structuur) is already mapped to this factor""",
                e.getMessage());
    }

    @Test
    void validStudyMappingsPass() {
        StudyMappings.validate(FrameworkRegistry.builtIn(), List.of(
                StudyMapping.of("inwerken/leeromgeving-structuur", SCALE),
                StudyMapping.of("inwerken/behoefte-houvast",
                        new EvidenceRule("interview_code", "code:Behoeften\\Houvast", "at_least", 0.3, "noemt houvast"))), "study.yaml");
        StudyMapping m = StudyMapping.of("inwerken/behoefte-houvast", SCALE);
        assertEquals("inwerken", m.framework());
        assertEquals("behoefte-houvast", m.factor());
    }

    @Test
    void malformedFactorReference() {
        assertEquals("'rug-10' is not a factor reference: expected 'framework/factor', e.g. 'rug-succesfactoren/rug-10'",
                assertThrows(FrameworkException.class, () -> StudyMapping.of("rug-10", SCALE)).getMessage());
    }
}
