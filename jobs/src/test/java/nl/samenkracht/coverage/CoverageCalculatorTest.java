package nl.samenkracht.coverage;

import static nl.samenkracht.coverage.CoverageStatus.AANDACHT;
import static nl.samenkracht.coverage.CoverageStatus.GEEN_GEGEVENS;
import static nl.samenkracht.coverage.CoverageStatus.OP_ORDE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coverage on a hand-built framework and hand-built evidence. Every expected status is worked out
 * by hand in the comments from the rule in {@link CoverageCalculator}'s documentation: geen
 * gegevens without available evidence, aandacht when any available evidence misses its target,
 * op orde when all available evidence meets it.
 */
class CoverageCalculatorTest {
    static final String Y1 = "2023-2024";
    static final String Y2 = "2024-2025";
    static final String NOORD = "Locatie Noord";
    static final String ALLE = EvidenceValue.ALL_LOCATIONS;

    static final Framework KADER = FrameworkLoader.parse("""
            id: testkader
            label: Testkader
            factors:
              - id: positief
                label: Positieve contacten
                evidence:
                  - {kind: contact_indicator, ref: "contact:share_positive", comparison: at_least, target: 0.5, label: "aandeel positieve contacten"}
              - id: structuur
                label: Structuur
                evidence:
                  - {kind: survey_scale, ref: "inwerken/structuur", comparison: at_least, target: 3.5, label: "schaal structuur"}
                  - {kind: interview_code, ref: "code:Behoeften\\\\Houvast", comparison: at_most, target: 0.4, label: "noemt gebrek aan houvast"}
              - id: werkdruk
                label: Werkdruk
                evidence:
                  - {kind: survey_item, ref: "inwerken/werkdruk", comparison: at_most, target: 2.5}
              - id: visie
                label: Visie
            """, "testkader.yaml");

    static final String POS = "contact:share_positive";
    static final String STR = "inwerken/structuur";
    static final String HOU = "code:Behoeften\\Houvast";
    static final String WRK = "inwerken/werkdruk";

    static EvidenceValue contact(String ref, String year, String loc, double v, int n) {
        return new EvidenceValue("contact_indicator", ref, year, loc, v, n);
    }

    static List<EvidenceValue> values() {
        List<EvidenceValue> v = new ArrayList<>();
        // 2023-2024, Locatie Noord
        v.add(contact(POS, Y1, NOORD, 0.62, 40));                                  // 0.62 ≥ 0.5 met
        v.add(new EvidenceValue("survey_scale", STR, Y1, NOORD, 3.8, 12));          // 3.8 ≥ 3.5 met
        v.add(new EvidenceValue("interview_code", HOU, Y1, NOORD, 0.5, 12));        // 0.5 ≤ 0.4? no → missed
        v.add(new EvidenceValue("survey_item", WRK, Y1, NOORD, 2.5, 12));           // 2.5 ≤ 2.5 met (boundary)
        // 2023-2024, Alle locaties
        v.add(contact(POS, Y1, ALLE, 0.45, 100));                                  // 0.45 ≥ 0.5? no → missed
        v.add(new EvidenceValue("survey_scale", STR, Y1, ALLE, 3.5, 30));           // 3.5 ≥ 3.5 met (boundary); no houvast value
        v.add(new EvidenceValue("survey_item", WRK, Y1, ALLE, 2.8, 30));            // 2.8 ≤ 2.5? no → missed (at_most)
        // 2024-2025, Locatie Noord: only unusable values (NaN; n = 0) → nothing available
        v.add(contact(POS, Y2, NOORD, Double.NaN, 0));
        v.add(new EvidenceValue("survey_scale", STR, Y2, NOORD, 4.0, 0));
        // 2024-2025, Alle locaties
        v.add(new EvidenceValue("survey_scale", STR, Y2, ALLE, 3.2, 25));           // 3.2 ≥ 3.5? no → missed
        v.add(new EvidenceValue("interview_code", HOU, Y2, ALLE, 0.2, 25));         // 0.2 ≤ 0.4 met
        // A location that is not asked for is ignored.
        v.add(contact(POS, Y1, "Locatie Zuid", 0.1, 10));
        return v;
    }

    static CoverageRow row(String factor, String label, String year, String loc, String evidence, Double value, Double target,
                           CoverageStatus status) {
        return new CoverageRow("testkader", factor, label, year, loc, evidence, value, target, status);
    }

    /** A factor without an evidence rule in this study: never measurable, not counted in the summary. */
    static CoverageRow noRule(String factor, String label, String year, String loc) {
        return new CoverageRow("testkader", factor, label, year, loc, "", null, null, GEEN_GEGEVENS, false);
    }

