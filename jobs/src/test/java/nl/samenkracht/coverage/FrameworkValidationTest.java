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
        assertEquals("test.yaml: factor-id 'a' komt meer dan één keer voor (factor nr. 1 en nr. 3)", message(HEADER + """
                factors:
                  - {id: a, label: A}
                  - {id: b, label: B}
                  - {id: a, label: A again}
                """));
    }

    @Test
    void missingLabels() {
        assertEquals("test.yaml: factor 'b': label ontbreekt", message(HEADER + """
                factors:
                  - {id: a, label: A}
                  - {id: b}
                """));
        assertEquals("test.yaml: label van het raamwerk ontbreekt", message("""
                id: testkader
                factors:
                  - {id: a, label: A}
                """));
    }

    @Test
    void invalidIdsAndMissingFactors() {
        assertEquals("test.yaml: het raamwerk: id 'Mijn Kader' is ongeldig; gebruik kleine letters, cijfers en '-' (zonder spaties of accenten)",
                message("id: Mijn Kader\nlabel: X\nfactors:\n  - {id: a, label: A}\n"));
        assertEquals("test.yaml: het raamwerk heeft geen factoren (factors)", message(HEADER));
        assertEquals("test.yaml: factor nr. 1: id ontbreekt", message(HEADER + "factors:\n  - {label: A}\n"));
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
        assertTrue(msg.startsWith("test.yaml: factor 'a', bewijs nr. 1: contact-indicator 'contact:share_positve' bestaat niet "
                + "(bedoelde u 'contact:share_positive'?); bekend: contact:reach_startgesprek,"), msg);

        assertEquals("test.yaml: factor 'a', bewijs nr. 1: ref 'Houvast' verwijst naar niets: verwacht 'code:<codepad>', "
                + "bijvoorbeeld 'code:Behoeften\\Houvast'", message(HEADER + """
                factors:
                  - id: a
                    label: A
                    evidence:
                      - {kind: interview_code, ref: Houvast, target: 0.3}
                """));

        assertEquals("test.yaml: factor 'a', bewijs nr. 1: ref 'structuur' verwijst naar niets: verwacht 'instrument/schaal', "
                + "bijvoorbeeld 'inwerken/structuur'", message(HEADER + """
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
                test.yaml: 4 fouten:
                  - factor 'a', bewijs nr. 1: onbekende soort (kind) 'contact_indicatr' (bedoelde u 'contact_indicator'?); \
                toegestaan: survey_scale, survey_item, contact_indicator, interview_code, kotter_phase
                  - factor 'a', bewijs nr. 1: onbekende vergelijking (comparison) 'at_leest' (bedoelde u 'at_least'?); \
                toegestaan: at_least, at_most
                  - factor 'a', bewijs nr. 2: doel (target) ontbreekt
                  - factor 'a', bewijs nr. 3: doel (target) 80.0 ligt buiten 0..1: contact-indicatoren zijn aandelen (0,8 = 80%)""",
                msg);
    }

    @Test
    void sameEvidenceTwiceOnOneFactor() {
        assertEquals("test.yaml: factor 'a', bewijs nr. 2: hetzelfde bewijs (contact_indicator contact:share_positive) staat al bij deze factor",
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
        assertEquals("test.yaml: factor 'a': groep 'pijler' bestaat niet (bedoelde u 'pijlers'?); bekend: pijlers, rollen",
                message(HEADER + """
                        groups:
                          - {id: pijlers, label: Pijlers}
                          - {id: rollen, label: Rollen}
                        factors:
                          - {id: a, label: A, group: pijler}
                        """));
        assertEquals("test.yaml: factor 'a': groep 'pijlers' bestaat niet; het raamwerk definieert geen groepen (groups)",
                message(HEADER + "factors:\n  - {id: a, label: A, group: pijlers}\n"));
    }

    @Test
    void unknownFieldIsAnErrorWithItsPlaceAndAHint() {
        String msg = message(HEADER + """
                factors:
                  - id: a
                    lable: A
                """);
        assertEquals("test.yaml: onbekend veld 'lable' in factors[0] (regel 5) (bedoelde u 'label'?); "
                + "toegestaan: description, evidence, group, id, label, source", msg);
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
        assertTrue(msg.startsWith("test.yaml: ongeldige waarde bij 'factors[0].evidence[0].target'"), msg);
        assertTrue(msg.endsWith("(verwacht: een getal, bijvoorbeeld 0.8)"), msg);
    }

    @Test
    void brokenOrEmptyYaml() {
        String msg = message("id: x\nlabel: \"niet afgesloten\n");
        assertTrue(msg.startsWith("test.yaml: geen geldige YAML"), msg);
        assertEquals("test.yaml: het bestand is leeg of is geen blok met velden", message(""));
        assertEquals("test.yaml: het bestand is leeg of is geen blok met velden", message("# only a comment\n"));
        assertEquals("test.yaml: het bestand is leeg of is geen blok met velden", message("- a\n- b\n"));
    }

    @Test
    void duplicateKeyInOneMapping() {
        assertEquals("test.yaml: geen geldige YAML (regel 3): veld 'label' komt twee keer voor",
                message(HEADER + "label: Nog een label\nfactors:\n  - {id: a, label: A}\n"));
    }

    @Test
    void tabIndentation() {
        assertEquals("test.yaml: geen geldige YAML (regel 4): tab gevonden; gebruik spaties om in te springen",
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
        assertEquals(file + ": raamwerk-id 'rug-succesfactoren' bestaat al (in ingebouwd raamwerk frameworks/rug-succesfactoren.yaml); "
                + "geef dit raamwerk een eigen id", e.getMessage());
    }

    @Test
    void missingUserFile(@TempDir Path dir) {
        Path missing = dir.resolve("weg.yaml");
        FrameworkException e = assertThrows(FrameworkException.class, () -> FrameworkRegistry.withUserFrameworks(List.of(missing)));
        assertEquals(missing + ": raamwerkbestand of -map bestaat niet", e.getMessage());
    }

    @Test
    void registryLookupsWithDidYouMean() {
        FrameworkRegistry registry = FrameworkRegistry.builtIn();
        assertEquals("Ook positieve dingen melden", registry.factor("rug-succesfactoren", "rug-10").label());
        assertEquals("factor 'coordinatei' bestaat niet in raamwerk 'samenwerking-partners' (bedoelde u 'coordinatie'?)",
                assertThrows(FrameworkException.class, () -> registry.factor("samenwerking-partners", "coordinatei")).getMessage());
        assertTrue(assertThrows(FrameworkException.class, () -> registry.get("inwerk")).getMessage()
                .startsWith("raamwerk 'inwerk' bestaat niet (bedoelde u 'inwerken'?); bekend: rug-succesfactoren,"));
    }

    // ---- study mappings ----

    private static final EvidenceRule SCALE = new EvidenceRule("survey_scale", "inwerken/structuur", "at_least", 3.5, null);

    @Test
    void studyMappingToAMisspeltFactor() {
        FrameworkRegistry registry = FrameworkRegistry.builtIn();
        FrameworkException e = assertThrows(FrameworkException.class, () -> StudyMappings.validate(registry,
                List.of(new StudyMapping("samenwerking-partners", "coordinatei", SCALE)), "study.yaml"));
        assertEquals("study.yaml: factor 'coordinatei' bestaat niet in raamwerk 'samenwerking-partners' (bedoelde u 'coordinatie'?)",
                e.getMessage());
    }

    @Test
    void studyMappingWithoutAnyCloseFactorGivesNoHint() {
        FrameworkRegistry registry = FrameworkRegistry.builtIn();
        FrameworkException e = assertThrows(FrameworkException.class, () -> StudyMappings.validate(registry,
                List.of(StudyMapping.of("rug-succesfactoren/huiswerkbeleid", SCALE)), "study.yaml"));
        assertEquals("study.yaml: factor 'huiswerkbeleid' bestaat niet in raamwerk 'rug-succesfactoren'", e.getMessage());
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
                study.yaml: 3 fouten in de koppelingen met raamwerken:
                  - raamwerk 'rug-succesfactor' bestaat niet (bedoelde u 'rug-succesfactoren'?); bekend: rug-succesfactoren, \
                pedagogisch-partnerschap, verbindend-gezag-steun, samenwerking-partners, samen-zijn-wij-school, inwerken
                  - koppeling inwerken/behoefte-houvast: ref 'Houvast' verwijst naar niets: verwacht 'code:<codepad>', \
                bijvoorbeeld 'code:Behoeften\\Houvast'
                  - koppeling inwerken/leeromgeving-structuur: hetzelfde bewijs (survey_scale inwerken/structuur) is al aan deze factor gekoppeld""",
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
        assertEquals("'rug-10' is geen factorverwijzing: verwacht 'raamwerk/factor', bijvoorbeeld 'rug-succesfactoren/rug-10'",
                assertThrows(FrameworkException.class, () -> StudyMapping.of("rug-10", SCALE)).getMessage());
    }
}
