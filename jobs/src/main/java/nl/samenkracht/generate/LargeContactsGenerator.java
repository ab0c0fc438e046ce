package nl.samenkracht.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A large SYNTHETIC board for the contact benchmark (bench/contacts-bench.sh; not the sample, not a
 * test): 50 × scale locations with 10 classes of 25 pupils each, 5 school years (2020-2021 …
 * 2024-2025), and exactly 2,000,000 × scale parent-contact rows, 8,000 per location and year (80 of
 * them collective activities). One Dutch Excel CSV per location (';', Windows-1252, dd-mm-jjjj,
 * the headers of the sample's parent log), one roster CSV, and {@code contacts.yaml} with the
 * {@code contacts:} section to read them. Seeded: the same seed and scale give the same files.
 * About 1 in 2,000 rows is a blemish (unknown channel, exact duplicate, impossible date) so the
 * reject paths are exercised too.
 *
 * <p>{@link LargeBoardGenerator} writes the same kind of logs into its board with a {@link Size} of its
 * own (a fixed 50 locations, classes and rows × scale) and puts {@link #contactsSection()} into its
 * study.yaml; this class stays usable alone for the contact benchmark.
 */
public final class LargeContactsGenerator {
    public static final int LOCATIONS = 50;
    public static final int CLASSES = 10;
    public static final int PUPILS_PER_CLASS = 25;
    public static final int ROWS_PER_LOCATION_YEAR = 8_000;
    public static final int COLLECTIVE_PER_LOCATION_YEAR = 80;
    public static final int FIRST_YEAR = 2020;
    public static final int YEARS = 5;

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String[] TYPES = {"Startgesprek", "10-minutengesprek", "Huisbezoek", "Informeel contact", "Telefoongesprek"};
    private static final double[] TYPE_WEIGHTS = {0.06, 0.20, 0.02, 0.47, 0.25};
    private static final String[] CHANNELS = {"Persoonlijk", "Telefonisch", "Parro", "E-mail", "Teams", "Brief"};
    private static final String[] TONES = {"Positief", "Neutraal", "Zorgen"};
    private static final String[] COLLECTIVE = {"Ouderavond", "Koffieochtend", "Inloopochtend"};

    /**
     * How many contact rows to write.
     *
     * @param locations                 locations, named {@link #location(int)}
     * @param classes                   classes per location (25 pupils each on the roster, every school year)
     * @param rowsPerLocationYear       contact rows per location and school year, collective activities included
     * @param collectivePerLocationYear of those, rows about a collective activity (ouderavond, …)
     */
    record Size(int locations, int classes, int rowsPerLocationYear, int collectivePerLocationYear) {
        Size {
            if (locations < 1 || classes < 1 || collectivePerLocationYear < 0 || collectivePerLocationYear >= rowsPerLocationYear)
                throw new IllegalArgumentException("bad contact board size " + locations + "/" + classes + "/"
                        + rowsPerLocationYear + "/" + collectivePerLocationYear);
        }

        /** The contact benchmark's board: 50 × scale locations of the 1x size each. */
        static Size benchmark(int scale) {
            return new Size(LOCATIONS * scale, CLASSES, ROWS_PER_LOCATION_YEAR, COLLECTIVE_PER_LOCATION_YEAR);
        }

        long rows() {
            return (long) locations * YEARS * rowsPerLocationYear;
        }

        long rosterRows() {
            return (long) locations * YEARS * classes * PUPILS_PER_CLASS;
        }
    }

    private LargeContactsGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LargeContactsGenerator <folder> [scale=1] [seed=20250101]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20250101L;
        long rows = write(dir, scale, seed);
        System.out.println("wrote " + rows + " contact rows for " + LOCATIONS * scale + " locations to " + dir.toAbsolutePath());
    }

    /**
     * The contact benchmark's folder: the exports of {@link Size#benchmark(int)} and {@code contacts.yaml}.
     *
     * @return the number of contact rows written
     */
    public static long write(Path dir, int scale, long seed) throws IOException {
        long total = writeExports(dir, Size.benchmark(scale), seed);
        Files.writeString(dir.resolve("contacts.yaml"), yaml(), java.nio.charset.StandardCharsets.UTF_8);
        return total;
    }

    /**
     * Writes {@code exports/leerlingen.csv} (the roster) and one {@code exports/contacten_<location>.csv}
     * per location; {@link #contactsSection()} reads them.
     *
     * @return the number of contact rows written (roster rows not included)
     */
    static long writeExports(Path dir, Size size, long seed) throws IOException {
        Path exports = Files.createDirectories(dir.resolve("exports"));
        Random r = new Random(seed);
        int locations = size.locations();
        long total = 0;
        List<List<LocalDate>> days = new ArrayList<>();
        for (int y = 0; y < YEARS; y++) {
            List<LocalDate> d = new ArrayList<>();
            for (LocalDate x = LocalDate.of(FIRST_YEAR + y, 8, 22); x.isBefore(LocalDate.of(FIRST_YEAR + y + 1, 7, 12)); x = x.plusDays(1))
                if (x.getDayOfWeek().getValue() <= 5) d.add(x);
            days.add(d);
        }
        try (BufferedWriter roster = writer(exports.resolve("leerlingen.csv"))) {
            roster.write("Schooljaar;Locatie;Klas;Leerlingnummer\r\n");
            for (int l = 0; l < locations; l++) {
                String loc = location(l);
                try (BufferedWriter log = writer(exports.resolve("contacten_" + loc.replace(' ', '_') + ".csv"))) {
                    log.write("Datum;Leerling;Medewerker;Locatie;Klas;Soort contact;Kanaal;Initiatief;Toon;Kind aanwezig;Aantal aanwezigen\r\n");
                    for (int y = 0; y < YEARS; y++) {
                        String year = (FIRST_YEAR + y) + "-" + (FIRST_YEAR + y + 1);
                        List<LocalDate> d = days.get(y);
                        for (int c = 0; c < size.classes(); c++)
                            for (int p = 0; p < PUPILS_PER_CLASS; p++)
                                roster.write(year + ";" + loc + ";" + klass(c) + ";" + pupil(l, y, c, p) + "\r\n");
                        String previous = null;
                        for (int i = 0; i < size.rowsPerLocationYear(); i++) {
                            String line;
                            if (i < size.collectivePerLocationYear()) {
                                line = DMY.format(d.get(r.nextInt(d.size()))) + ";;Medewerker " + l + "-IB;" + loc + ";;"
                                        + COLLECTIVE[r.nextInt(COLLECTIVE.length)] + ";Persoonlijk;School;;;" + (5 + r.nextInt(60));
                            } else if (previous != null && r.nextInt(2_000) == 0) {
                                line = previous; // exact duplicate
                            } else {
                                int c = r.nextInt(size.classes());
                                int p = r.nextInt(PUPILS_PER_CLASS);
                                String date = r.nextInt(20_000) == 0 ? "31-02-" + (FIRST_YEAR + y + 1) : DMY.format(d.get(r.nextInt(d.size())));
                                String channel = r.nextInt(20_000) == 0 ? "Fax" : CHANNELS[r.nextInt(CHANNELS.length)];
                                line = date + ";" + pupil(l, y, c, p) + ";Medewerker " + l + "-" + c + ";" + loc + ";" + klass(c) + ";"
                                        + TYPES[pick(TYPE_WEIGHTS, r)] + ";" + channel + ";" + (r.nextInt(4) == 0 ? "Ouder" : "School") + ";"
                                        + TONES[r.nextInt(TONES.length)] + ";" + (r.nextInt(3) == 0 ? "Ja" : "Nee") + ";";
                                previous = line;
                            }
                            log.write(line);
                            log.write("\r\n");
                            total++;
                        }
                    }
                }
            }
        }
        return total;
    }

    /** The name of location {@code l} (0-based): "Locatie 001", …; the board's surveys and interviews use it too. */
    static String location(int l) {
        return String.format(Locale.ROOT, "Locatie %03d", l + 1);
    }

    private static String klass(int c) {
        return "K" + (c + 1);
    }

    private static String pupil(int l, int y, int c, int p) {
        // A pupil keeps the number through the years of one place (class c, seat p) until replaced every third year.
        // Fixed widths except the class, whose width only grows past 99 classes: numbers never collide.
        return String.format(Locale.ROOT, "%03d%d%02d%02d", l + 1, (y / 3), c, p);
    }

    private static int pick(double[] weights, Random r) {
        double u = r.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) return i;
        }
        return weights.length - 1;
    }

    private static BufferedWriter writer(Path p) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p), CP1252), 1 << 16);
    }

    /** contacts.yaml of the contact benchmark: a comment line and {@link #contactsSection()}. */
    static String yaml() {
        return "# Large SYNTHETIC board for the contact benchmark (LargeContactsGenerator).\n" + contactsSection();
    }

    /** The {@code contacts:} section (top level of study.yaml) that reads {@link #writeExports}' files. */
    public static String contactsSection() {
        return """
                contacts:
                  options:
                    school_years: ["2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"]
                    first_weeks_start: "08-22"
                  rosters:
                    - id: leerlingen
                      kind: ouder
                      files: [exports/leerlingen.csv]
                      columns: {counterpart: Leerlingnummer, location: Locatie, class: Klas, school_year: Schooljaar}
                  logs:
                    - id: contacten
                      kind: ouder
                      files: ["exports/contacten_*.csv"]
                      date_format: dd-MM-yyyy
                      columns: {date: Datum, counterpart: Leerling, staff: Medewerker, location: Locatie, class: Klas,
                                type: Soort contact, channel: Kanaal, initiator: Initiatief, tone: Toon,
                                child_present: Kind aanwezig, attendance: Aantal aanwezigen}
                      values:
                        type: {"Startgesprek": startgesprek, "10-minutengesprek": tienminutengesprek, "Huisbezoek": huisbezoek,
                               "Informeel contact": informeel, "Telefoongesprek": telefonisch_contact, "Ouderavond": ouderavond,
                               "Koffieochtend": koffieochtend, "Inloopochtend": inloop}
                        channel: {"Persoonlijk": mondeling, "Telefonisch": telefoon, "Parro": digitaal, "E-mail": digitaal,
                                  "Teams": digitaal, "Brief": schriftelijk}
                        initiator: {"School": school, "Ouder": ander}
                        tone: {"Positief": positief, "Neutraal": neutraal, "Zorgen": zorg}
                        child_present: {"Ja": ja, "Nee": nee}
                """;
    }
}
