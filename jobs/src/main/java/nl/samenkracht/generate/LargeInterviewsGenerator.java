package nl.samenkracht.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Coded interviews of the large SYNTHETIC board ({@link LargeBoardGenerator}): per location and
 * school year a number of new colleagues, each interviewed twice (voormeting and nameting), each
 * interview about 15 coded segments (12 to 18, more when many codes come up). Codes are the needs
 * and experiences of seed 003 that the {@code inwerken} framework's factors are about (the sample
 * study's codes, mapped the same way by {@link #coverageSection()}), plus a few codes no factor uses.
 *
 * <h2>Layout</h2>
 * One plain table per school year, {@code interviews/interviews_<school year>.csv} (UTF-8, ';',
 * CRLF), one row per coded segment: {@code Deelnemer;Interview;Meting;Locatie;Code;Tekst}, codes as
 * {@code Parent\Child}. A school year's file is read by its own {@code interviews:} entry
 * ({@link #interviewsSection()}), because exports carry no school year. One blemish per file: a
 * segment without text (an image segment), which the reader rejects.
 *
 * <h2>Planted</h2>
 * In the nameting of school year {@code y} (0 = 2020-2021 … 4 = 2024-2025) exactly
 * {@code n·(3 + y)/10} (integer division) of the {@code n} interviewees of every location mention
 * {@link #BUDDY}, so its share rises from 30% to 70% board-wide and in every location (with
 * {@code n} a multiple of 10). Who does is drawn with the seed. Every other code is mentioned with
 * a fixed chance per wave, the same every year. Seeded: the same seed and size give the same bytes.
 */
public final class LargeInterviewsGenerator {
    public static final String FOLDER = "interviews";
    /** Interviewees per location and school year at scale 1; each is interviewed in both waves. */
    public static final int INTERVIEWEES_PER_LOCATION_YEAR = 10;
    public static final String HEADER = "Deelnemer;Interview;Meting;Locatie;Code;Tekst";
    public static final String[] WAVES = {"voormeting", "nameting"};
    public static final String BUDDY = "Ervaringen\\Buddy helpt";
    static final String ROLE = "nieuwe collega";
    static final int MIN_SEGMENTS = 12;
    static final int MAX_SEGMENTS = 18;

    /** A code and the chance that an interviewee mentions it in the {voormeting, nameting}. */
    private record Code(String path, String label, double pre, double post, String factor, boolean atMost, double target,
                        String[] texts) {}

    // The sample's codes and targets (data-samples/study.yaml, coverage.mappings). Buddy's nameting
    // chance is not used: it is planted exactly (buddyMentions).
    private static final List<Code> MAPPED = List.of(
            new Code("Ervaringen\\In het diepe gegooid", "% voelt zich in het diepe gegooid", 0.6, 0.25, "inwerken/behoefte-houvast", true, 0.3,
                    new String[]{"De eerste week stond ik meteen alleen voor de klas.", "Het voelde alsof ik in het diepe werd gegooid.",
                            "Je moet het gewoon zelf uitzoeken, zo voelde het."}),
            new Code("Behoeften\\Houvast", "% noemt behoefte aan houvast", 0.6, 0.3, "inwerken/behoefte-houvast", true, 0.3,
                    new String[]{"Ik zoek iets waar ik op terug kan vallen.", "Een leidraad voor de eerste weken zou helpen.",
                            "Bij incidenten weet ik niet waar ik op kan terugvallen."}),
            new Code("Behoeften\\Orde", "% noemt behoefte aan orde", 0.5, 0.4, "inwerken/behoefte-orde", true, 0.3,
                    new String[]{"Er komt zoveel op je af, ik houd het overzicht niet.", "De informatie staat op verschillende plekken.",
                            "Ik weet niet welke mails belangrijk zijn."}),
            new Code("Behoeften\\Structuur", "% noemt behoefte aan structuur", 0.5, 0.25, "inwerken/behoefte-structuur", true, 0.3,
                    new String[]{"Er zijn zoveel afspraken, ik onthoud ze niet allemaal.", "Elke locatie heeft andere afspraken.",
                            "De afspraken over time-outs zijn me niet duidelijk."}),
            new Code("Behoeften\\Weten wie te vragen", "% weet niet wie te vragen", 0.6, 0.15, "inwerken/behoefte-weten-wie-te-vragen", true, 0.3,
                    new String[]{"Ik weet niet aan wie ik welke vraag moet stellen.", "Iedereen heeft het druk, dus ik vraag weinig.",
                            "Voor roostervragen wist ik niet bij wie ik moest zijn."}),
            new Code("Behoeften\\Voorbeeld", "% mist een voorbeeld", 0.4, 0.35, "inwerken/behoefte-voorbeeld", true, 0.3,
                    new String[]{"Ik zou willen zien hoe een ervaren collega een les opbouwt.", "Een voorbeeld van een goed leerlinggesprek zou helpen.",
                            "Een voorbeeld van een handelingsplan had me tijd gescheeld."}),
            new Code("Behoeften\\Meedraaien", "% wil (meer) meedraaien", 0.5, 0.45, "inwerken/behoefte-meedraaien", true, 0.3,
                    new String[]{"Ik had graag eerst een paar dagen meegedraaid.", "Meelopen op een andere locatie zou helpen.",
                            "Door de roosters was meedraaien lastig te regelen."}),
            new Code(BUDDY, "% noemt de buddy als steun", 0.2, Double.NaN, "inwerken/buddy-systeem", false, 0.6,
                    new String[]{"Mijn buddy is er altijd voor vragen.", "Het wekelijkse gesprek met mijn buddy geeft rust.",
                            "Met mijn buddy kan ik mijn twijfels bespreken."}));

    /** Codes no factor is about: they fill an interview up to its number of segments. */
    private static final List<Code> FILLERS = List.of(
            filler("Ervaringen\\Werkdruk", "Het is veel werk naast de lessen.", "De eerste maanden waren zwaar.",
                    "Ik werk vaak 's avonds door.", "Het nakijken kost meer tijd dan ik dacht."),
            filler("Ervaringen\\Welkom in het team", "Het team heeft me hartelijk ontvangen.", "Ik voel me welkom in de koffiekamer.",
                    "Collega's lopen even bij me binnen.", "Op mijn eerste dag lag er een kaartje van het team."),
            filler("Leerlingen\\Gedrag", "De leerlingen testen je in het begin.", "Een leerling liep boos de klas uit.",
                    "Met vaste routines gaat het beter.", "Na een paar weken kenden de leerlingen mij."),
            filler("Team\\Samenwerking", "We bereiden de lessen samen voor.", "De overdracht tussen collega's gaat goed.",
                    "In het teamoverleg is ruimte voor vragen.", "Mijn duo-collega en ik stemmen elke week af."),
            filler("Organisatie\\Rooster", "Mijn rooster veranderde de eerste weken vaak.", "Ik heb veel tussenuren.",
                    "De pauzedienst stond niet in mijn rooster.", "Het rooster kwam pas laat."));
    /** Every filler (code, text) pair; an interview uses each at most once. */
    private static final List<String[]> FILLER_PASSAGES = FILLERS.stream()
            .flatMap(c -> java.util.Arrays.stream(c.texts()).map(t -> new String[]{c.path(), t})).toList();

    private static Code filler(String path, String... texts) {
        return new Code(path, null, 0, 0, null, false, 0, texts);
    }

    private final long seed;
    private final int locations;
    private final int interviewees;

    /** The board's interviews: 50 locations, {@value #INTERVIEWEES_PER_LOCATION_YEAR} × scale interviewees per location and year. */
    public LargeInterviewsGenerator(long seed, int scale) {
        this(seed, LargeBoardGenerator.LOCATIONS, INTERVIEWEES_PER_LOCATION_YEAR * scale);
    }

    LargeInterviewsGenerator(long seed, int locations, int intervieweesPerLocationYear) {
        if (locations < 1 || intervieweesPerLocationYear < 1)
            throw new IllegalArgumentException("bad interview size " + locations + "/" + intervieweesPerLocationYear);
        this.seed = seed;
        this.locations = locations;
        this.interviewees = intervieweesPerLocationYear;
    }

    /** Interviewees of one location who mention {@link #BUDDY} in the nameting of school year index {@code y} (0 = first). */
    public static int buddyMentions(int intervieweesPerLocationYear, int y) {
        return intervieweesPerLocationYear * (3 + y) / 10;
    }

    public static String fileName(String schoolYear) {
        return "interviews_" + schoolYear + ".csv";
    }

    /**
     * Writes one file per school year into {@code dir/interviews}.
     *
     * @return the number of coded-segment rows written, the blemish rows included
     */
    public long write(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(FOLDER));
        long written = 0;
        for (int y = 0; y < LargeBoardGenerator.YEARS; y++) {
            String schoolYear = LargeBoardGenerator.schoolYear(y);
            // One stream per school year: a year's file does not depend on the others.
            SplittableRandom rnd = new SplittableRandom(seed * 1_000_033L + 7_919L * y);
            try (BufferedWriter w = Files.newBufferedWriter(folder.resolve(fileName(schoolYear)), StandardCharsets.UTF_8)) {
                w.write(HEADER);
                w.write("\r\n");
                for (int l = 0; l < locations; l++) {
                    String location = LargeContactsGenerator.location(l);
                    boolean[] buddy = chooseExactly(rnd, interviewees, buddyMentions(interviewees, y));
                    for (int wave = 0; wave < WAVES.length; wave++) {
                        for (int p = 0; p < interviewees; p++) {
                            String person = String.format(Locale.ROOT, "Nieuwe collega %03d-%d-%03d", l + 1, LargeBoardGenerator.FIRST_YEAR + y, p + 1);
                            String prefix = person + ";Interview " + person + " " + WAVES[wave] + ";" + WAVES[wave] + ";" + location + ";";
                            for (String[] segment : interview(rnd, wave, buddy[p])) {
                                w.write(prefix + segment[0] + ";" + segment[1] + "\r\n");
                                written++;
                            }
                            if (l == 0 && wave == 1 && p == 0) {
                                // the blemish: an image segment (no text), rejected by the reader
                                w.write(prefix + FILLERS.get(1).path() + ";\r\n");
                                written++;
                            }
                        }
                    }
                }
            }
        }
        return written;
    }

    /** The segments {code, text} of one interview. */
    private static List<String[]> interview(SplittableRandom rnd, int wave, boolean buddyInNameting) {
        List<String[]> out = new ArrayList<>(MAX_SEGMENTS + 4);
        for (Code c : MAPPED) {
            boolean mentioned = c.path().equals(BUDDY) && wave == 1 ? buddyInNameting : rnd.nextDouble() < (wave == 0 ? c.pre() : c.post());
            if (!mentioned) continue;
            // A respondent names a code in one passage, sometimes two (different ones).
            int passages = rnd.nextInt(3) == 0 ? 2 : 1;
            int first = rnd.nextInt(c.texts().length);
            for (int i = 0; i < passages; i++) out.add(new String[]{c.path(), c.texts()[(first + i) % c.texts().length]});
        }
        int target = MIN_SEGMENTS + rnd.nextInt(MAX_SEGMENTS - MIN_SEGMENTS + 1);
        int fill = Math.max(0, target - out.size());
        for (int i : chooseOrder(rnd, FILLER_PASSAGES.size(), fill)) out.add(FILLER_PASSAGES.get(i));
        return out;
    }

    /** {@code k} of {@code n} flags set, drawn uniformly. */
    private static boolean[] chooseExactly(SplittableRandom rnd, int n, int k) {
        boolean[] out = new boolean[n];
        for (int i : chooseOrder(rnd, n, k)) out[i] = true;
        return out;
    }

    /** {@code k} distinct indices below {@code n} in random order (a partial Fisher-Yates shuffle). */
    private static int[] chooseOrder(SplittableRandom rnd, int n, int k) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        for (int i = 0; i < k; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return java.util.Arrays.copyOf(idx, k);
    }

    /** The {@code interviews:} section of the board's study.yaml: one entry per school year. */
    static String interviewsSection() {
        StringBuilder b = new StringBuilder("""
                # Coded interviews (plain table, one file per school year; LargeInterviewsGenerator).
                interviews:
                """);
        for (int y = 0; y < LargeBoardGenerator.YEARS; y++) {
            String schoolYear = LargeBoardGenerator.schoolYear(y);
            b.append("  - id: interviews-").append(schoolYear).append('\n')
                    .append("    files: [").append(FOLDER).append('/').append(fileName(schoolYear)).append("]\n")
                    .append("    format: table\n")
                    .append("    columns: {respondent: Deelnemer, document: Interview, wave: Meting, location: Locatie, code: Code, segment: Tekst}\n")
                    .append("    school_year: ").append(schoolYear).append('\n')
                    .append("    role: ").append(ROLE).append('\n');
        }
        return b.toString();
    }

    /** The {@code coverage:} section: the sample's interview-code mappings onto the inwerken factors. */
    static String coverageSection() {
        StringBuilder b = new StringBuilder("""
                # Interview evidence: the share of interviewees who mention a code (nameting of each school year).
                coverage:
                  mappings:
                """);
        for (Code c : MAPPED)
            b.append("    - {factor: ").append(c.factor()).append(", kind: interview_code, ref: 'code:").append(c.path())
                    .append("', comparison: ").append(c.atMost() ? "at_most" : "at_least").append(", target: ")
                    .append(c.target()).append(", label: \"").append(c.label()).append("\"}\n");
        return b.toString();
    }
}
