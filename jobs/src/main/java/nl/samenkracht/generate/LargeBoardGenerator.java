package nl.samenkracht.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A large SYNTHETIC school board for benchmarks: 50 locations, 5 school years (2020-2021 …
 * 2024-2025), a voormeting and a nameting each year, 200,000 questionnaire submissions of
 * 20 items (× scale), written as Google Forms CSV exports with a study.yaml beside them.
 * Planted: scale "sfeer" rises by about 0.1 per school year board-wide; the other scales are flat.
 * Other data sets (contact logs, interviews) add their files and config sections to the same folder.
 */
public final class LargeBoardGenerator {
    public static final int LOCATIONS = 50;
    public static final int YEARS = 5;
    public static final int FIRST_YEAR = 2020;
    public static final int ITEMS = 20;
    public static final int SUBMISSIONS_AT_1X = 200_000;
    static final String[] SCALES = {"sfeer", "duidelijkheid", "structuur", "ondersteuning"};
    static final String[] LABELS = {"Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens"};

    private final long seed;
    private final int scale;

    public LargeBoardGenerator(long seed, int scale) {
        this.seed = seed;
        this.scale = scale;
    }

    /** @return the number of submissions written */
    public long write(Path dir) throws IOException {
        Path exports = Files.createDirectories(dir.resolve("exports"));
        int perFile = SUBMISSIONS_AT_1X * scale / (YEARS * 2);
        int perLocation = perFile / LOCATIONS;
        long written = 0;
        for (int y = 0; y < YEARS; y++) {
            String schoolYear = (FIRST_YEAR + y) + "-" + (FIRST_YEAR + y + 1);
            for (int wave = 0; wave < 2; wave++) {
                String name = "vragenlijst_" + schoolYear + "_" + (wave == 0 ? "voormeting" : "nameting") + ".csv";
                SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + y * 10L + wave);
                try (BufferedWriter w = Files.newBufferedWriter(exports.resolve(name), StandardCharsets.UTF_8)) {
                    w.write(header());
                    for (int loc = 1; loc <= LOCATIONS; loc++) {
                        for (int p = 0; p < perLocation; p++) {
                            // The same person id in both waves of a year links voormeting and nameting.
                            long person = ((long) y * LOCATIONS + loc) * 1_000_000L + p;
                            w.write(row(rnd, person, loc, FIRST_YEAR + y, wave, y));
                            written++;
                        }
                    }
                }
            }
        }
        Files.writeString(dir.resolve("study.yaml"), studyYaml());
        return written;
    }

    private static String header() {
        StringBuilder b = new StringBuilder("Tijdstempel,E-mailadres,Locatie,Groep");
        for (int i = 1; i <= ITEMS; i++) b.append(",Vraag ").append(i);
        return b.append("\r\n").toString();
    }

    private String row(SplittableRandom rnd, long person, int loc, int startYear, int wave, int yearIndex) {
        int month = wave == 0 ? 10 : 5;
        int year = wave == 0 ? startYear : startYear + 1;
        StringBuilder b = new StringBuilder(160);
        b.append(String.format(Locale.ROOT, "%d-%d-%d %02d:%02d:00", 1 + rnd.nextInt(28), month, year, 8 + rnd.nextInt(9), rnd.nextInt(60)));
        b.append(",p").append(person).append("@bestuur.example");
        b.append(",Locatie ").append(String.format(Locale.ROOT, "%02d", loc));
        b.append(',').append(rnd.nextInt(10) < 3 ? "nieuw" : "ervaren");
        double trait = rnd.nextGaussian() * 0.5;
        for (int i = 0; i < ITEMS; i++) {
            int s = i / (ITEMS / SCALES.length);
            double mean = 3.4 + trait + (s == 0 ? 0.1 * yearIndex + 0.05 * wave : 0);
            int v = (int) Math.round(mean + rnd.nextGaussian() * 0.8);
            v = Math.max(1, Math.min(5, v));
            b.append(',').append(rnd.nextInt(100) == 0 ? "" : LABELS[v - 1]);
        }
        return b.append("\r\n").toString();
    }

    private static String studyYaml() {
        StringBuilder b = new StringBuilder("""
                # SYNTHETIC benchmark board made by `samenkracht generate board`; no real people.
                version: 1
                study: {id: benchmark-bestuur, name: Benchmarkbestuur, organisation: Synthetisch bestuur, synthetic: true}
                output: reports
                instruments:
                  - id: vragenlijst
                    answer_scale: eens5
                    scales:
                """);
        for (String s : SCALES) b.append("      - {id: ").append(s).append("}\n");
        b.append("    items:\n");
        for (int i = 1; i <= ITEMS; i++)
            b.append("      - {id: v").append(i).append(", scale: ").append(SCALES[(i - 1) / (ITEMS / SCALES.length)])
                    .append(i % 5 == 0 ? ", reverse: false" : "").append(", column: \"Vraag ").append(i).append("\"}\n");
        b.append("""
                surveys:
                  - id: vragenlijst
                    instrument: vragenlijst
                    files: ["exports/vragenlijst_*.csv"]
                    respondent: E-mailadres
                    wave: {from_file_name: {voormeting: voormeting, nameting: nameting}}
                    school_year: {from_date: Tijdstempel}
                    location: {column: Locatie}
                    group: {column: Groep}
                """);
        return b.toString();
    }
}
