package nl.samenkracht.generate;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Generates the SYNTHETIC interview sample of data-samples/: a MAXQDA "Coded Segments" export of
 * interviews with twelve new colleagues of VSO De Kompasroos in school year 2024-2025, once in
 * October 2024 (voormeting, as the new onboarding protocol started) and once in May 2025
 * (nameting). Every name and every sentence is made up; the codes are the needs and experiences of
 * seed 003 (bijlage 3).
 *
 * <h2>Planted</h2>
 * Exactly {@link #PLAN} respondents (of 12) mention each code per wave; who does is drawn with the
 * seed. "In het diepe gegooid" is named by 9 of 12 in the voormeting and 2 of 12 in the nameting;
 * "Buddy helpt" rises from 2 to 10; "Orde" (5), "Voorbeeld" (4) and "Meedraaien" (6) stay common in
 * the nameting, so with the sample's targets (share at most 30%) those needs get "aandacht".
 * A respondent names a code in one passage, sometimes two; when someone names both "In het diepe
 * gegooid" and "Houvast" in the voormeting, about half the time one passage carries both codes.
 *
 * <h2>Layout</h2>
 * Sheet "Coded Segments", MAXQDA's English column headers (Color, Document group, Document name,
 * Code, Beginning, End, Weight score, Segment, Comment, Created by, Created, Area, Coverage %),
 * codes as {@code Parent\Child}, document groups "Voormeting Akker" … "Nameting Haven", documents
 * "Interview Voornaam Achternaam" (the same name in both waves, so a respondent links across waves).
 * One blemish: an image segment (no text, Area "320x180") in the nameting, which the reader rejects.
 * Zip entries carry a fixed time, so the same seed gives the same bytes.
 */
public final class InterviewSampleGenerator {
    public static final String FOLDER = "interviews";
    public static final String FILE = "inwerken_2024-2025_interviews_maxqda.xlsx";
    public static final String SHEET = "Coded Segments";
    public static final List<String> HEADER = List.of("Color", "Document group", "Document name", "Code", "Beginning", "End",
            "Weight score", "Segment", "Comment", "Created by", "Created", "Area", "Coverage %");
    /** The same columns as a MAXQDA with a Polish interface names them (issue 15: exports come in the user's language). */
    public static final List<String> HEADER_PL = List.of("Kolor", "Grupa dokumentów", "Nazwa dokumentu", "Kod", "Początek", "Koniec",
            "Waga", "Fragment", "Komentarz", "Utworzony przez", "Utworzono", "Obszar", "Pokrycie %");
    /**
     * The same columns as a MAXQDA with a German interface names them; {@link #writeOldXls} writes them as a MAXQDA
     * before 2018 (MAXQDA 11/12) exported coded segments: an Excel 97-2003 workbook (.xls).
     */
    public static final List<String> HEADER_DE = List.of("Farbe", "Dokumentgruppe", "Dokumentname", "Code", "Anfang", "Ende",
            "Gewicht", "Segment", "Kommentar", "Erstellt von", "Erstellt am", "Fläche", "Abdeckungsgrad %");
    public static final List<String> WAVES = List.of("Voormeting", "Nameting");
    /** Respondents interviewed per location (12 of the 22 new colleagues of 2024-2025). */
    public static final Map<String, Integer> LOCATIONS = ordered("Akker", 4, "Beek", 3, "Duin", 3, "Haven", 2);

    static final String DIEP = "Ervaringen\\In het diepe gegooid";
    static final String HOUVAST = "Behoeften\\Houvast";
    static final String ORDE = "Behoeften\\Orde";
    static final String STRUCTUUR = "Behoeften\\Structuur";
    static final String WETEN = "Behoeften\\Weten wie te vragen";
    static final String VOORBEELD = "Behoeften\\Voorbeeld";
    static final String MEEDRAAIEN = "Behoeften\\Meedraaien";
    static final String BUDDY = "Ervaringen\\Buddy helpt";

    /** Code → respondents (of 12) mentioning it in {voormeting, nameting}. */
    public static final Map<String, int[]> PLAN = planned();

