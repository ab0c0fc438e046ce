package nl.samenkracht.generate;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Generates the SYNTHETIC contact logs of the sample study (VSO De Kompasroos, locations Akker,
 * Beek, Duin, Haven) into {@code data-samples/exports/}. Every pupil number, name and contact is
 * made up; the same seed gives byte-identical files. Configuration: {@link #snippet()} (also in
 * docs/sample-contacts-snippet.yaml), to be added to data-samples/study.yaml.
 *
 * <h2>Files</h2>
 * <ul>
 *   <li>{@code contacten_ouders.csv}: parent-contact log 2022-2023 … 2024-2025 as Dutch Excel writes
 *       it (';', Windows-1252, CRLF, dates dd-mm-jjjj): Datum;Leerling;Medewerker;Locatie;Klas;Soort
 *       contact;Kanaal;Initiatief;Toon;Kind aanwezig;Aantal aanwezigen. Leerling is the pupil number;
 *       a collective activity has no pupil and a count of those present.</li>
 *   <li>{@code leerlingen.csv}: the pupil roster per school year (Schooljaar;Locatie;Klas;
 *       Leerlingnummer;Roepnaam;Achternaam; ';', Windows-1252). 160 pupils a year: Akker A1–A4
 *       (12, 13, 12, 13), Beek B1–B4 (13, 12, 13, 14), Duin D1–D4 (13 each), Haven H1 (6, small
 *       on purpose); about a fifth of the places change pupil each year.</li>
 *   <li>{@code buddygesprekken.xlsx} (sheet Buddygesprekken, date cells) and {@code nieuwe_collegas.csv}
 *       (Naam;E-mail;Locatie;Startdatum): buddy and coach meetings of the new colleagues of the survey
 *       sample ({@link SampleStudyGenerator}: 22 a year, Haven 2), 2023-2024 and 2024-2025. Most
 *       start on the first school day, every fifth two weeks and every ninth four weeks later.</li>
 *   <li>{@code contacten_partners.csv} (UTF-8 with BOM, ';') and {@code partners.csv}: contacts with
 *       three partners per location (jeugdhulp, wijkteam, leerplicht), 2022-2023 … 2024-2025; the
 *       partner list has no school year, so it applies to every year.</li>
 * </ul>
 *
 * <h2>Planted figures (parents, board level, roster of 160 a year; exact with any seed)</h2>
 * <table>
 *   <caption>per school year</caption>
 *   <tr><th></th><th>2022-2023</th><th>2023-2024</th><th>2024-2025</th></tr>
 *   <tr><td>startgesprek before 1 October</td><td>112 (70%)</td><td>136 (85%)</td><td>152 (95%)</td></tr>
 *   <tr><td>any contact in the first 6 weeks from 15 August</td><td>96 (60%)</td><td>120 (75%)</td><td>144 (90%)</td></tr>
 *   <tr><td>never contacted</td><td>8 (5%)</td><td>4 (2.5%)</td><td>1</td></tr>
 *   <tr><td>reached in every quarter (aug-okt, nov-jan, feb-apr, mei-jul)</td><td>80 (50%)</td><td>104 (65%)</td><td>128 (80%)</td></tr>
 *   <tr><td>share of contacts positive: round(p·M) of the year's M accepted individual contacts</td><td>p = 0.60</td><td>0.65</td><td>0.70</td></tr>
 *   <tr><td>first contact of the year positive: round(f·R) of the R pupils reached</td><td>f = 0.45</td><td>0.60</td><td>0.75</td></tr>
 *   <tr><td>initiated by the parent: round(a·M)</td><td>a = 0.20</td><td>0.25</td><td>0.30</td></tr>
 *   <tr><td>child present: round(c·M)</td><td>c = 0.30</td><td>0.40</td><td>0.50</td></tr>
 * </table>
 * Home visits every year: Akker 15 of 50, Beek 5 of 52 (lower), Duin 16 of 52, Haven 2 of 6. The other
 * late startgesprekken fall in October; a startgesprek on 1 October itself (2024: a Tuesday) is late.
 * Channels follow the type (startgesprek and tienminutengesprek mostly Persoonlijk, some Teams;
 * huisbezoek Persoonlijk; informeel Persoonlijk/Parro/Brief; telefoongesprek Telefonisch): mondeling
 * about 60–65%, not exact. Collective activities: 7 per location a year (2 ouderavonden,
 * 3 koffieochtenden, 2 inloopochtenden) with a count of those present.
 *
 * <p>New colleagues (buddygesprek within 7 days of the own start date, of 22): 2023-2024 (the old way)
 * 9, 2024-2025 (new buddy system) 20; reached in every quarter: 8 and 20. Partners (12): all reached
 * every year except Wijkteam Haven in 2022-2023 (11 of 12).
 *
 * <h2>Blemishes (contacten_ouders.csv)</h2>
 * An impossible date 31-02-2024 (rejected), a date 15-06-2012 outside the study's school years
 * (rejected), an exact duplicate of a 2024-2025 row (rejected), the unknown channel "Fax" on a
 * 2023-2024 telephone call (kept, channel not recorded) and pupil 199999, who is not on the roster,
 * with two contacts in 2024-2025 (kept and flagged; in the contact shares, not in reach).
 * {@link #blemishes()} gives their rows.
 */
public final class ContactSampleGenerator {
    public static final long DEFAULT_SEED = 20220822L;
    public static final List<String> YEARS = List.of("2022-2023", "2023-2024", "2024-2025");
    public static final int PUPILS_PER_YEAR = 160;
    public static final int[] STARTGESPREK_IN_TIME = {112, 136, 152};
    public static final int[] STARTGESPREK_LATE = {32, 16, 6};
    public static final int[] NEVER_CONTACTED = {8, 4, 1};
    public static final int[] FIRST_WEEKS = {96, 120, 144};
    public static final int[] EVERY_PERIOD = {80, 104, 128};
    public static final double[] SHARE_POSITIVE = {0.60, 0.65, 0.70};
    public static final double[] FIRST_POSITIVE = {0.45, 0.60, 0.75};
    public static final double[] INITIATED_BY_PARENT = {0.20, 0.25, 0.30};
    public static final double[] CHILD_PRESENT = {0.30, 0.40, 0.50};
    public static final Map<String, Integer> HOME_VISITS = ordered("Akker", 15, "Beek", 5, "Duin", 16, "Haven", 2);
    public static final Map<String, int[]> CLASS_SIZES = ordered("Akker", new int[]{12, 13, 12, 13},
            "Beek", new int[]{13, 12, 13, 14}, "Duin", new int[]{13, 13, 13, 13}, "Haven", new int[]{6});
    public static final String MISSING_PUPIL = "199999";
    public static final List<String> BUDDY_YEARS = List.of(StaffRoster.FIRST_YEAR, StaffRoster.SECOND_YEAR);
    public static final int[] BUDDY_FIRST_WEEK = {9, 20};
    public static final int[] BUDDY_EVERY_PERIOD = {8, 20};
    public static final String PARENT_LOG = "contacten_ouders.csv";
    public static final String PUPIL_ROSTER = "leerlingen.csv";
    public static final String BUDDY_LOG = "buddygesprekken.xlsx";
    public static final String NEW_COLLEAGUES = "nieuwe_collegas.csv";
    public static final String PARTNER_LOG = "contacten_partners.csv";
    public static final String PARTNERS = "partners.csv";
    public static final String[] PARENT_HEADER = {"Datum", "Leerling", "Medewerker", "Locatie", "Klas", "Soort contact", "Kanaal",
            "Initiatief", "Toon", "Kind aanwezig", "Aantal aanwezigen"};

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final List<String> PUPIL_FIRST = List.of("Daan", "Sem", "Noah", "Lucas", "Finn", "Levi", "Milan", "Jesse",
            "Luuk", "Bram", "Mees", "Thijs", "Ryan", "Amir", "Mohammed", "Adam", "Emma", "Julia", "Mila", "Tess", "Sophie",
            "Zoë", "Sara", "Nina", "Lotte", "Evi", "Noor", "Fleur", "Yara", "Lina", "Hira", "Imane", "Chayenne", "Dewi", "Mats",
            "Jayden", "Kenan", "Stijn", "Jurre", "Teun");
    private static final List<String> PUPIL_LAST = List.of("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
            "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "Dekker",
            "Brouwer", "El Idrissi", "Öztürk", "Benali", "Sewdien", "Kartosen", "Doğan", "van der Heijden", "Koç", "Wolters");
    private static final String[][] PARTNER_NAMES = {
            {"Akker", "Jeugdhulp De Brug (Akker)", "Wijkteam Noord", "Leerplicht Zeestad (Akker)"},
            {"Beek", "Jeugdhulp De Brug (Beek)", "Wijkteam Oost", "Leerplicht Zeestad (Beek)"},
            {"Duin", "Jeugdhulp Kompas (Duin)", "Wijkteam West", "Leerplicht Zeestad (Duin)"},
            {"Haven", "Jeugdhulp Kompas (Haven)", "Wijkteam Haven", "Leerplicht Zeestad (Haven)"}};

    private final long seed;
    private final List<Blemish> blemishes = new ArrayList<>();

    public ContactSampleGenerator() {
        this(DEFAULT_SEED);
    }

    public ContactSampleGenerator(long seed) {
        this.seed = seed;
    }

    /** A pupil on the roster of one school year. */
    record Pupil(String number, String first, String last, String location, String clazz) {}

    /** One row of a contact log as exported (labels, not canonical values); {@code dateText} overrides the date. */
    static final class Contact {
        LocalDate date;
        String dateText;
        String counterpart, staff, location, clazz, type, channel, initiator, tone, child;
        Integer attendance;
        boolean rosterPupil;

        Contact(LocalDate date, String counterpart, String staff, String location, String clazz, String type) {
            this.date = date;
            this.counterpart = counterpart;
            this.staff = staff;
            this.location = location;
            this.clazz = clazz;
            this.type = type;
        }

        Contact copy() {
            Contact c = new Contact(date, counterpart, staff, location, clazz, type);
            c.dateText = dateText;
            c.channel = channel;
            c.initiator = initiator;
            c.tone = tone;
            c.child = child;
            c.attendance = attendance;
            c.rosterPupil = rosterPupil;
            return c;
        }
    }

    /** Writes the six files into {@code dataSamplesDir/exports/}, replacing files of the same name. */
    public void write(Path dataSamplesDir) {
        Path exports = dataSamplesDir.resolve(SampleStudyGenerator.EXPORTS);
        blemishes.clear();
        try {
            Files.createDirectories(exports);
            StaffRoster staff = SampleStudy.generate(SampleStudyGenerator.DEFAULT_SEED).roster();
            writeParents(exports, staff);
            writeBuddies(exports, staff);
            writePartners(exports, staff);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample contact logs to " + exports, e);
        }
    }

    /** The deliberate imperfections of the last {@link #write} and their rows. */
    public List<Blemish> blemishes() {
        return List.copyOf(blemishes);
    }

    // ---- parents ------------------------------------------------------------------------------

    private void writeParents(Path exports, StaffRoster staff) throws IOException {
        List<List<Pupil>> rosters = pupils(new Random(seed + 1));
        Map<String, String> mentors = mentors(staff);
        List<Contact> all = new ArrayList<>();
        for (int y = 0; y < YEARS.size(); y++) all.addAll(parentYear(y, rosters.get(y), mentors, staff, new Random(seed + 10 + y)));
        all.sort(Comparator.comparing((Contact c) -> c.date).thenComparing(c -> c.location).thenComparing(c -> c.clazz == null ? "" : c.clazz)
                .thenComparing(c -> c.counterpart == null ? "" : c.counterpart).thenComparing(c -> c.type));

        // Blemishes. The unknown channel: the first telephone call of 2023-2024.
        Contact fax = all.stream().filter(c -> c.date.getYear() == 2023 && c.date.getMonthValue() >= 9 && c.type.equals("Telefoongesprek"))
                .findFirst().orElseThrow();
        fax.channel = "Fax";
        // An exact duplicate: the first tienminutengesprek of March 2025, exported twice.
        int dupAt = indexOf(all, c -> c.date.getYear() == 2025 && c.date.getMonthValue() == 3 && c.type.equals("10-minutengesprek"));
        Contact duplicate = all.get(dupAt).copy();
        all.add(dupAt + 1, duplicate);
        // Impossible date and a year typo, each next to the rows of the date meant.
        Pupil a1 = rosters.get(1).get(0);
        Contact impossible = new Contact(LocalDate.of(2024, 2, 29), a1.number(), mentors.get(a1.clazz()), a1.location(), a1.clazz(), "Informeel contact");
        impossible.dateText = "31-02-2024";
        fill(impossible, "Persoonlijk", "School", "Positief", "Nee");
        all.add(indexOf(all, c -> !c.date.isBefore(LocalDate.of(2024, 3, 1))), impossible);
        Pupil b1 = rosters.get(0).get(60);
        Contact typo = new Contact(LocalDate.of(2023, 6, 15), b1.number(), mentors.get(b1.clazz()), b1.location(), b1.clazz(), "Informeel contact");
        typo.dateText = "15-06-2012";
        fill(typo, "Parro", "Ouder", "Neutraal", "Nee");
        all.add(indexOf(all, c -> c.date.isAfter(LocalDate.of(2023, 6, 15))), typo);

        List<String[]> rows = new ArrayList<>();
        for (Contact c : all) {
            rows.add(new String[]{c.dateText != null ? c.dateText : DMY.format(c.date), nz(c.counterpart), cp1252Safe(c.staff), c.location,
                    nz(c.clazz), c.type, nz(c.channel), nz(c.initiator), nz(c.tone), nz(c.child),
                    c.attendance == null ? "" : c.attendance.toString()});
        }
        for (int i = 0; i < all.size(); i++) {
            Contact c = all.get(i);
            int row = i + 2;
            if (c == fax) blemishes.add(new Blemish(PARENT_LOG, row, c.counterpart, "unknown channel 'Fax': kept, channel not recorded"));
            if (c == impossible) blemishes.add(new Blemish(PARENT_LOG, row, c.counterpart, "impossible date 31-02-2024: rejected"));
            if (c == typo) blemishes.add(new Blemish(PARENT_LOG, row, c.counterpart, "date 15-06-2012 outside the study's school years: rejected"));
            if (c == duplicate) blemishes.add(new Blemish(PARENT_LOG, row, c.counterpart, "exact copy of row " + (row - 1) + ": rejected as duplicate"));
            if (MISSING_PUPIL.equals(c.counterpart))
                blemishes.add(new Blemish(PARENT_LOG, row, c.counterpart, "pupil not on the roster: kept and flagged, not in reach"));
        }
        writeCsv(exports.resolve(PARENT_LOG), PARENT_HEADER, rows, CP1252, false);

        List<String[]> roster = new ArrayList<>();
        for (int y = 0; y < YEARS.size(); y++)
            for (Pupil p : rosters.get(y)) roster.add(new String[]{YEARS.get(y), p.location(), p.clazz(), p.number(), p.first(), p.last()});
        writeCsv(exports.resolve(PUPIL_ROSTER), new String[]{"Schooljaar", "Locatie", "Klas", "Leerlingnummer", "Roepnaam", "Achternaam"},
                roster, CP1252, false);
    }

    /** The pupils per year: fixed class places, about a fifth of them taken by a new pupil each year. */
    static List<List<Pupil>> pupils(Random r) {
        List<List<Pupil>> years = new ArrayList<>();
        int next = 100_001;
        List<Pupil> previous = null;
        for (int y = 0; y < YEARS.size(); y++) {
            List<Pupil> now = new ArrayList<>();
            int place = 0;
            for (Map.Entry<String, int[]> e : CLASS_SIZES.entrySet()) {
                int[] sizes = e.getValue();
                for (int k = 0; k < sizes.length; k++) {
                    String clazz = e.getKey().charAt(0) + String.valueOf(k + 1);
                    for (int s = 0; s < sizes[k]; s++, place++) {
                        Pupil p = previous == null || r.nextDouble() < 0.2 ? null : previous.get(place);
                        if (p == null) p = new Pupil(String.valueOf(next++), PUPIL_FIRST.get(r.nextInt(PUPIL_FIRST.size())),
                                PUPIL_LAST.get(r.nextInt(PUPIL_LAST.size())), e.getKey(), clazz);
                        now.add(p);
                    }
                }
            }
            years.add(now);
            previous = now;
        }
        return years;
    }

    /** Mentor per class: experienced staff of the location in the survey sample; the IB'er is the last of them. */
    private static Map<String, String> mentors(StaffRoster staff) {
        Map<String, String> m = new HashMap<>();
        for (Map.Entry<String, int[]> e : CLASS_SIZES.entrySet()) {
            List<Employment> experienced = staff.in(StaffRoster.SECOND_YEAR).stream()
                    .filter(x -> x.location().equals(e.getKey()) && x.group() == StaffGroup.ERVAREN).toList();
            for (int k = 0; k < e.getValue().length; k++)
                m.put(e.getKey().charAt(0) + String.valueOf(k + 1), experienced.get(k % experienced.size()).person().displayName());
            m.put("IB " + e.getKey(), experienced.get(experienced.size() - 1).person().displayName());
        }
        return m;
    }

    private List<Contact> parentYear(int y, List<Pupil> pupils, Map<String, String> mentors, StaffRoster staff, Random r) {
        int year = 2022 + y;
        List<Integer> order = shuffled(pupils.size(), r);
        List<Integer> inTime = order.subList(0, STARTGESPREK_IN_TIME[y]);
        List<Integer> late = order.subList(STARTGESPREK_IN_TIME[y], STARTGESPREK_IN_TIME[y] + STARTGESPREK_LATE[y]);
        List<Integer> none = order.subList(STARTGESPREK_IN_TIME[y] + STARTGESPREK_LATE[y], pupils.size());
        Set<Integer> firstWeeks = new HashSet<>(inTime.subList(0, FIRST_WEEKS[y]));
        Set<Integer> never = new HashSet<>(none.subList(0, NEVER_CONTACTED[y]));
        List<Integer> withStart = new ArrayList<>(inTime);
        withStart.addAll(late);
        Collections.shuffle(withStart, r);
        Set<Integer> regular = new HashSet<>(withStart.subList(0, EVERY_PERIOD[y]));
        Set<Integer> homeVisit = new HashSet<>();
        for (Map.Entry<String, Integer> e : HOME_VISITS.entrySet()) {
            List<Integer> here = withStart.stream().filter(i -> pupils.get(i).location().equals(e.getKey())).toList();
            homeVisit.addAll(here.subList(here.size() - e.getValue(), here.size()));
        }
        Set<Integer> lateSet = new HashSet<>(late);
        Set<Integer> inTimeSet = new HashSet<>(inTime);

        LocalDate[][] periods = {
                {LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 31)},
                {LocalDate.of(year, 11, 1), LocalDate.of(year + 1, 1, 31)},
                {LocalDate.of(year + 1, 2, 1), LocalDate.of(year + 1, 4, 30)},
                {LocalDate.of(year + 1, 5, 1), LocalDate.of(year + 1, 7, 11)}};
        List<Contact> out = new ArrayList<>();
        boolean firstLate = true;
        for (int i = 0; i < pupils.size(); i++) {
            Pupil p = pupils.get(i);
            String mentor = mentors.get(p.clazz());
            Set<LocalDate> used = new HashSet<>();
            Set<Integer> has = new HashSet<>();
            List<Contact> mine = new ArrayList<>();
            if (inTimeSet.contains(i) || lateSet.contains(i)) {
                LocalDate d;
                if (inTimeSet.contains(i)) d = firstWeeks.contains(i)
                        ? weekday(LocalDate.of(year, 8, 22), LocalDate.of(year, 9, 25), used, r)
                        : weekday(LocalDate.of(year, 9, 26), LocalDate.of(year, 9, 30), used, r);
                else if (firstLate) {
                    d = LocalDate.of(year, 10, 1);
                    while (d.getDayOfWeek().getValue() > 5) d = d.plusDays(1);
                    used.add(d);
                    firstLate = false;
                } else d = weekday(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 31), used, r);
                mine.add(new Contact(d, p.number(), mentor, p.location(), p.clazz(), "Startgesprek"));
                has.add(0);
                boolean[] take = new boolean[4];
                if (regular.contains(i)) {
                    take[1] = take[2] = take[3] = true;
                } else {
                    take[1] = r.nextDouble() < 0.7;
                    take[2] = r.nextDouble() < 0.6;
                    take[3] = r.nextDouble() < 0.4;
                    if (take[1] && take[2] && take[3]) take[1 + r.nextInt(3)] = false;
                }
                periodContacts(take, p, mentor, periods, used, has, mine, r);
                if (homeVisit.contains(i))
                    mine.add(new Contact(weekday(periods[0][0], periods[0][1], used, r), p.number(), mentor, p.location(), p.clazz(), "Huisbezoek"));
            } else if (!never.contains(i)) {
                boolean[] take = {false, r.nextDouble() < 0.6, r.nextDouble() < 0.6, r.nextDouble() < 0.6};
                if (!take[1] && !take[2] && !take[3]) take[1 + r.nextInt(3)] = true;
                periodContacts(take, p, mentor, periods, used, has, mine, r);
            }
            if (!mine.isEmpty()) {
                List<Integer> open = new ArrayList<>(has);
                Collections.sort(open);
                int extra = r.nextInt(4);
                for (int k = 0; k < extra; k++) {
                    int per = open.get(r.nextInt(open.size()));
                    boolean phone = r.nextDouble() < 0.35;
                    String by = phone && r.nextDouble() < 0.2 ? mentors.get("IB " + p.location()) : mentor;
                    mine.add(new Contact(weekday(periods[per][0], periods[per][1], used, r), p.number(), by, p.location(), p.clazz(),
                            phone ? "Telefoongesprek" : "Informeel contact"));
                }
            }
            for (Contact c : mine) c.rosterPupil = true;
            out.addAll(mine);
        }
        if (year == 2024) {
            // Pupil 199999 started at Duin in November and is not on the roster export yet.
            String mentor = mentors.get("D2");
            out.add(new Contact(LocalDate.of(2024, 11, 12), MISSING_PUPIL, mentor, "Duin", "D2", "Informeel contact"));
            out.add(new Contact(LocalDate.of(2025, 2, 11), MISSING_PUPIL, mentor, "Duin", "D2", "Informeel contact"));
        }
        assignAttributes(y, out, r);
        out.addAll(collective(year, pupils, mentors, r));
        return out;
    }

    private static void periodContacts(boolean[] take, Pupil p, String mentor, LocalDate[][] periods, Set<LocalDate> used,
                                       Set<Integer> has, List<Contact> mine, Random r) {
        int year = periods[0][0].getYear();
        if (take[1]) {
            mine.add(new Contact(weekday(LocalDate.of(year, 11, 4), LocalDate.of(year, 11, 29), used, r), p.number(), mentor,
                    p.location(), p.clazz(), "10-minutengesprek"));
            has.add(1);
        }
        if (take[2]) {
            mine.add(new Contact(weekday(LocalDate.of(year + 1, 3, 3), LocalDate.of(year + 1, 3, 28), used, r), p.number(), mentor,
                    p.location(), p.clazz(), "10-minutengesprek"));
            has.add(2);
        }
        if (take[3]) {
            mine.add(new Contact(weekday(periods[3][0], periods[3][1], used, r), p.number(), mentor, p.location(), p.clazz(),
                    r.nextDouble() < 0.3 ? "Telefoongesprek" : "Informeel contact"));
            has.add(3);
        }
    }

    /** Tone, initiator, child present and channel with the year's exact quotas (see the class comment). */
    private static void assignAttributes(int y, List<Contact> contacts, Random r) {
        int m = contacts.size();
        // First contact of each roster pupil (dates of one pupil are distinct).
        Map<String, Contact> first = new HashMap<>();
        for (Contact c : contacts) {
            if (!c.rosterPupil) continue;
            Contact f = first.get(c.counterpart);
            if (f == null || c.date.isBefore(f.date)) first.put(c.counterpart, c);
        }
        List<Contact> firsts = new ArrayList<>(first.values());
        firsts.sort(Comparator.comparing(c -> c.counterpart));
        Collections.shuffle(firsts, r);
        Set<Contact> firstSet = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        firstSet.addAll(firsts);
        List<Contact> others = new ArrayList<>(contacts.stream().filter(c -> !firstSet.contains(c)).toList());
        Collections.shuffle(others, r);
        int positive = (int) Math.round(SHARE_POSITIVE[y] * m);
        int firstPositive = (int) Math.round(FIRST_POSITIVE[y] * firsts.size());
        int rest = positive - firstPositive;
        if (rest < 0 || rest > others.size()) throw new IllegalStateException("tone quotas do not fit in " + YEARS.get(y));
        for (int i = 0; i < firsts.size(); i++) firsts.get(i).tone = i < firstPositive ? "Positief" : notPositive(r);
        for (int i = 0; i < others.size(); i++) others.get(i).tone = i < rest ? "Positief" : notPositive(r);

        List<Contact> informal = new ArrayList<>(contacts.stream()
                .filter(c -> c.type.equals("Informeel contact") || c.type.equals("Telefoongesprek")).toList());
        Collections.shuffle(informal, r);
        int byParent = (int) Math.round(INITIATED_BY_PARENT[y] * m);
        if (byParent > informal.size()) throw new IllegalStateException("initiator quota does not fit in " + YEARS.get(y));
        for (Contact c : contacts) c.initiator = "School";
        for (int i = 0; i < byParent; i++) informal.get(i).initiator = "Ouder";

        List<Contact> talks = new ArrayList<>(contacts.stream().filter(c -> !informal.contains(c)).toList());
        Collections.shuffle(talks, r);
        List<Contact> byPreference = new ArrayList<>(talks);
        byPreference.addAll(informal);
        int child = (int) Math.round(CHILD_PRESENT[y] * m);
        for (int i = 0; i < byPreference.size(); i++) byPreference.get(i).child = i < child ? "Ja" : "Nee";

        for (Contact c : contacts) {
            double u = r.nextDouble();
            c.channel = switch (c.type) {
                case "Startgesprek" -> u < 0.85 ? "Persoonlijk" : "Teams";
                case "10-minutengesprek" -> u < 0.9 ? "Persoonlijk" : "Teams";
                case "Huisbezoek" -> "Persoonlijk";
                case "Telefoongesprek" -> "Telefonisch";
                default -> u < 0.5 ? "Persoonlijk" : u < 0.7 ? "Parro" : u < 0.85 ? "E-mail" : "Brief";
            };
        }
    }

    private static String notPositive(Random r) {
        return r.nextDouble() < 0.6 ? "Neutraal" : "Zorgen";
    }

    private static List<Contact> collective(int year, List<Pupil> pupils, Map<String, String> mentors, Random r) {
        List<Contact> out = new ArrayList<>();
        Object[][] plan = {{"Ouderavond", 9, 12, 22, 0.25, 0.65}, {"Koffieochtend", 10, 8, 24, 0.10, 0.30},
                {"Inloopochtend", 11, 11, 22, 0.10, 0.30}, {"Koffieochtend", 1, 14, 28, 0.10, 0.30},
                {"Ouderavond", 2, 3, 14, 0.25, 0.65}, {"Inloopochtend", 3, 10, 21, 0.10, 0.30}, {"Koffieochtend", 4, 7, 18, 0.10, 0.30}};
        for (String location : CLASS_SIZES.keySet()) {
            long n = pupils.stream().filter(p -> p.location().equals(location)).count();
            for (Object[] a : plan) {
                int month = (int) a[1];
                int y = month >= 8 ? year : year + 1;
                LocalDate d = weekday(LocalDate.of(y, month, (int) a[2]), LocalDate.of(y, month, (int) a[3]), new HashSet<>(), r);
                Contact c = new Contact(d, null, mentors.get("IB " + location), location, null, (String) a[0]);
                double share = (double) a[4] + r.nextDouble() * ((double) a[5] - (double) a[4]);
                c.attendance = Math.max(1, (int) Math.round(share * n));
                c.channel = "Persoonlijk";
                c.initiator = "School";
                out.add(c);
            }
        }
        return out;
    }

    // ---- new colleagues -----------------------------------------------------------------------

    private void writeBuddies(Path exports, StaffRoster staff) throws IOException {
        Random r = new Random(seed + 100);
        List<Contact> meetings = new ArrayList<>();
        List<String[]> roster = new ArrayList<>();
        for (int y = 0; y < BUDDY_YEARS.size(); y++) {
            String year = BUDDY_YEARS.get(y);
            int startYear = Integer.parseInt(year.substring(0, 4));
            LocalDate firstDay = LocalDate.of(startYear, 8, 19);
            while (firstDay.getDayOfWeek() != DayOfWeek.MONDAY) firstDay = firstDay.plusDays(1);
            List<Employment> newcomers = new ArrayList<>(staff.in(year).stream().filter(e -> e.group() == StaffGroup.NIEUW).toList());
            Collections.shuffle(newcomers, r);
            List<Employment> regularOrder = new ArrayList<>(newcomers);
            Collections.shuffle(regularOrder, r);
            Set<Employment> regular = new HashSet<>(regularOrder.subList(0, BUDDY_EVERY_PERIOD[y]));
            for (int i = 0; i < newcomers.size(); i++) {
                Employment e = newcomers.get(i);
                String name = cp1252Safe(e.person().displayName());
                List<Employment> experienced = staff.in(year).stream()
                        .filter(x -> x.location().equals(e.location()) && x.group() == StaffGroup.ERVAREN).toList();
                String buddy = cp1252Safe(experienced.get(i % experienced.size()).person().displayName());
                String coach = cp1252Safe(experienced.get(experienced.size() - 1).person().displayName());
                LocalDate start = i % 9 == 8 ? firstDay.plusWeeks(4) : i % 5 == 4 ? firstDay.plusWeeks(2) : firstDay;
                roster.add(new String[]{name, e.person().email(), e.location(), DMY.format(start)});
                Set<LocalDate> used = new HashSet<>();
                boolean inTime = i < BUDDY_FIRST_WEEK[y];
                LocalDate meeting = inTime ? weekday(start, start.plusDays(6), used, r) : weekday(start.plusDays(8), start.plusDays(30), used, r);
                List<LocalDate> dates = new ArrayList<>(List.of(meeting));
                int gapFrom = y == 0 ? 28 : 14, gapTo = y == 0 ? 56 : 21;
                LocalDate end = LocalDate.of(startYear + 1, regular.contains(e) ? 7 : 1, regular.contains(e) ? 10 : 31);
                while (true) {
                    LocalDate next = weekday(meeting.plusDays(gapFrom), meeting.plusDays(gapTo), used, r);
                    if (next.isAfter(end)) break;
                    dates.add(next);
                    meeting = next;
                }
                if (regular.contains(e)) {
                    // At least one meeting in every quarter.
                    int[][] quarters = {{11, 1}, {2, 4}, {5, 7}};
                    for (int[] q : quarters) {
                        LocalDate from = LocalDate.of(q[0] >= 8 ? startYear : startYear + 1, q[0], 1);
                        LocalDate to = LocalDate.of(startYear + 1, q[1], q[1] == 7 ? 10 : 28);
                        if (dates.stream().noneMatch(d -> !d.isBefore(from) && !d.isAfter(to))) dates.add(weekday(from, to, used, r));
                    }
                }
                for (LocalDate d : dates) meetings.add(buddyMeeting(d, name, buddy, e.location(), "Buddygesprek", r));
                boolean coached = y == 1 || i % 2 == 0;
                if (coached) {
                    meetings.add(buddyMeeting(weekday(LocalDate.of(startYear, 10, 7), LocalDate.of(startYear, 10, 30), used, r),
                            name, coach, e.location(), "Coachgesprek", r));
                    meetings.add(buddyMeeting(weekday(LocalDate.of(startYear + 1, 3, 3), LocalDate.of(startYear + 1, 3, 28), used, r),
                            name, coach, e.location(), "Coachgesprek", r));
                }
            }
        }
        meetings.sort(Comparator.comparing((Contact c) -> c.date).thenComparing(c -> c.counterpart).thenComparing(c -> c.type));
        writeBuddyWorkbook(exports.resolve(BUDDY_LOG), meetings);
        writeCsv(exports.resolve(NEW_COLLEAGUES), new String[]{"Naam", "E-mail", "Locatie", "Startdatum"}, roster, CP1252, false);
    }

    private static Contact buddyMeeting(LocalDate d, String name, String by, String location, String type, Random r) {
        Contact c = new Contact(d, name, by, location, null, type);
        double u = r.nextDouble();
        c.channel = u < 0.75 ? "Face-to-face" : u < 0.95 ? "Teams" : "Telefonisch";
        return c;
    }

    private static void writeBuddyWorkbook(Path target, List<Contact> meetings) throws IOException {
        LocalDate last = meetings.get(meetings.size() - 1).date.plusDays(1);
        byte[] raw;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Buddygesprekken");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("d-m-yyyy"));
            String[] header = {"Datum", "Nieuwe collega", "Buddy", "Locatie", "Soort gesprek", "Vorm"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) h.createCell(c).setCellValue(header[c]);
            int i = 1;
            for (Contact m : meetings) {
                Row row = sheet.createRow(i++);
                row.createCell(0).setCellValue(m.date);
                row.getCell(0).setCellStyle(dateStyle);
                row.createCell(1).setCellValue(m.counterpart);
                row.createCell(2).setCellValue(m.staff);
                row.createCell(3).setCellValue(m.location);
                row.createCell(4).setCellValue(m.type);
                row.createCell(5).setCellValue(m.channel);
            }
            for (int c = 0; c < header.length; c++) sheet.setColumnWidth(c, 20 * 256);
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            Date when = Date.from(last.atTime(8, 30).toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(when));
            core.setModified(Optional.of(when));
            core.setCreator("Samenkracht (synthetische voorbeelddata)");
            core.setTitle("Buddygesprekken nieuwe collega's (SYNTHETISCH)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            raw = out.toByteArray();
        }
        Files.write(target, ReproducibleZip.normalise(raw, last.atTime(8, 30)));
    }

    // ---- partners -----------------------------------------------------------------------------

    private void writePartners(Path exports, StaffRoster staff) throws IOException {
        Random r = new Random(seed + 200);
        Map<String, String> mentors = mentors(staff);
        List<Contact> contacts = new ArrayList<>();
        List<String[]> roster = new ArrayList<>();
        for (String[] loc : PARTNER_NAMES) for (int k = 1; k < loc.length; k++) roster.add(new String[]{loc[k], loc[0]});
        for (int y = 0; y < YEARS.size(); y++) {
            int year = 2022 + y;
            for (String[] loc : PARTNER_NAMES) {
                for (int k = 1; k < loc.length; k++) {
                    if (y == 0 && loc[k].equals("Wijkteam Haven")) continue; // planted: never contacted in 2022-2023
                    Set<LocalDate> used = new HashSet<>();
                    int n = 3 + r.nextInt(6);
                    for (int j = 0; j < n; j++) {
                        LocalDate d = weekday(LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 7, 10), used, r);
                        boolean phone = r.nextDouble() < 0.4;
                        Contact c = new Contact(d, loc[k], mentors.get("IB " + loc[0]), loc[0], null,
                                phone ? "Telefoongesprek" : r.nextDouble() < 0.5 ? "Overleg" : "Casusoverleg");
                        double u = r.nextDouble();
                        c.channel = phone ? "Telefonisch" : u < 0.6 ? "Persoonlijk" : u < 0.9 ? "Teams" : "E-mail";
                        c.initiator = r.nextDouble() < 0.35 ? "Partner" : "School";
                        double t = r.nextDouble();
                        c.tone = t < 0.3 ? "Positief" : t < 0.8 ? "Neutraal" : "Zorgen";
                        contacts.add(c);
                    }
                }
            }
        }
        contacts.sort(Comparator.comparing((Contact c) -> c.date).thenComparing(c -> c.counterpart));
        List<String[]> rows = new ArrayList<>();
        for (Contact c : contacts)
            rows.add(new String[]{DMY.format(c.date), c.counterpart, cp1252Safe(c.staff), c.location, c.type, c.channel, c.initiator, c.tone});
        writeCsv(exports.resolve(PARTNER_LOG), new String[]{"Datum", "Organisatie", "Medewerker", "Locatie", "Soort", "Kanaal", "Initiatief",
                "Toon"}, rows, StandardCharsets.UTF_8, true);
        writeCsv(exports.resolve(PARTNERS), new String[]{"Organisatie", "Locatie"}, roster, StandardCharsets.UTF_8, true);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A Monday-to-Friday date in [from, to] not yet in {@code used}. */
    static LocalDate weekday(LocalDate from, LocalDate to, Set<LocalDate> used, Random r) {
        List<LocalDate> free = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1))
            if (d.getDayOfWeek().getValue() <= 5 && !used.contains(d)) free.add(d);
        if (free.isEmpty()) throw new IllegalStateException("no free weekday between " + from + " and " + to);
        LocalDate d = free.get(r.nextInt(free.size()));
        used.add(d);
        return d;
    }

    private static void fill(Contact c, String channel, String initiator, String tone, String child) {
        c.channel = channel;
        c.initiator = initiator;
        c.tone = tone;
        c.child = child;
    }

    private static int indexOf(List<Contact> all, java.util.function.Predicate<Contact> p) {
        for (int i = 0; i < all.size(); i++) if (p.test(all.get(i))) return i;
        throw new IllegalStateException("no such contact");
    }

    private static List<Integer> shuffled(int n, Random r) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        Collections.shuffle(order, r);
        return order;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Windows-1252 cannot hold every letter (ş, ğ): Excel would write '?'; the sample drops the accent instead. */
    static String cp1252Safe(String s) {
        if (s == null) return "";
        CharsetEncoder enc = CP1252.newEncoder();
        if (enc.canEncode(s)) return s;
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            String c = String.valueOf(ch);
            b.append(enc.canEncode(c) ? c : Normalizer.normalize(c, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }
        return b.toString();
    }

    /** ';'-separated, CRLF, quoted only where needed, as Excel writes "CSV (puntkomma)". */
    static void writeCsv(Path target, String[] header, List<String[]> rows, Charset charset, boolean bom) throws IOException {
        StringBuilder b = new StringBuilder();
        if (bom) b.append('\uFEFF');
        b.append(csvLine(header));
        for (String[] r : rows) b.append(csvLine(r));
        Files.write(target, b.toString().getBytes(charset));
    }

    private static String csvLine(String[] cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) b.append(';');
            String c = cells[i] == null ? "" : cells[i];
            if (c.contains(";") || c.contains("\"") || c.contains("\n")) c = '"' + c.replace("\"", "\"\"") + '"';
            b.append(c);
        }
        return b.append("\r\n").toString();
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... kv) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (V) kv[i + 1]);
        return Collections.unmodifiableMap(m);
    }

    /** The {@code contacts:} section for data-samples/study.yaml (also docs/sample-contacts-snippet.yaml). */
    public static String snippet() {
        return """
                # Contact logs of the sample study (SYNTHETIC, written by ContactSampleGenerator): parent contacts
                # 2022-2023 … 2024-2025, buddy meetings of new colleagues 2023-2024 and 2024-2025, partner contacts.
                # Add under the top level of data-samples/study.yaml. Field reference: docs/config-contacts.md
                contacts:
                  options:
                    school_years: ["2022-2023", "2023-2024", "2024-2025"]
                    first_weeks: 6
                    first_weeks_start: "08-15"
                    deadlines:
                      startgesprek: {month_day: "10-01", kinds: [ouder]}
                      buddygesprek: {days_after_start: 7, kinds: [nieuwe_collega]}
                    periods: [aug-okt, nov-jan, feb-apr, mei-jul]
                    collective_types: [ouderavond, koffieochtend, inloop]
                  rosters:
                    - id: leerlingen
                      kind: ouder
                      files: [exports/leerlingen.csv]
                      columns: {counterpart: Leerlingnummer, location: Locatie, class: Klas, school_year: Schooljaar}
                    - id: nieuwe-collegas
                      kind: nieuwe_collega
                      files: [exports/nieuwe_collegas.csv]
                      date_format: dd-MM-yyyy
                      columns: {counterpart: Naam, location: Locatie, start_date: Startdatum}
                    - id: partners
                      kind: partner
                      files: [exports/partners.csv]
                      columns: {counterpart: Organisatie, location: Locatie}
                  logs:
                    - id: contacten-ouders
                      kind: ouder
                      files: [exports/contacten_ouders.csv]
                      date_format: dd-MM-yyyy
                      columns:
                        date: Datum
                        counterpart: Leerling
                        staff: Medewerker
                        location: Locatie
                        class: Klas
                        type: Soort contact
                        channel: Kanaal
                        initiator: Initiatief
                        tone: Toon
                        child_present: Kind aanwezig
                        attendance: Aantal aanwezigen
                      values:
                        type:
                          "Startgesprek": startgesprek
                          "10-minutengesprek": tienminutengesprek
                          "Huisbezoek": huisbezoek
                          "Informeel contact": informeel
                          "Telefoongesprek": telefonisch_contact
                          "Ouderavond": ouderavond
                          "Koffieochtend": koffieochtend
                          "Inloopochtend": inloop
                        channel: {"Persoonlijk": mondeling, "Telefonisch": telefoon, "Parro": digitaal, "E-mail": digitaal,
                                  "Teams": digitaal, "Brief": schriftelijk}
                        initiator: {"School": school, "Ouder": ander}
                        tone: {"Positief": positief, "Neutraal": neutraal, "Zorgen": zorg}
                        child_present: {"Ja": ja, "Nee": nee}
                    - id: buddygesprekken
                      kind: nieuwe_collega
                      files: [exports/buddygesprekken.xlsx]
                      sheet: Buddygesprekken
                      columns: {date: Datum, counterpart: Nieuwe collega, staff: Buddy, location: Locatie, type: Soort gesprek,
                                channel: Vorm}
                      values:
                        type: {"Buddygesprek": buddygesprek, "Coachgesprek": coachgesprek}
                        channel: {"Face-to-face": mondeling, "Teams": digitaal, "Telefonisch": telefoon}
                    - id: contacten-partners
                      kind: partner
                      files: [exports/contacten_partners.csv]
                      date_format: dd-MM-yyyy
                      columns: {date: Datum, counterpart: Organisatie, staff: Medewerker, location: Locatie, type: Soort,
                                channel: Kanaal, initiator: Initiatief, tone: Toon}
                      values:
                        type: {"Overleg": overleg, "Casusoverleg": overleg, "Telefoongesprek": telefonisch_contact}
                        channel: {"Persoonlijk": mondeling, "Telefonisch": telefoon, "Teams": digitaal, "E-mail": digitaal}
                        initiator: {"School": school, "Partner": ander}
                        tone: {"Positief": positief, "Neutraal": neutraal, "Zorgen": zorg}
                """;
    }

    /** For development: {@code java … ContactSampleGenerator data-samples [seed]}; prints the blemishes. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "data-samples");
        ContactSampleGenerator g = args.length > 1 ? new ContactSampleGenerator(Long.parseLong(args[1])) : new ContactSampleGenerator();
        g.write(dir);
        for (Blemish b : g.blemishes()) System.out.println(b.file() + " row " + b.row() + " (" + b.person() + "): " + b.what());
    }
}
