package nl.samenkracht.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A large SYNTHETIC school board for benchmarking the whole pipeline, with every kind of data the
 * pipeline reads, in one folder with its {@code study.yaml}. 50 locations ("Locatie 001" …
 * "Locatie 050", the same names in every data set and in {@code locations:}), 5 school years
 * (2020-2021 … 2024-2025), and × scale:
 * <ul>
 *   <li><b>surveys</b>: 200,000 questionnaire submissions of 20 items, a voormeting and a nameting
 *       each year, as Google Forms CSV exports ({@code exports/vragenlijst_*.csv}); planted: scale
 *       "sfeer" rises by about 0.1 per school year board-wide, the other scales are flat;</li>
 *   <li><b>contacts</b>: 2,000,000 parent-contact rows in one Dutch Excel CSV per location and a
 *       62,500-row pupil roster ({@link LargeContactsGenerator}: {@code exports/contacten_*.csv},
 *       {@code exports/leerlingen.csv});</li>
 *   <li><b>interviews</b>: 5,000 coded interviews of about 15 segments (75,000 rows), one plain
 *       table per school year ({@link LargeInterviewsGenerator}); planted: the share of new
 *       colleagues who mention the buddy rises from 30% to 70%.</li>
 * </ul>
 * The scale multiplies what each location holds (submissions, classes and contact rows,
 * interviewees), not the number of locations: the location comparisons (Dunn, every pair of
 * locations) grow with the square of the locations, so a doubled board must not double them.
 * The study.yaml maps two survey scales and the interview codes onto the {@code inwerken} factors;
 * contact indicators give evidence for the RUG factors through the frameworks' default rules.
 * Seeded: the same seed and scale give the same bytes.
 */
public final class LargeBoardGenerator {
    public static final int LOCATIONS = 50;
    public static final int YEARS = 5;
    public static final int FIRST_YEAR = 2020;
    public static final int ITEMS = 20;
    public static final int SUBMISSIONS_AT_1X = 200_000;
    static final String[] SCALES = {"sfeer", "duidelijkheid", "structuur", "ondersteuning"};
    /** Inwerken factors that a scale is evidence for (none for sfeer and ondersteuning). */
    static final String[] SCALE_FACTORS = {null, "inwerken/leeromgeving-duidelijkheid", "inwerken/leeromgeving-structuur", null};
    static final String[] LABELS = {"Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens"};

    /**
     * What a board holds.
     *
     * @param locations                     locations (all data sets)
     * @param submissionsPerLocationWave    questionnaire submissions per location, school year and wave
     * @param classes                       classes per location on the roster (25 pupils each)
     * @param contactRowsPerLocationYear    parent-contact rows per location and school year (1% collective activities)
     * @param intervieweesPerLocationYear   new colleagues interviewed per location and school year (twice each)
     */
    record Size(int locations, int submissionsPerLocationWave, int classes, int contactRowsPerLocationYear,
                int intervieweesPerLocationYear) {
        static Size atScale(int scale) {
            if (scale < 1) throw new IllegalArgumentException("scale must be at least 1, got " + scale);
            return new Size(LOCATIONS, SUBMISSIONS_AT_1X / (LOCATIONS * YEARS * 2) * scale,
                    LargeContactsGenerator.CLASSES * scale, LargeContactsGenerator.ROWS_PER_LOCATION_YEAR * scale,
                    LargeInterviewsGenerator.INTERVIEWEES_PER_LOCATION_YEAR * scale);
        }

        LargeContactsGenerator.Size contacts() {
            return new LargeContactsGenerator.Size(locations, classes, contactRowsPerLocationYear, contactRowsPerLocationYear / 100);
        }
    }

    /** Rows written per kind. */
    public record Written(long submissions, long contactRows, long rosterRows, long interviewSegments) {
        public String summary() {
            return String.format(Locale.ROOT, "%,d questionnaire submissions, %,d contact rows + %,d roster rows, %,d coded interview segments",
                    submissions, contactRows, rosterRows, interviewSegments);
        }
    }

    private final long seed;
    private final Size size;

    public LargeBoardGenerator(long seed, int scale) {
        this(seed, Size.atScale(scale));
    }

    LargeBoardGenerator(long seed, Size size) {
        this.seed = seed;
        this.size = size;
    }

    static String schoolYear(int y) {
        return (FIRST_YEAR + y) + "-" + (FIRST_YEAR + y + 1);
    }

    /** Writes the board's exports, interviews and study.yaml into {@code dir}. */
    public Written write(Path dir) throws IOException {
        long submissions = writeSurveys(dir);
        LargeContactsGenerator.Size contacts = size.contacts();
        long contactRows = LargeContactsGenerator.writeExports(dir, contacts, seed);
        long segments = new LargeInterviewsGenerator(seed, size.locations(), size.intervieweesPerLocationYear()).write(dir);
        Files.writeString(dir.resolve("study.yaml"), studyYaml(), StandardCharsets.UTF_8);
        return new Written(submissions, contactRows, contacts.rosterRows(), segments);
    }

    private long writeSurveys(Path dir) throws IOException {
        Path exports = Files.createDirectories(dir.resolve("exports"));
        long written = 0;
        for (int y = 0; y < YEARS; y++) {
            for (int wave = 0; wave < 2; wave++) {
                String name = "vragenlijst_" + schoolYear(y) + "_" + (wave == 0 ? "voormeting" : "nameting") + ".csv";
                SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + y * 10L + wave);
                try (BufferedWriter w = Files.newBufferedWriter(exports.resolve(name), StandardCharsets.UTF_8)) {
                    w.write(header());
                    for (int loc = 0; loc < size.locations(); loc++) {
                        for (int p = 0; p < size.submissionsPerLocationWave(); p++) {
                            // The same person id in both waves of a year links voormeting and nameting.
                            long person = ((long) y * size.locations() + loc + 1) * 1_000_000L + p;
                            w.write(row(rnd, person, loc, FIRST_YEAR + y, wave, y));
                            written++;
                        }
                    }
                }
            }
        }
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
        b.append(',').append(LargeContactsGenerator.location(loc));
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

    private String studyYaml() {
        StringBuilder b = new StringBuilder("""
                # SYNTHETIC benchmark board made by `samenkracht generate board`; no real people.
                # Surveys, parent contacts and coded interviews of the same locations and school years.
                version: 1
                study: {id: benchmark-bestuur, name: Benchmarkbestuur, organisation: Synthetisch bestuur, synthetic: true}
                output: reports
                locations: [""");
        for (int l = 0; l < size.locations(); l++) b.append(l == 0 ? "" : ", ").append(LargeContactsGenerator.location(l));
        b.append("""
                ]
                instruments:
                  - id: vragenlijst
                    answer_scale: eens5
                    scales:
                """);
        for (int s = 0; s < SCALES.length; s++)
            b.append("      - {id: ").append(SCALES[s])
                    .append(SCALE_FACTORS[s] == null ? "" : ", factors: [" + SCALE_FACTORS[s] + "]").append("}\n");
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
        b.append(LargeInterviewsGenerator.interviewsSection());
        b.append(LargeInterviewsGenerator.coverageSection());
        b.append("# Parent contacts and the pupil roster (LargeContactsGenerator).\n");
        b.append(LargeContactsGenerator.contactsSection());
        return b.toString();
    }
}