    @Test
    void statusesPerFactorYearAndLocation() {
        List<CoverageRow> rows = CoverageCalculator.compute(KADER, List.of(), values(), List.of(Y1, Y2), List.of(NOORD, ALLE));
        List<CoverageRow> expected = List.of(
                // positief: one at_least rule
                row("positief", "Positieve contacten", Y1, NOORD, "aandeel positieve contacten", 0.62, 0.5, OP_ORDE),
                row("positief", "Positieve contacten", Y1, ALLE, "aandeel positieve contacten", 0.45, 0.5, AANDACHT),
                row("positief", "Positieve contacten", Y2, NOORD, "", null, null, GEEN_GEGEVENS),   // NaN, n = 0
                row("positief", "Positieve contacten", Y2, ALLE, "", null, null, GEEN_GEGEVENS),    // no value
                // structuur: two rules; the first missed one decides, "+1 andere bron" when both were available
                row("structuur", "Structuur", Y1, NOORD, "noemt gebrek aan houvast (+1 andere bron)", 0.5, 0.4, AANDACHT),
                row("structuur", "Structuur", Y1, ALLE, "schaal structuur", 3.5, 3.5, OP_ORDE),     // houvast missing
                row("structuur", "Structuur", Y2, NOORD, "", null, null, GEEN_GEGEVENS),            // n = 0
                row("structuur", "Structuur", Y2, ALLE, "schaal structuur (+1 andere bron)", 3.2, 3.5, AANDACHT),
                // werkdruk: at_most; without a label the ref is shown
                row("werkdruk", "Werkdruk", Y1, NOORD, "inwerken/werkdruk", 2.5, 2.5, OP_ORDE),
                row("werkdruk", "Werkdruk", Y1, ALLE, "inwerken/werkdruk", 2.8, 2.5, AANDACHT),
                row("werkdruk", "Werkdruk", Y2, NOORD, "", null, null, GEEN_GEGEVENS),
                row("werkdruk", "Werkdruk", Y2, ALLE, "", null, null, GEEN_GEGEVENS),
                // visie: no rules at all
                noRule("visie", "Visie", Y1, NOORD),
                noRule("visie", "Visie", Y1, ALLE),
                noRule("visie", "Visie", Y2, NOORD),
                noRule("visie", "Visie", Y2, ALLE));
        assertEquals(expected, rows);
        assertEquals("op orde", OP_ORDE.label());
        assertEquals("aandacht", AANDACHT.label());
        assertEquals("geen gegevens", GEEN_GEGEVENS.label());
    }

    @Test
    void summaryCountsAndShares() {
        List<CoverageRow> rows = CoverageCalculator.compute(KADER, List.of(), values(), List.of(Y1, Y2), List.of(NOORD, ALLE));
        // From the table above, 4 factors per cell, of which 3 have a rule with values in this run (visie has none,
        // so it is not counted: "x van 3 factoren met gegevens"):
        //   Y1 Noord: evidence for positief, structuur, werkdruk = 3; op orde positief, werkdruk = 2 → 3/3, 2/3
        //   Y1 Alle:  evidence 3; op orde structuur = 1 → 3/3, 1/3
        //   Y2 Noord: 0 and 0 → 0, 0
        //   Y2 Alle:  evidence structuur = 1; op orde 0 → 1/3, 0
        assertEquals(List.of(
                new CoverageSummary("testkader", Y1, NOORD, 4, 3, 2, 1.0, 2 / 3.0, 3),
                new CoverageSummary("testkader", Y1, ALLE, 4, 3, 1, 1.0, 1 / 3.0, 3),
                new CoverageSummary("testkader", Y2, NOORD, 4, 0, 0, 0.0, 0.0, 3),
                new CoverageSummary("testkader", Y2, ALLE, 4, 1, 0, 1 / 3.0, 0.0, 3)),
                // summarize keeps first-appearance order: Y1 Noord, Y1 Alle, Y2 Noord, Y2 Alle
                CoverageCalculator.summarize(rows));
    }

    @Test
    void studyMappingsReplaceOrAddRules() {
        List<EvidenceValue> values = new ArrayList<>(values());
        values.add(new EvidenceValue("survey_scale", "inwerken/visie", Y1, NOORD, 3.1, 12));
        List<StudyMapping> mappings = List.of(
                // same kind + ref as the default: replaces it, target 0.4 instead of 0.5
                new StudyMapping("testkader", "positief", new EvidenceRule("contact_indicator", POS, "at_least", 0.4, null)),
                // a new rule for a factor without defaults
                new StudyMapping("testkader", "visie", new EvidenceRule("survey_scale", "inwerken/visie", "at_least", 3.0, "schaal visie")),
                // another framework: ignored here
                new StudyMapping("rug-succesfactoren", "rug-10", new EvidenceRule("contact_indicator", POS, "at_least", 0.9, null)));
        List<CoverageRow> rows = CoverageCalculator.compute(KADER, mappings, values, List.of(Y1), List.of(NOORD, ALLE));
        // positief Y1 Alle: 0.45 ≥ 0.4 → now op orde; the study rule has no label → built-in contact label.
        assertEquals(row("positief", "Positieve contacten", Y1, ALLE, "aandeel positieve contacten", 0.45, 0.4, OP_ORDE), rows.get(1));
        // visie Y1 Noord: 3.1 ≥ 3.0 → op orde; Y1 Alle has no value → geen gegevens.
        assertEquals(row("visie", "Visie", Y1, NOORD, "schaal visie", 3.1, 3.0, OP_ORDE), rows.get(6));
        assertEquals(row("visie", "Visie", Y1, ALLE, "", null, null, GEEN_GEGEVENS), rows.get(7));
        assertEquals(List.of(0.4), CoverageCalculator.effectiveRules(KADER, KADER.factor("positief").orElseThrow(), mappings)
                .stream().map(EvidenceRule::target).toList());
    }

