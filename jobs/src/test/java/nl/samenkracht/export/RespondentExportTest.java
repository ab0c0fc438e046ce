package nl.samenkracht.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.samenkracht.indicators.ScaleScores;
import nl.samenkracht.model.BuiltInScales;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The respondent export read back by the tools researchers use: PSPP (Debian {@code pspp}) runs
 * the .sps and must show the item texts as variable labels, the answer labels as value labels,
 * the "counts as missing" code as user-missing, and the same n and means as the CSV; Rscript
 * (Debian {@code r-base-core}) sources the .R and must give factors with the same labels and
 * counts. Both skip when the program is not installed (CI installs them, see .ci/run).
 */
class RespondentExportTest {
    @TempDir
    static Path dir;
    private static Path export;

    private static final StructType RESPONSES = new StructType()
            .add("instrument", DataTypes.StringType).add("survey", DataTypes.StringType)
            .add("school_year", DataTypes.StringType).add("wave", DataTypes.StringType)
            .add("location", DataTypes.StringType).add("grp", DataTypes.StringType)
            .add("respondent", DataTypes.StringType).add("anonymous", DataTypes.BooleanType)
            .add("item", DataTypes.StringType).add("scale", DataTypes.StringType)
            .add("value", DataTypes.DoubleType).add("score", DataTypes.DoubleType)
            .add("missing_label", DataTypes.BooleanType).add("file", DataTypes.StringType)
            .add("row", DataTypes.IntegerType);

    /** Two items of one scale (q2 reverse-keyed, with an apostrophe in its text), one open item. */
    static final Codebook CODEBOOK = new Codebook(List.of(
            new Codebook.Item("inw", "q1", "s", "Ik voel me welkom.", false, "eens5", false, List.of()),
            new Codebook.Item("inw", "q2", "s", "Ik mis 's ochtends \"overzicht\".", true, "eens5", false, List.of()),
            new Codebook.Item("inw", "open", null, "Wat wil je kwijt?", false, null, true, List.of()),
            // a second instrument with an item id the first one also uses: its own file, its own answers
            new Codebook.Item("oud", "q1", null, "Ik ben tevreden.", false, "eens5", false, List.of())),
            List.of(new Codebook.Scale("inw", "s", "Welkom", List.of("q1", "q2"), "eens5", List.of())),
            BuiltInScales.all());

    /** respondent, wave, location, q1 value, q2 value (null = empty, 0 = "Weet ik niet"). */
    private static final Object[][] DATA = {
        {"r-a", "voormeting", "Akker, west", 4.0, 2.0},
        {"r-b", "voormeting", "Beek", 5.0, 0.0},
        {"r-c", "voormeting", "Beek", 3.0, null},
        {"r-a", "nameting", "Akker, west", 5.0, 1.0},
        {"r-b", "nameting", "Beek", 2.0, 4.0},
    };

    @BeforeAll
    static void write() throws IOException {
        SparkSession spark = SharedSpark.get();
        List<Row> rows = new ArrayList<>();
        int r = 1;
        for (Object[] d : DATA) {
            for (int i = 0; i < 2; i++) {
                Double v = (Double) d[3 + i];
                if (v == null) continue;
                boolean missing = v == 0.0;
                Double value = missing ? null : v;
                Double score = missing ? null : i == 1 ? 6 - v : v;
                rows.add(RowFactory.create("inw", "s1", "2024-2025", d[1], d[2], "nieuw", d[0], false, "q" + (i + 1), "s",
                        value, score, missing, "f.csv", r));
            }
            rows.add(RowFactory.create("inw", "s1", "2024-2025", d[1], d[2], "nieuw", d[0], false, "open", null,
                    null, null, false, "f.csv", r++));
        }
        rows.add(RowFactory.create("oud", "s2", "2024-2025", "voormeting", "Beek", "ouders", "p-a", false, "q1", null,
                3.0, 3.0, false, "g.csv", 1));
        Dataset<Row> responses = nl.samenkracht.canonical.KeyCodes.encodeFound(spark.createDataFrame(rows, RESPONSES));
        Dataset<Row> scores = ScaleScores.of(nl.samenkracht.indicators.Submissions.of(responses), CODEBOOK, 0.5);
        RespondentExport.write(dir, responses, scores, CODEBOOK, "Test", List.of("voormeting", "nameting"));
        export = dir.resolve(RespondentExport.FOLDER);
    }

