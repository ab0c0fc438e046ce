package nl.samenkracht.run;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.imageio.ImageIO;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The sample study end to end (Spark embedded): every promised output exists and is valid, and
 * the effects the generator planted are found — and the ones it did not plant are not. The
 * planted effects and their independently computed p-values (scipy) are documented in
 * SampleStudyGenerator and data-samples/README.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleStudyPipelineTest {
    private Path run;
    /** What the run printed (its progress lines). */
    private String terminal;

    @BeforeAll
    void runSample() throws Exception {
        nl.samenkracht.testing.SampleRun sample = nl.samenkracht.testing.SampleRun.get();
        run = sample.dir();
        terminal = sample.terminal();
        assertEquals(sample.root().resolve("inwerken-kompasroos/2024-2025"), run);
    }

    @Test
    void everyPromisedOutputExistsAndOpens() throws Exception {
        for (String f : List.of("onderzoek.xlsx", "run.json", "tables/descriptives.csv", "tables/item_distributions.csv",
                "tables/data_quality.csv", "tables/reliability.csv", "tables/prepost.csv", "tables/groups.csv",
                "data/responses", "data/scale_scores", "data/rejects"))
            assertTrue(Files.exists(run.resolve(f)), f);
        try (InputStream in = Files.newInputStream(run.resolve("onderzoek.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertTrue(sheets.containsAll(List.of("Overzicht", "Methode", "Datakwaliteit", "Codeboek", "Beschrijvend",
                    "Itemverdeling", "Grafieken Likert")), sheets.toString());
            assertTrue(wb.getAllPictures().size() >= 8, "the Likert charts are embedded");
        }
        try (Stream<Path> pngs = Files.list(run.resolve("figures"))) {
            List<Path> all = pngs.toList();
            assertTrue(all.size() >= 8);
            // Issue 15: the count the terminal gives is the PNG files written (it said 37 while more were written).
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) figures").matcher(terminal);
            assertTrue(m.find(), terminal);
            assertEquals(all.size(), Integer.parseInt(m.group(1)), terminal);
            for (Path p : all) assertNotNull(ImageIO.read(p.toFile()), p + " is a PNG");
        }
        assertTrue(Files.list(run.getParent()).noneMatch(p -> p.getFileName().toString().startsWith(".incomplete")),
                "the staging folder was renamed into place");
    }

    @Test
    void rowAccountingAddsUpAndTheDuplicateIsTheOnlySurveyReject() throws Exception {
        // 64 + 64 + 66 + 65 rows in the four exports; the 2024-2025 voormeting holds one person twice (rows 51 and 62).
        List<Map<String, String>> all = csv(run.resolve("tables/data_quality.csv"));
        for (Map<String, String> r : all)
            assertEquals(Long.parseLong(r.get("read")), Long.parseLong(r.get("accepted")) + Long.parseLong(r.get("rejected"))
                    + Long.parseLong(r.get("incomplete")), r.toString());
        List<Map<String, String>> dq = all.stream().filter(r -> r.get("source").equals("surveys")).toList();
        long read = 0, accepted = 0, rejected = 0;
        for (Map<String, String> r : dq) {
            long rd = Long.parseLong(r.get("read")), ac = Long.parseLong(r.get("accepted")), rj = Long.parseLong(r.get("rejected"));
            assertEquals(rd, ac + rj, r.toString());
            read += rd;
            accepted += ac;
            rejected += rj;
        }
        assertEquals(259, read);
        assertEquals(258, accepted);
        assertEquals(1, rejected);
        Map<String, String> reject = csv(run.resolve("tables/rejects.csv")).stream()
                .filter(r -> r.get("level").equals("row") && r.get("source").equals("surveys")).findFirst().orElseThrow();
        assertEquals("exports/inwerken_2024-2025_voormeting_msforms.xlsx", reject.get("file"));
        assertEquals("51", reject.get("row"), "the earlier submission is rejected; the later one (row 62) counts");
        assertEquals("dubbele inzending", reject.get("reason"));
    }

    @Test
    void thePlantedPrePostEffectsAreFoundAndTheOthersAreNot() throws Exception {
        Map<String, Double> p = new LinkedHashMap<>();
        for (Map<String, String> r : csv(run.resolve("tables/prepost.csv"))) {
            if (r.get("level").equals("schaal") && r.get("subset").equals("Alle respondenten")) {
                assertEquals("paired", r.get("design"), r.toString());
                p.put(r.get("school_year") + "/" + r.get("scale_or_item"), Double.parseDouble(r.get("p")));
            }
        }
        // Planted: 2024-2025 duidelijkheid and structuur rise (scipy on the same data: p = 3.6e-6 and 2.3e-6).
        assertTrue(p.get("2024-2025/duidelijkheid") < 1e-3, p.toString());
        assertTrue(p.get("2024-2025/structuur") < 1e-3, p.toString());
        // Not planted (scipy: 0.62 and 0.52), and nothing in 2023-2024.
        assertTrue(p.get("2024-2025/continuiteit") > 0.2, p.toString());
        assertTrue(p.get("2024-2025/ondersteuning") > 0.2, p.toString());
        for (String s : List.of("continuiteit", "duidelijkheid", "structuur", "ondersteuning"))
            assertTrue(p.get("2023-2024/" + s) > 0.05, p.toString());
    }

    @Test
    void theDesignTableFindsThePlantedCohortDifferenceForNewColleagues() throws Exception {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (Map<String, String> r : csv(run.resolve("tables/design.csv"))) {
            assertEquals("linked", r.get("basis"), r.toString());
            assertEquals("2024-2025", r.get("group_a"));
            rows.put(r.get("subset") + "/" + r.get("scale"), r);
        }
        // Planted (AnswerModel): new colleagues gain 1.0 on duidelijkheid and structuur in the protocol
        // year only; experienced 0.3; nothing on the other scales.
        for (String s : List.of("duidelijkheid", "structuur")) {
            Map<String, String> r = rows.get("groep: nieuw/" + s);
            assertTrue(Double.parseDouble(r.get("p")) < 0.01, r.toString());
            assertTrue(Double.parseDouble(r.get("mean_a")) - Double.parseDouble(r.get("mean_b")) > 0.5, r.toString());
            assertTrue(Double.parseDouble(r.get("rank_biserial")) > 0.5, r.toString());
        }
        for (String s : List.of("continuiteit", "ondersteuning"))
            assertTrue(Double.parseDouble(rows.get("groep: nieuw/" + s).get("p")) > 0.05, s);
    }

    @Test
    void newColleaguesStartLowerOnDuidelijkheid() throws Exception {
        // Planted: at the voormeting new colleagues score about 0.8 lower on duidelijkheid (scipy Mann-Whitney p = 2.7e-5).
        Map<String, String> row = csv(run.resolve("tables/groups.csv")).stream()
                .filter(r -> r.get("school_year").equals("2024-2025") && r.get("wave").equals("voormeting")
                        && r.get("scale_or_item").equals("duidelijkheid") && r.get("level").equals("schaal")
                        && r.get("grouping").equals("groep") && r.get("test").equals("mann-whitney"))
                .findFirst().orElseThrow();
        assertTrue(Double.parseDouble(row.get("p")) < 1e-3, row.toString());
        Map<String, Double> mean = new LinkedHashMap<>();
        for (Map<String, String> r : csv(run.resolve("tables/descriptives.csv"))) {
            if (r.get("level").equals("schaal") && r.get("measure").equals("duidelijkheid") && r.get("school_year").equals("2024-2025")
                    && r.get("wave").equals("voormeting") && r.get("location").equals("Alle locaties"))
                mean.put(r.get("grp"), Double.parseDouble(r.get("mean")));
        }
        assertTrue(mean.get("ervaren") - mean.get("nieuw") > 0.5, mean.toString());
    }

    @Test
    void theDirectieDashboardCarriesTestedVerdictsAndTheFocusGroupLeads() throws Exception {
        List<Map<String, String>> rows = csv(run.resolve("tables/directie_dashboard.csv"));
        assertEquals(List.of("indicator", "group", "school_year", "value", "n", "previous_value", "previous_n", "change", "change_unit",
                "test", "p", "verdict"), new ArrayList<>(rows.get(0).keySet()));
        assertEquals("nieuw", rows.get(0).get("group"), "the focus group (report.focus) leads");
        for (Map<String, String> r : rows) {
            String verdict = r.get("verdict");
            assertTrue(List.of("beter", "slechter", "gelijk", "onzeker").contains(verdict), r.toString());
            if (!verdict.equals("beter") && !verdict.equals("slechter")) continue;
            // beter/slechter only with p < 0.05 and at least the minimum relevant difference (sample: 0.2 punt, 5 procentpunt).
            assertTrue(Double.parseDouble(r.get("p")) < 0.05, r.toString());
            double minimum = r.get("change_unit").equals("procentpunt") ? 5 : 0.2;
            assertTrue(Math.abs(Double.parseDouble(r.get("change"))) >= minimum, r.toString());
        }
        Map<String, String> structure = rows.stream().filter(r -> r.get("indicator").startsWith("Structuur bij nieuwe collega's (gemiddelde"))
                .findFirst().orElseThrow();
        assertEquals("Mann-Whitney U", structure.get("test"));
        assertEquals("beter", structure.get("verdict"));
        assertEquals("punt", structure.get("change_unit"));
    }

    @Test
    void theSamenvattingNamesThePlantedEffectsForNewColleaguesAndNoArrowIsUntested() throws Exception {
        List<String> headlines = csv(run.resolve("tables/directie_samenvatting.csv")).stream()
                .filter(r -> r.get("section").equals("Kernbevinding")).map(r -> r.get("text")).toList();
        assertTrue(headlines.size() >= 3 && headlines.size() <= 6, headlines.toString());
        // Planted: duidelijkheid and structuur rise for new colleagues under the new protocol; the buddy meeting reaches more of them.
        for (String planted : List.of("Duidelijkheid bij nieuwe collega's steeg", "Structuur bij nieuwe collega's steeg",
                "Bereik buddygesprek binnen 7 dagen na de startdatum steeg"))
            assertTrue(headlines.stream().anyMatch(h -> h.startsWith(planted) && h.contains("p ")), planted + " in " + headlines);
        // A strength or point of attention about the whole school says so, beside the focus group's headlines.
        List<String> points = csv(run.resolve("tables/directie_samenvatting.csv")).stream()
                .filter(r -> r.get("section").equals("Sterk punt") || r.get("section").equals("Aandachtspunt"))
                .map(r -> r.get("text")).toList();
        assertTrue(points.stream().anyMatch(p -> p.startsWith("Duidelijkheid bij alle respondenten (gemiddelde, nameting): ")), points.toString());
        assertTrue(points.stream().noneMatch(p -> p.startsWith("Duidelijkheid (")), points.toString());
        // Not planted: continuïteit and ondersteuning of new colleagues do not rise or fall in any headline.
        assertTrue(headlines.stream().noneMatch(h -> h.startsWith("Continuïteit bij nieuwe") && (h.contains("steeg") || h.contains("daalde"))));
        // Every arrow in the audience tables comes with its test: "▲ beter (p < 0,001)".
        try (Stream<Path> files = Files.list(run.resolve("tables"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("(directie|bestuur)_.*\\.csv")).toList())
                for (String line : Files.readAllLines(f))
                    for (String cell : line.split(","))
                        if (cell.contains("▲") || cell.contains("▼"))
                            assertTrue(cell.matches(".*[▲▼] (beter|slechter) \\(p .*"), f.getFileName() + ": " + cell);
        }
    }

    @Test
    void beekIsFlaggedLowerOnHomeVisits() throws Exception {
        Map<String, String> beek = csv(run.resolve("tables/bestuur_locations.csv")).stream()
                .filter(r -> r.get("indicator").equals("bereik huisbezoek (ouders)") && r.get("location").equals("Beek"))
                .findFirst().orElseThrow();
        // Planted: Beek visits about 10% of its pupils at home, the other locations about 30%.
        assertEquals("lager", beek.get("flag"));
        assertTrue(Double.parseDouble(beek.get("p_holm")) < 0.05, beek.toString());
        assertEquals("z-toets twee proporties", beek.get("test"));
    }

    @Test
    void coverageHoldsTheSixSeedFrameworksWithEvidence() throws Exception {
        Map<String, Integer> withEvidence = new LinkedHashMap<>();
        for (Map<String, String> r : csv(run.resolve("tables/coverage.csv"))) {
            if (!r.get("school_year").equals("2024-2025") || !r.get("location").equals("Alle locaties")) continue;
            withEvidence.merge(r.get("framework"), r.get("status").equals("geen gegevens") ? 0 : 1, Integer::sum);
        }
        assertEquals(List.of("inwerken", "rug-succesfactoren", "pedagogisch-partnerschap", "verbindend-gezag-steun",
                "samen-zijn-wij-school", "samenwerking-partners"), new ArrayList<>(withEvidence.keySet()));
        withEvidence.forEach((fw, n) -> assertTrue(n > 0, fw + " has evidence for at least one factor"));
        // Only factors with an evidence rule are counted: the NJI competences have none.
        Map<String, String> inwerken = csv(run.resolve("tables/coverage_summary.csv")).stream()
                .filter(r -> r.get("framework").equals("inwerken") && r.get("school_year").equals("2024-2025")
                        && r.get("location").equals("Alle locaties")).findFirst().orElseThrow();
        assertTrue(Integer.parseInt(inwerken.get("n_with_rule")) < Integer.parseInt(inwerken.get("factors")), inwerken.toString());
    }

    @Test
    void theRunUsesFewSparkPlans() throws Exception {
        // Issue 13: every SQL execution is planned and compiled in a cold JVM. The analysis of all
        // sources is one fused action, interviews one, and each canonical table is written once
        // (responses, scale scores, contacts, interview segments, rejects); the ingests take the
        // rest. 34 executions before issue 13; a new action inside a loop would break this budget.
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.resolve("run.json").toFile());
        long executions = json.get("spark_activity").get("sql_executions").asLong();
        assertTrue(executions > 0 && executions <= 16, "SQL executions of the sample: " + executions);
    }

    /** A minimal reader for the contract CSVs (no quoted commas in the columns read here). */
    static List<Map<String, String>> csv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) m.put(header[i], cells[i].replaceAll("^\"|\"$", ""));
            rows.add(m);
        }
        return rows;
    }
}