    private static Map<String, int[]> planned() {
        Map<String, int[]> m = new LinkedHashMap<>();
        m.put(DIEP, new int[]{9, 2});
        m.put(HOUVAST, new int[]{8, 3});
        m.put(ORDE, new int[]{6, 5});
        m.put(STRUCTUUR, new int[]{7, 2});
        m.put(WETEN, new int[]{8, 1});
        m.put(VOORBEELD, new int[]{5, 4});
        m.put(MEEDRAAIEN, new int[]{6, 6});
        m.put(BUDDY, new int[]{2, 10});
        return Collections.unmodifiableMap(m);
    }

    private static final Map<String, List<List<String>>> TEXTS = texts();
    private static final List<String> DIEP_AND_HOUVAST = List.of(
            "Je wordt in het diepe gegooid en er is niets waar je je aan vast kunt houden.",
            "Ik zwom maar wat; ik miste iets om op terug te vallen.",
            "Meteen alleen voor de groep, zonder dat ik wist waar ik op kon bouwen.");

    private static Map<String, List<List<String>>> texts() {
        Map<String, List<List<String>>> t = new LinkedHashMap<>();
        t.put(DIEP, List.of(List.of(
                "Het voelde echt alsof ik in het diepe werd gegooid.",
                "De eerste week stond ik meteen alleen voor de klas, zonder dat iemand me iets had uitgelegd.",
                "Je moet het gewoon zelf uitzoeken, zo voelde het.",
                "Ik kreeg op maandag mijn rooster en stond dinsdag al voor een groep."), List.of(
                "In het begin was het even zwemmen, maar dat duurde kort.",
                "Eén dag voelde ik me in het diepe gegooid, toen mijn buddy ziek was.")));
        t.put(HOUVAST, List.of(List.of(
                "Ik zoek houvast: iets waar ik op terug kan vallen.",
                "Ik mis een vast punt, iemand of iets waar ik op kan bouwen.",
                "Ik zou graag een soort leidraad hebben voor de eerste weken."), List.of(
                "Soms mis ik nog houvast als er iets onverwachts gebeurt.",
                "Bij incidenten weet ik nog niet altijd waar ik op kan terugvallen.")));
        t.put(ORDE, List.of(List.of(
                "Er komt zoveel op je af; ik kan het overzicht niet houden.",
                "Alle informatie staat op verschillende plekken, het is een chaos.",
                "Ik krijg tientallen mails en documenten en weet niet wat belangrijk is."), List.of(
                "Het verzameldocument helpt, maar er komt nog steeds veel op me af.",
                "Het overzicht houden blijft lastig naast alle lessen.",
                "Ik heb nog steeds het gevoel dat ik achter de feiten aanloop.")));
        t.put(STRUCTUUR, List.of(List.of(
                "Er zijn zoveel regels en afspraken, ik kan ze niet allemaal onthouden.",
                "Elke locatie heeft weer andere afspraken; dat maakt het lastig.",
                "Ik wil weten welke afspraken er gelden rond het gedrag van leerlingen."), List.of(
                "Sommige afspraken over time-outs zijn me nog niet helemaal duidelijk.",
                "Ik zou de afspraken per locatie nog op één plek willen hebben.")));
        t.put(WETEN, List.of(List.of(
                "Ik weet niet aan wie ik welke vraag moet stellen.",
                "Ik durf niet zo snel om hulp te vragen, iedereen heeft het al zo druk.",
                "Voor roostervragen en voor leerlingzaken moet je bij verschillende mensen zijn, maar bij wie?"), List.of(
                "Voor vragen over het leerlingvolgsysteem wist ik eerst niet bij wie ik moest zijn.")));
        t.put(VOORBEELD, List.of(List.of(
                "Ik zou graag zien hoe een ervaren collega een les met deze leerlingen opbouwt.",
                "Een voorbeeld van een goed gesprek met een leerling zou me helpen.",
                "Ik zoek naar de juiste leerkrachthouding; een voorbeeld zou helpen."), List.of(
                "Ik zou nog vaker willen zien hoe anderen met lastige situaties omgaan.",
                "Een voorbeeld van een handelingsplan had me tijd gescheeld.")));
        t.put(MEEDRAAIEN, List.of(List.of(
                "Ik had graag eerst een paar dagen met iemand mee willen draaien.",
                "Meelopen op een andere locatie zou me helpen om te zien hoe het moet."), List.of(
                "Ik heb één dag meegedraaid; een paar dagen meer had ik fijn gevonden.",
                "Door de roosters was meedraaien met meerdere collega's lastig te regelen.",
                "Ik had graag ook bij een collega van de bovenbouw meegekeken.")));
        t.put(BUDDY, List.of(List.of(
                "Ik heb net een buddy gekregen, we hebben één keer afgesproken.",
                "Mijn buddy heeft me de eerste dag rondgeleid."), List.of(
                "Mijn buddy is er altijd voor vragen, ook over kleine dingen.",
                "Het wekelijkse gesprek met mijn buddy geeft rust.",
                "Met mijn buddy kan ik ook mijn twijfels bespreken, zonder dat het meteen een probleem wordt.",
                "Mijn buddy neemt geen werk over, maar denkt wel met me mee.")));
        return Collections.unmodifiableMap(t);
    }