    private static List<String[]> csv() throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(export.resolve("inw.csv"), StandardCharsets.UTF_8))
            out.add(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1));
        return out;
    }

    @Test
    void wideFileOneRowPerRespondentAndWave() throws IOException {
        List<String[]> rows = csv();
        assertEquals(List.of("respondent", "school_year", "wave", "location", "grp", "q1", "q2", "s_score"),
                List.of(rows.get(0)));
        assertEquals(1 + DATA.length, rows.size());
        // sorted by school year, wave, location, group, respondent; "Weet ik niet" = 99, empty stays empty
        assertEquals(List.of("r-b", "2024-2025", "nameting", "Beek", "nieuw", "2", "4", "2"), List.of(rows.get(2)));
        assertEquals(List.of("r-b", "2024-2025", "voormeting", "Beek", "nieuw", "5", "99", "5"), List.of(rows.get(4)));
        assertEquals(List.of("r-c", "2024-2025", "voormeting", "Beek", "nieuw", "3", "", "3"), List.of(rows.get(5)));
        // q2 is reverse-keyed in the scale score only: (4 + (6 − 2)) / 2 = 4
        assertEquals(List.of("r-a", "2024-2025", "voormeting", "\"Akker, west\"", "nieuw", "4", "2", "4"), List.of(rows.get(3)));
        String all = Files.readString(export.resolve("inw.csv"));
        assertFalse(all.contains("open"), "open (free-text) items are never exported");

        byte[] excel = Files.readAllBytes(export.resolve("inw_excel.csv"));
        assertEquals((byte) 0xEF, excel[0]);
        String nl = new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8);
        assertTrue(nl.startsWith("respondent;school_year;wave;location;grp;q1;q2;s_score\r\n"), nl);
        assertTrue(nl.contains("r-a;2024-2025;nameting;Akker, west;nieuw;5;1;5\r\n"), nl);
    }

    @Test
    void eachInstrumentGetsItsOwnFileFromTheOneAction() throws IOException {
        assertEquals(List.of("respondent,school_year,wave,location,grp,q1", "p-a,2024-2025,voormeting,Beek,ouders,3"),
                Files.readAllLines(export.resolve("oud.csv"), StandardCharsets.UTF_8));
        assertFalse(Files.readString(export.resolve("inw.csv")).contains("p-a"), "a respondent of another instrument");
    }

    private static boolean installed(String program) {
        try {
            return new ProcessBuilder(program, "--version").redirectErrorStream(true).start().waitFor(60, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(Path cwd, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** n and mean of a CSV column, user-missing 99 and empty cells left out. */
    private static double[] nMean(int column) throws IOException {
        List<String[]> rows = csv();
        double sum = 0;
        int n = 0;
        for (String[] r : rows.subList(1, rows.size())) {
            if (r[column].isEmpty() || r[column].equals("99")) continue;
            sum += Double.parseDouble(r[column]);
            n++;
        }
        return new double[] {n, sum / n};
    }

    @Test
    void psppReadsTheDataWithLabels() throws Exception {
        assumeTrue(installed("pspp"), "pspp not installed (Debian package pspp)");
        Files.writeString(export.resolve("check.sps"), "INSERT FILE='inw.sps'.\n"
                + "DISPLAY DICTIONARY.\nDESCRIPTIVES /VARIABLES=q1 q2 s_score.\n", StandardCharsets.UTF_8);
        run(export, "pspp", "check.sps", "-o", "check.csv");
        String out = Files.readString(export.resolve("check.csv"), StandardCharsets.UTF_8);
        assertFalse(out.contains("error"), out);
        // variable labels: the item texts (apostrophe and quotes intact), missing code declared
        assertTrue(out.contains("q1,6,Ik voel me welkom.,Ordinal,"), out);
        assertTrue(out.contains("q2,7,\"Ik mis 's ochtends \"\"overzicht\"\". (omgescoord in de schaalscore)\",Ordinal,"), out);
        assertTrue(out.matches("(?s).*\\nq1,.*,F3\\.0,F3\\.0,99\\n.*"), out);
        assertTrue(out.contains("location,4,Locatie,"), out);
        // value labels: the answer labels, 99 as user-missing
        assertTrue(out.contains(",1,Helemaal mee oneens"), out);
        assertTrue(out.contains(",5,Helemaal mee eens"), out);
        assertTrue(out.contains(",99[a],telt als ontbrekend: "), out);
        // n and mean as in the CSV (PSPP prints the mean with 2 decimals)
        Map<String, Integer> column = Map.of("q1", 5, "q2", 6, "s_score", 7);
        Map<String, String> label = Map.of("q1", "Ik voel me welkom.",
                "q2", "\"Ik mis 's ochtends \"\"overzicht\"\". (omgescoord in de schaalscore)\"",
                "s_score", "\"Schaalscore Welkom (gemiddelde van de beantwoorde items, na omscoren)\"");
        for (String v : column.keySet()) {
            double[] nm = nMean(column.get(v));
            String prefix = label.get(v) + "," + (int) nm[0] + ",";
            int at = out.indexOf(prefix, out.indexOf("Table: Descriptive Statistics"));
            assertTrue(at > 0, v + ": " + prefix + " in " + out);
            String mean = out.substring(at + prefix.length()).split(",")[0];
            assertEquals(nm[1], Double.parseDouble(mean.startsWith(".") ? "0" + mean : mean), 0.005, v);
        }
    }

    @Test
    void rReadsTheDataIntoLabelledFactors() throws Exception {
        assumeTrue(installed("Rscript"), "Rscript not installed (Debian package r-base-core)");
        Files.writeString(export.resolve("check.R"), "source('inw.R')\n"
                + "for (v in c('q1', 'q2')) cat(v, '|', attr(d[[v]], 'label'), '|', paste(levels(d[[v]]), collapse = ';'), '|',"
                + " paste(as.integer(table(d[[v]])), collapse = ';'), '|', sum(is.na(d[[v]])), '\\n', sep = '')\n"
                + "cat('s_score|', is.numeric(d$s_score), '|', sprintf('%.10f', mean(d$s_score, na.rm = TRUE)), '\\n', sep = '')\n"
                + "cat('wave|', paste(levels(d$wave), collapse = ';'), '|', nrow(d), '\\n', sep = '')\n",
                StandardCharsets.UTF_8);
        String out = run(export, "Rscript", "check.R");
        String levels = "Helemaal mee oneens;Mee oneens;Neutraal;Mee eens;Helemaal mee eens";
        Map<String, String> lines = new HashMap<>();
        for (String l : out.split("\n")) if (l.contains("|")) lines.put(l.substring(0, l.indexOf('|')), l);
        // q1: 4, 5, 3, 5, 2 → counts per level 0;1;1;1;2, no NA
        assertEquals("q1|Ik voel me welkom.|" + levels + "|0;1;1;1;2|0", lines.get("q1"), out);
        // q2: 2, 99 (NA), empty (NA), 1, 4
        assertEquals("q2|Ik mis 's ochtends \"overzicht\". (omgescoord in de schaalscore)|" + levels + "|1;1;0;1;0|2",
                lines.get("q2"), out);
        assertEquals(String.format(java.util.Locale.ROOT, "s_score|TRUE|%.10f", nMean(7)[1]), lines.get("s_score"), out);
        assertEquals("wave|voormeting;nameting|5", lines.get("wave"), out);
    }
}