    @Test
    void mappingToAnUnknownFactorOfThisFramework() {
        List<StudyMapping> mappings = List.of(
                new StudyMapping("testkader", "visei", new EvidenceRule("survey_scale", "inwerken/visie", "at_least", 3.0, null)));
        FrameworkException e = assertThrows(FrameworkException.class,
                () -> CoverageCalculator.compute(KADER, mappings, List.of(), List.of(Y1), List.of(ALLE)));
        assertEquals("factor 'visei' does not exist in framework 'testkader' (did you mean 'visie'?)", e.getMessage());
    }

    @Test
    void detailsListEveryRule() {
        List<EvidenceCheck> checks = CoverageCalculator.details(KADER, List.of(), values(), List.of(Y1, Y2), List.of(NOORD, ALLE));
        // 4 rules (1 + 2 + 1 + 0) × 2 years × 2 locations
        assertEquals(16, checks.size());
        EvidenceCheck houvast = checks.stream()
                .filter(c -> c.factor().equals("structuur") && c.rule().ref().equals(HOU) && c.schoolYear().equals(Y1)
                        && c.location().equals(NOORD))
                .findFirst().orElseThrow();
        assertEquals(0.5, houvast.value());
        assertEquals(12, houvast.n());
        assertEquals(false, houvast.meetsTarget());
        EvidenceCheck missing = checks.stream()
                .filter(c -> c.factor().equals("structuur") && c.rule().ref().equals(HOU) && c.schoolYear().equals(Y1)
                        && c.location().equals(ALLE))
                .findFirst().orElseThrow();
        assertEquals(null, missing.value());
        assertEquals(null, missing.meetsTarget());
    }

    @Test
    void builtInRugDefaultsOnContactIndicators() {
        Framework rug = FrameworkRegistry.builtIn().get("rug-succesfactoren");
        List<EvidenceValue> v = List.of(
                contact("contact:share_positive", Y1, ALLE, 0.6, 200),          // ≥ 0.5 met
                contact("contact:share_first_positive", Y1, ALLE, 0.7, 80),     // ≥ 0.75? no → missed
                contact("contact:reach_huisbezoek", Y1, ALLE, 0.5, 80),         // ≥ 0.5 met (boundary)
                contact("contact:share_reached_every_period", Y1, ALLE, 0.79, 80)); // ≥ 0.8? no → missed
        List<CoverageRow> rows = CoverageCalculator.compute(rug, List.of(), v, List.of(Y1), List.of(ALLE));
        assertEquals(15, rows.size());
        assertEquals(new CoverageRow("rug-succesfactoren", "rug-10", "Ook positieve dingen melden", Y1, ALLE,
                "aandeel ouders met een positief eerste contact (+1 andere bron)", 0.7, 0.75, AANDACHT, true), rows.get(9));
        assertFalse(rows.get(8).hasRule(), "rug-09 has a rule, but this run has no child-present value at all");
        assertEquals(OP_ORDE, rows.get(7).status());        // rug-08
        assertEquals(GEEN_GEGEVENS, rows.get(8).status());  // rug-09: no child-present value
        assertEquals(AANDACHT, rows.get(12).status());      // rug-13
        // 15 factors; rules with values in this run: rug-08, rug-10, rug-13 = 3; all 3 with evidence, 1 meeting its target.
        assertEquals(List.of(new CoverageSummary("rug-succesfactoren", Y1, ALLE, 15, 3, 1, 3 / 3.0, 1 / 3.0, 3)),
                CoverageCalculator.summarize(rows));
    }

    @Test
    void shareComputedAsRatioMeetsAnEqualTarget() {
        // 0.1 + 0.2 = 0.30000000000000004 in binary floating point; as a share it equals the target 0.3 → at_most met.
        EvidenceRule atMost = new EvidenceRule("contact_indicator", POS, "at_most", 0.3, null);
        assertEquals(true, atMost.meets(0.1 + 0.2));
        EvidenceRule atLeast = new EvidenceRule("contact_indicator", POS, "at_least", 0.3, null);
        assertEquals(true, atLeast.meets(0.1 + 0.2));
        assertEquals(false, atLeast.meets(0.2999));
    }

    @Test
    void twoValuesForOneCellAreRejected() {
        List<EvidenceValue> v = List.of(contact(POS, Y1, ALLE, 0.6, 10), contact(POS, Y1, ALLE, 0.4, 10));
        assertThrows(IllegalArgumentException.class, () -> CoverageCalculator.compute(KADER, List.of(), v, List.of(Y1), List.of(ALLE)));
    }
}