    /** One row of the export. */
    record SegmentRow(String group, String document, String code, int begin, int end, String text, String created,
                      String area, double coverage) {}

    private final long seed;

    public InterviewSampleGenerator() {
        this(SampleStudyGenerator.DEFAULT_SEED);
    }

    public InterviewSampleGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes {@code dataSamplesDir/interviews/}{@value #FILE}, replacing it. */
    public Path write(Path dataSamplesDir) {
        Path target = dataSamplesDir.resolve(FOLDER).resolve(FILE);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, workbook(rows(), HEADER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample interviews to " + target, e);
        }
        return target;
    }

    /** Writes the same coded segments as exported from a MAXQDA with a Polish interface ({@link #HEADER_PL}) to {@code target}. */
    public Path writePolish(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.write(target, workbook(rows(), HEADER_PL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the interviews to " + target, e);
        }
        return target;
    }

    /**
     * Writes the same coded segments as an older MAXQDA (11/12) with a German interface exported them: an Excel
     * 97-2003 workbook (.xls, POI's HSSF writer), headers {@link #HEADER_DE}, code paths {@code Parent\Child}.
     */
    public Path writeOldXls(Path target) {
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            Files.createDirectories(target.toAbsolutePath().getParent());
            fill(wb, rows(), HEADER_DE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            Files.write(target, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the interviews to " + target, e);
        }
        return target;
    }

    /** Rows (coded segments) of every export this generator writes, whatever its language or workbook format. */
    public int segmentCount() {
        return rows().size();
    }

    /** The rows of the export, in MAXQDA's order: wave, document, position in the document. */
    List<SegmentRow> rows() {
        Random rnd = new Random(seed ^ 0x1A7E_2B1EL);
        DutchNames names = new DutchNames(rnd);
        List<String> people = new ArrayList<>();
        List<String> location = new ArrayList<>();
        LOCATIONS.forEach((loc, n) -> {
            for (int i = 0; i < n; i++) {
                people.add("Interview " + names.next().displayName());
                location.add(loc);
            }
        });
        int size = people.size();
        List<SegmentRow> rows = new ArrayList<>();
        for (int w = 0; w < WAVES.size(); w++) {
            boolean[][] mentions = assign(rnd, size, w);
            LocalDate firstDay = w == 0 ? LocalDate.of(2024, 10, 7) : LocalDate.of(2025, 5, 12);
            for (int p = 0; p < size; p++) {
                String group = WAVES.get(w) + " " + location.get(p);
                LocalDateTime coded = firstDay.plusDays(p).atTime(9 + rnd.nextInt(7), rnd.nextInt(60));
                int paragraph = 2 + rnd.nextInt(3);
                List<String> codes = new ArrayList<>(PLAN.keySet());
                boolean both = w == 0 && mentions[p][0] && mentions[p][1] && rnd.nextBoolean();
                for (int c = 0; c < codes.size(); c++) {
                    if (!mentions[p][c]) continue;
                    int passages = rnd.nextDouble() < 0.35 ? 2 : 1;
                    List<String> pool = new ArrayList<>(TEXTS.get(codes.get(c)).get(w));
                    Collections.shuffle(pool, rnd);
                    for (int k = 0; k < passages && k < pool.size(); k++) {
                        if (both && k == 0 && (c == 0 || c == 1)) {
                            if (c == 1) continue; // the shared passage was written with code 0
                            String text = DIEP_AND_HOUVAST.get(rnd.nextInt(DIEP_AND_HOUVAST.size()));
                            rows.add(row(group, people.get(p), codes.get(0), paragraph, text, coded, rnd));
                            rows.add(row(group, people.get(p), codes.get(1), paragraph, text, coded, rnd));
                        } else {
                            rows.add(row(group, people.get(p), codes.get(c), paragraph, pool.get(k), coded, rnd));
                        }
                        paragraph += 1 + rnd.nextInt(3);
                        coded = coded.plusMinutes(1 + rnd.nextInt(4));
                    }
                }
                // the blemish: an image segment (MAXQDA exports it with an area and no text)
                if (w == 1 && p == 4) {
                    rows.add(new SegmentRow(group, people.get(p), BUDDY, paragraph, paragraph, "",
                            coded.format(CREATED), "320x180", 0.0));
                }
            }
        }
        return rows;
    }

    /**
     * Who mentions which code in wave {@code w}: exactly PLAN[code][w] respondents per code, drawn
     * again until everybody mentions at least one code (an interview without any coded passage would
     * not be in a coded-segments export at all).
     */
    private static boolean[][] assign(Random rnd, int size, int w) {
        while (true) {
            boolean[][] m = new boolean[size][PLAN.size()];
            int c = 0;
            for (int[] counts : PLAN.values()) {
                List<Integer> order = new ArrayList<>();
                for (int p = 0; p < size; p++) order.add(p);
                Collections.shuffle(order, rnd);
                for (int k = 0; k < counts[w]; k++) m[order.get(k)][c] = true;
                c++;
            }
            boolean everyone = true;
            for (boolean[] person : m) {
                boolean any = false;
                for (boolean b : person) any |= b;
                everyone &= any;
            }
            if (everyone) return m;
        }
    }

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private static SegmentRow row(String group, String document, String code, int paragraph, String text,
                                  LocalDateTime coded, Random rnd) {
        int end = paragraph + (text.length() > 70 ? 1 : 0);
        double coverage = Math.round((0.8 + rnd.nextDouble() * 4.2) * 100) / 100.0;
        return new SegmentRow(group, document, code, paragraph, end, text, coded.format(CREATED), "", coverage);
    }

    private static byte[] workbook(List<SegmentRow> rows, List<String> header) throws IOException {
        LocalDateTime exported = LocalDateTime.of(2025, 6, 2, 12, 0);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, rows, header);
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            Date when = Date.from(exported.toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(when));
            core.setModified(Optional.of(when));
            core.setCreator("Samenkracht (synthetische voorbeelddata)");
            core.setTitle("Interviews nieuwe collega's 2024-2025 - MAXQDA Coded Segments (SYNTHETISCH)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return ReproducibleZip.normalise(out.toByteArray(), exported);
        }
    }

    /** The export's one sheet: the header, then a row per coded segment (any workbook format). */
    private static void fill(org.apache.poi.ss.usermodel.Workbook wb, List<SegmentRow> rows, List<String> header) {
        org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet(SHEET);
        Row h = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) h.createCell(c).setCellValue(header.get(c));
        int r = 1;
        for (SegmentRow s : rows) {
            Row x = sheet.createRow(r++);
            x.createCell(0).setCellValue("");
            x.createCell(1).setCellValue(s.group());
            x.createCell(2).setCellValue(s.document());
            x.createCell(3).setCellValue(s.code());
            x.createCell(4).setCellValue(s.begin());
            x.createCell(5).setCellValue(s.end());
            x.createCell(6).setCellValue(0);
            x.createCell(7).setCellValue(s.text());
            x.createCell(8).setCellValue("");
            x.createCell(9).setCellValue("MJ");
            x.createCell(10).setCellValue(s.created());
            x.createCell(11).setCellValue(s.area());
            x.createCell(12).setCellValue(s.coverage());
        }
        // Fixed widths: autoSizeColumn measures with the machine's fonts and would differ between machines.
        for (int c = 0; c < header.size(); c++) sheet.setColumnWidth(c, c == 7 ? 80 * 256 : c == 3 ? 36 * 256 : 18 * 256);
    }

    private static Map<String, Integer> ordered(Object... kv) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (Integer) kv[i + 1]);
        return Collections.unmodifiableMap(m);
    }

    /** For development: {@code java … InterviewSampleGenerator data-samples [seed]}. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "data-samples");
        InterviewSampleGenerator g = args.length > 1 ? new InterviewSampleGenerator(Long.parseLong(args[1])) : new InterviewSampleGenerator();
        System.out.println("wrote " + g.write(dir));
    }
}
