package nl.samenkracht.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every built-in framework lists every factor of its seed text. The expected ids, labels and
 * seed fragments below were written from the seed texts in shared/seeds (read by hand); the
 * count/id/label checks always run, and {@link #seedTextsContainTheExpectedFactors()} checks the
 * expectations themselves against the seed files when the folder is present
 * ({@code ../shared/seeds} relative to the project root, as in CI's checkout).
 */
class BuiltInFrameworksTest {

    /** A factor as the seed gives it: id, exact Dutch label, and a fragment quoted verbatim from the seed. */
    record Expected(String id, String label, String seedFragment) {}

    /** Seed file prefix per framework. */
    static final Map<String, String> SEED = Map.of(
            "rug-succesfactoren", "002", "pedagogisch-partnerschap", "002", "verbindend-gezag-steun", "000",
            "samenwerking-partners", "001", "samen-zijn-wij-school", "004", "inwerken", "003");

    static final Map<String, List<Expected>> EXPECTED = new LinkedHashMap<>();

    static {
        // Seed 002, "De vijftien succesfactoren zijn:" items 1-15.
        EXPECTED.put("rug-succesfactoren", List.of(
                new Expected("rug-01", "Visie op sociaal klimaat en ouderbetrokkenheid, verankerd in de cultuur",
                        "heeft een visie met betrekking tot een prettig sociaal klimaat en het betrekken van ouders daarbij"),
                new Expected("rug-02", "Schoolleiding ondersteunt de leraren",
                        "De schoolleiding ondersteunt de leraren bij het creëren van een goed sociaal klimaat"),
                new Expected("rug-03", "Leraren zijn zich bewust van het belang",
                        "Leraren zijn zich bewust van het belang van een positief sociaal klimaat"),
                new Expected("rug-04", "Schoolleiding en leraar maken het belang duidelijk",
                        "Schoolleiding en de leraar maken duidelijk welk belang zij hechten aan een fijn sociaal klimaat"),
                new Expected("rug-05", "Leraren zijn competent",
                        "Leraren zijn competent in het creëren van een goede sfeer op school"),
                new Expected("rug-06", "Ouders voelen zich gewaardeerd en welkom", "Ouders voelen zich gewaardeerd en welkom"),
                new Expected("rug-07", "Individueel en persoonlijk contact",
                        "Er is individueel en persoonlijk contact tussen ouders en school"),
                new Expected("rug-08", "Huisbezoeken in overleg met ouders",
                        "Leraren / mentoren leggen in overleg met ouders huisbezoeken af"),
                new Expected("rug-09", "Kinderen betrokken bij het contact",
                        "Kinderen worden betrokken bij het contact tussen ouders en school"),
                new Expected("rug-10", "Ook positieve dingen melden",
                        "melden ook positieve dingen aan ouders, en zoekt dus niet alleen contact als er problemen zijn"),
                new Expected("rug-11", "Activiteiten voor alle ouders",
                        "De school organiseert activiteiten waarvoor zij alle ouders uitnodigen"),
                new Expected("rug-12", "Informatie-uitwisseling in plaats van alleen informatie overdragen",
                        "dragen niet alleen informatie over, maar proberen informatie-uitwisseling tot stand te brengen"),
                new Expected("rug-13", "Regelmatig contact", "Er is regelmatig contact tussen ouders en school"),
                new Expected("rug-14", "Gespreksonderwerpen voor thuis aanreiken",
                        "De school reikt gespreksonderwerpen aan waar ouders het thuis met hun kinderen over kunnen hebben"),
                new Expected("rug-15", "Concrete, praktische en haalbare adviezen", "zijn concreet, praktisch en haalbaar")));
        // Seed 002, "Vier pijlers" headings 1-4 and "Van Ouderbetrokkenheid 1.0 naar 3.0".
        EXPECTED.put("pedagogisch-partnerschap", List.of(
                new Expected("pijler-visie", "Werk aan een duidelijke visie", "Werk aan een duidelijke visie"),
                new Expected("pijler-groep-ouders", "Maak een groep van ouders per klas", "Maak een groep van ouders per klas"),
                new Expected("pijler-band-leraar-ouders", "Versterk de band tussen leraar en ouders",
                        "Versterk de band tussen leraar en ouders"),
                new Expected("pijler-informatie-uitwisseling", "Stimuleer structurele informatie-uitwisseling",
                        "Stimuleer structurele informatie-uitwisseling"),
                new Expected("ouderbetrokkenheid-1-0", "Ouderbetrokkenheid 1.0",
                        "Bij ouderbetrokkenheid 1.0 stuurt een school alleen informatie richting de ouders"),
                new Expected("ouderbetrokkenheid-2-0", "Ouderbetrokkenheid 2.0",
                        "daarbij sturen school en ouders informatie naar elkaar"),
                new Expected("ouderbetrokkenheid-3-0", "Ouderbetrokkenheid 3.0",
                        "niet enkel om elkaar informeren maar om daadwerkelijk samenwerken")));
        // Seed 000, "Items uit het Kompas voor Verbindend Gezag": the seven items verbatim.
        EXPECTED.put("verbindend-gezag-steun", List.of(
                steun(1, "Ik leg aan het begin van het jaar (informeel) contact met álle ouders/verzorgers."),
                steun(2, "Ik vorm met anderen een team voor het kind."),
                steun(3, "Ik verwelkom anderen in de groep om ons gezag te legitimeren."),
                steun(4, "Ik spreek álle leerlingen aan, ook als ze niet bij mij in de groep zitten."),
                steun(5, "Ik vraag steun aan anderen door concreet aan te geven wat ik nodig heb."),
                steun(6, "Ik spreek open en transparant over moeilijkheden die ik ervaar."),
                steun(7, "Ik benut deskundigheid van anderen (ouders, collega’s, externen).")));
        // Seed 001: the four learning mechanisms and the two success factors.
        EXPECTED.put("samenwerking-partners", List.of(
                new Expected("identificatie", "Identificatie", "Identificatie is het verhelderen van elkaars expertise, doelen en belangen"),
                new Expected("coordinatie", "Coördinatie", "Coördinatie is het mogelijk maken van de samenwerking"),
                new Expected("reflectie", "Reflectie", "Reflectie gaat om het bewust worden van het eigen perspectief en dat van de ander"),
                new Expected("transformatie", "Transformatie",
                        "Transformatie is de ontwikkeling van nieuwe rollen op de grens van de verschillende professies"),
                new Expected("motivatie", "Motivatie van de individuele professionals",
                        "Motivatie van de individuele professionals is de belangrijkste succesfactor voor interprofessioneel werken"),
                new Expected("complementariteit", "Complementair zijn", "De tweede belangrijke succesfactor is het complementair zijn")));
        // Seed 004: "Ouderbetrokkenheid is vooral:" 1-4 and "Drie rollen van de ouder" 1-3.
        EXPECTED.put("samen-zijn-wij-school", List.of(
                new Expected("individueel-startgesprek", "Een individueel startgesprek", "een individueel startgesprek"),
                new Expected("contactafspraken-op-maat", "Contactafspraken op maat", "contactafspraken op maat"),
                new Expected("vieren-en-presenteren", "Vieren met en presenteren door kinderen in aanwezigheid van hun ouders",
                        "vieren met en presenteren door kinderen in aanwezigheid van hun ouders"),
                new Expected("flexibel-informeren", "Informeer ouders op flexibele en passende manieren",
                        "informeer ouders op flexibele en passende manieren"),
                new Expected("ouder-als-coach", "De ouder als coach", "De ouder als coach"),
                new Expected("ouder-als-supporter", "De ouder als supporter", "De ouder als supporter"),
                new Expected("ouder-als-pleitbezorger", "De ouder als pleitbezorger", "De ouder als pleitbezorger")));
        // Seed 003: research question aspects, bijlage 3 needs, buddy-systeem, Kotter phases (hoofdstuk 3),
        // the seven NJI competences (bijlage 1). Phases 6-8 have no wording in the seed (null fragment).
        EXPECTED.put("inwerken", List.of(
                new Expected("leeromgeving-continuiteit", "Continuïteit", "continuïteit"),
                new Expected("leeromgeving-duidelijkheid", "Duidelijkheid", "duidelijkheid"),
                new Expected("leeromgeving-structuur", "Structuur", "structuur"),
                new Expected("behoefte-houvast", "Houvast", "houvast"),
                new Expected("behoefte-orde", "Orde in de chaos", "Orde in de chaos"),
                new Expected("behoefte-structuur", "Structuur", "Structuur"),
                new Expected("behoefte-weten-wie-te-vragen", "Weten waar of aan wie ik welke vragen moet stellen",
                        "Weten waar of aan wie ik welke vragen moet stellen"),
                new Expected("behoefte-voorbeeld", "Een voorbeeld", "Een voorbeeld"),
                new Expected("behoefte-meedraaien", "Met meerdere mensen mee kunnen draaien", "Met meerdere mensen mee kunnen draaien"),
                new Expected("buddy-systeem", "Buddy-systeem", "buddy-systeem"),
                new Expected("kotter-1", "Gevoel voor noodzaak versterken", "Gevoel voor noodzaak versterken"),
                new Expected("kotter-2", "Een leidend team vormen", "Een leidend team vormen"),
                new Expected("kotter-3", "Een juiste visie en strategie ontwikkelen", "Een juiste visie en strategie ontwikkelen"),
                new Expected("kotter-4", "Visie communiceren en enthousiasmeren", "Visie communiceren en enthousiasmeren"),
                new Expected("kotter-5", "Medewerkers in staat stellen te veranderen; zorgen voor draagvlak",
                        "Medewerkers in staat stellen te veranderen. Zorgen voor draagvlak."),
                new Expected("kotter-6", "Kortetermijnsuccessen genereren", null),
                new Expected("kotter-7", "Verbeteringen consolideren en meer verandering tot stand brengen", null),
                new Expected("kotter-8", "Nieuwe benaderingen verankeren in de cultuur", null),
                new Expected("nji-1", "Interpersoonlijk competent in de omgang met leerlingen",
                        "interpersoonlijk competent in de omgang met leerlingen"),
                new Expected("nji-2", "Orthopedagogisch competent in de omgang met leerlingen",
                        "orthopedagogisch competent in de omgang met leerlingen"),
                new Expected("nji-3", "Orthodidactisch competent in de omgang met leerlingen",
                        "orthodidactisch competent in de omgang met leerlingen"),
                new Expected("nji-4", "Organisatorisch competent", "organisatorisch competent"),
                new Expected("nji-5", "Competent in samenwerking met collega’s", "competent in samenwerking met collega’s"),
                new Expected("nji-6", "Competent in samenwerking met de omgeving", "competent in samenwerking met de omgeving"),
                new Expected("nji-7", "Competent in reflectie en ontwikkeling", "competent in reflectie en ontwikkeling")));
    }

    static Expected steun(int n, String item) {
        return new Expected("steun-" + n, item, item);
    }

    static FrameworkRegistry registry;

    @BeforeAll
    static void load() {
        registry = FrameworkRegistry.builtIn();
    }

    @Test
    void theSixBuiltInsLoadInOrder() {
        assertEquals(List.of("rug-succesfactoren", "pedagogisch-partnerschap", "verbindend-gezag-steun",
                "samenwerking-partners", "samen-zijn-wij-school", "inwerken"), registry.ids());
    }

    @Test
    void factorCountsPerFramework() {
        // 15 RUG factors; 4 pillars + 3 levels; 7 Steun items; 4 mechanisms + 2 success factors;
        // 4 forms + 3 roles; 3 aspects + 6 needs + buddy + 8 Kotter phases + 7 NJI competences = 25.
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Framework f : registry.all()) counts.put(f.id(), f.factors().size());
        assertEquals(Map.of("rug-succesfactoren", 15, "pedagogisch-partnerschap", 7, "verbindend-gezag-steun", 7,
                "samenwerking-partners", 6, "samen-zijn-wij-school", 7, "inwerken", 25), counts);
    }

    @Test
    void groupSizes() {
        Framework pp = registry.get("pedagogisch-partnerschap");
        assertEquals(4, pp.factorsInGroup("pijlers").size());
        assertEquals(3, pp.factorsInGroup("niveaus").size());
        Framework sp = registry.get("samenwerking-partners");
        assertEquals(4, sp.factorsInGroup("leermechanismen").size());
        assertEquals(2, sp.factorsInGroup("succesfactoren").size());
        Framework szws = registry.get("samen-zijn-wij-school");
        assertEquals(4, szws.factorsInGroup("vormen").size());
        assertEquals(3, szws.factorsInGroup("rollen").size());
        Framework inw = registry.get("inwerken");
        assertEquals(3, inw.factorsInGroup("veilige-leeromgeving").size());
        assertEquals(6, inw.factorsInGroup("behoeften").size());
        assertEquals(1, inw.factorsInGroup("begeleiding").size());
        assertEquals(8, inw.factorsInGroup("kotter-fasen").size());
        assertEquals(7, inw.factorsInGroup("nji-competenties").size());
    }

    @Test
    void idsAndLabelsInSeedOrder() {
        for (Map.Entry<String, List<Expected>> e : EXPECTED.entrySet()) {
            Framework f = registry.get(e.getKey());
            assertEquals(e.getValue().stream().map(Expected::id).toList(), f.factorIds(), e.getKey());
            for (Expected x : e.getValue()) {
                Factor factor = f.factor(x.id()).orElseThrow();
                assertEquals(x.label(), factor.label(), e.getKey() + "/" + x.id());
                if (x.seedFragment() != null) {
                    String text = normalize(factor.label() + " " + factor.description());
                    assertTrue(text.contains(normalize(x.seedFragment())),
                            e.getKey() + "/" + x.id() + " should quote the seed: " + x.seedFragment());
                }
            }
        }
    }

    @Test
    void everyFrameworkAndFactorIsDocumented() {
        for (Framework f : registry.all()) {
            assertFalse(f.label().isBlank(), f.id());
            assertFalse(f.description().isBlank(), f.id());
            assertTrue(f.source().contains("Seed " + SEED.get(f.id())), f.id() + " source names its seed");
            for (Factor factor : f.factors()) {
                String where = f.id() + "/" + factor.id();
                assertTrue(FrameworkLoader.ID.matcher(factor.id()).matches(), where);
                assertFalse(factor.description().isBlank(), where);
                assertTrue(factor.source().startsWith("Seed " + SEED.get(f.id())), where + " source: " + factor.source());
                if (!f.groups().isEmpty()) assertTrue(f.group(factor.group()).isPresent(), where + " has a group");
            }
        }
    }

    @Test
    void kotterPhasesSixToEightSayWhereTheirWordingComesFrom() {
        Framework inw = registry.get("inwerken");
        for (int p = 6; p <= 8; p++) {
            String source = inw.factor("kotter-" + p).orElseThrow().source();
            assertTrue(source.contains("alleen het fasenummer") && source.contains("Kotter (2012)"), source);
        }
    }

    @Test
    void kotterPhaseLabelsMatchTheInwerkenFramework() {
        Framework inw = registry.get("inwerken");
        for (int p = 1; p <= 8; p++) {
            assertEquals(inw.factor(KotterPhases.factorId(p)).orElseThrow().label(), nl.samenkracht.report.methods.KotterText.phase(p));
        }
    }

    /** The default contact evidence named in DESIGN ("Frameworks and success-factor coverage") and issue 6. */
    @Test
    void defaultContactEvidence() {
        assertRule("rug-succesfactoren", "rug-10", "contact:share_positive", 0.5);
        assertRule("rug-succesfactoren", "rug-10", "contact:share_first_positive", 0.75);
        assertRule("rug-succesfactoren", "rug-08", "contact:reach_huisbezoek", 0.5);
        assertRule("rug-succesfactoren", "rug-09", "contact:share_child_present", 0.5);
        assertRule("rug-succesfactoren", "rug-13", "contact:share_reached_every_period", 0.8);
        assertRule("rug-succesfactoren", "rug-12", "contact:share_initiated_by_other", 0.25);
        assertRule("verbindend-gezag-steun", "steun-1", "contact:reach_startgesprek", 1.0);
        assertRule("verbindend-gezag-steun", "steun-1", "contact:reach_first_weeks", 1.0);
        assertRule("samen-zijn-wij-school", "individueel-startgesprek", "contact:reach_startgesprek", 1.0);
        assertRule("pedagogisch-partnerschap", "ouderbetrokkenheid-2-0", "contact:share_initiated_by_other", 0.25);
        // Every default is a known contact indicator (or, for the Kotter phases, the study's Kotter log), compared "at least".
        for (Framework f : registry.all()) {
            for (Factor factor : f.factors()) {
                for (EvidenceRule r : factor.evidence()) {
                    if (EvidenceRule.KOTTER_PHASE.equals(r.kind())) {
                        assertEquals("kotter:" + factor.id().substring("kotter-".length()), r.ref(), factor.id());
                        continue;
                    }
                    assertEquals(EvidenceRule.CONTACT_INDICATOR, r.kind());
                    assertTrue(ContactIndicators.isKnown(r.ref()), r.ref());
                    assertEquals(EvidenceRule.AT_LEAST, r.comparison());
                    assertFalse(r.displayLabel().isBlank());
                }
            }
        }
    }

    private static void assertRule(String framework, String factor, String ref, double target) {
        List<EvidenceRule> rules = registry.factor(framework, factor).evidence();
        EvidenceRule rule = rules.stream().filter(r -> r.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError(framework + "/" + factor + " lacks " + ref));
        assertEquals(target, rule.target(), 0.0, framework + "/" + factor + " " + ref);
    }

    // ---- cross-check against the seed texts (skipped only when the seeds folder is absent) ----

    @Test
    void seedTextsContainTheExpectedFactors() throws IOException {
        Path seeds = seedsDir();
        assumeTrue(Files.isDirectory(seeds), "seed texts not found at " + seeds);
        for (Map.Entry<String, List<Expected>> e : EXPECTED.entrySet()) {
            String seed = normalize(seedText(seeds, SEED.get(e.getKey())));
            for (Expected x : e.getValue()) {
                if (x.seedFragment() == null) continue;
                assertTrue(seed.contains(normalize(x.seedFragment())),
                        "seed " + SEED.get(e.getKey()) + " lacks '" + x.seedFragment() + "' (" + x.id() + ")");
            }
        }
        String s003 = normalize(seedText(seeds, "003"));
        assertTrue(s003.contains(normalize("de veilige leeromgeving te versterken op de aspecten continuïteit, duidelijkheid en structuur")));
        assertTrue(s003.contains("fase 6, 7 en 8"));
    }

    @Test
    void seedListsHaveAsManyItemsAsTheFrameworks() throws IOException {
        Path seeds = seedsDir();
        assumeTrue(Files.isDirectory(seeds), "seed texts not found at " + seeds);
        String s000 = seedText(seeds, "000");
        String s002 = seedText(seeds, "002");
        String s003 = seedText(seeds, "003");
        String s004 = seedText(seeds, "004");

        List<String> rug = items(block(s002, "De vijftien succesfactoren zijn:", "Praktische voorbeelden"), "^\\s*\\d+\\.\\s+(.*)$");
        assertEquals(15, rug.size());
        for (int i = 0; i < 15; i++) {
            // Each RUG item starts with (a fragment of) the text the framework quotes for that number.
            String fragment = normalize(EXPECTED.get("rug-succesfactoren").get(i).seedFragment());
            assertTrue(normalize(rug.get(i)).contains(fragment), "RUG item " + (i + 1) + ": " + rug.get(i));
        }

        List<String> pillars = items(block(s002, "Vier pijlers", "Van Ouderbetrokkenheid 1.0"), "^(\\d)\\.\\s+(.*)$");
        assertEquals(List.of("werk aan een duidelijke visie", "maak een groep van ouders per klas",
                "versterk de band tussen leraar en ouders", "stimuleer structurele informatie-uitwisseling"),
                pillars.stream().map(BuiltInFrameworksTest::normalize).toList());
        assertEquals(pillars.stream().map(BuiltInFrameworksTest::normalize).toList(),
                registry.get("pedagogisch-partnerschap").factorsInGroup("pijlers").stream().map(f -> normalize(f.label())).toList());

        List<String> steun = items(block(s000, "Items uit het Kompas voor Verbindend Gezag", "Praktijkvoorbeeld"), "^\\s*•\\s+(.*)$");
        assertEquals(steun.stream().map(BuiltInFrameworksTest::normalize).toList(),
                registry.get("verbindend-gezag-steun").factors().stream().map(f -> normalize(f.label())).toList());

        List<String> forms = items(block(s004, "Ouderbetrokkenheid is vooral:", "Drie rollen van de ouder"), "^\\s*\\d+\\.\\s+(.*)$");
        assertEquals(forms.stream().map(BuiltInFrameworksTest::normalize).toList(),
                registry.get("samen-zijn-wij-school").factorsInGroup("vormen").stream().map(f -> normalize(f.label())).toList());
        List<String> roles = items(block(s004, "Drie rollen van de ouder", "De eerste twee rollen"), "^\\s*\\d+\\.\\s+(.*?)[,.]?\\s*$");
        assertEquals(roles.stream().map(BuiltInFrameworksTest::normalize).toList(),
                registry.get("samen-zijn-wij-school").factorsInGroup("rollen").stream().map(f -> normalize(f.label())).toList());

        List<String> nji = items(block(s003, "Zeven competenties", "Hieraan hebben we"), "^\\s*\\d\\.\\s+(.*)$");
        assertEquals(7, nji.size());
        Framework inw = registry.get("inwerken");
        List<Factor> competences = inw.factorsInGroup("nji-competenties");
        for (int i = 0; i < 7; i++) {
            // The list wraps some lines ("... in de omgang met" / "leerlingen"), so compare on the start.
            assertTrue(normalize(competences.get(i).label()).startsWith(normalize(nji.get(i)).replaceAll("\\.$", "")),
                    "NJI " + (i + 1) + ": " + nji.get(i));
        }

        List<String> needs = items(block(s003, "Behoeften van nieuwe collega’s:", "Bijlage 4"), "^\\s*-\\s+(.*?);?\\s*$");
        List<Factor> needFactors = inw.factorsInGroup("behoeften");
        assertEquals(6, needs.size());
        for (int i = 0; i < 6; i++) {
            assertTrue(normalize(needs.get(i)).startsWith(normalize(needFactors.get(i).label())), "need " + (i + 1) + ": " + needs.get(i));
        }

        Matcher phases = Pattern.compile("(?m)^Fase (\\d): (.*)$").matcher(s003);
        List<String> phaseLabels = new ArrayList<>();
        while (phases.find()) {
            assertEquals(phaseLabels.size() + 1, Integer.parseInt(phases.group(1)));
            phaseLabels.add(phases.group(2));
        }
        assertEquals(5, phaseLabels.size(), "the seed details phases 1-5");
        for (int i = 0; i < 5; i++) {
            assertEquals(punctuationFree(phaseLabels.get(i)), punctuationFree(nl.samenkracht.report.methods.KotterText.phase(i + 1)));
        }
    }

    /** ../shared/seeds beside the project root (CI clones main with shared/ beside it); -Dsamenkracht.seeds overrides. */
    static Path seedsDir() {
        String override = System.getProperty("samenkracht.seeds");
        if (override != null) return Path.of(override);
        Path dir = Path.of("").toAbsolutePath();
        // Surefire runs in the module folder jobs/; the project root is the folder above it.
        Path root = dir.getFileName() != null && dir.getFileName().toString().equals("jobs")
                && Files.isRegularFile(dir.resolveSibling("pom.xml")) ? dir.getParent() : dir;
        return root.resolveSibling("shared").resolve("seeds");
    }

    static String seedText(Path seeds, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(seeds)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new AssertionError("no seed " + prefix + " in " + seeds));
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    static String block(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, "marker not found: " + from);
        int end = text.indexOf(to, start + from.length());
        assertTrue(end > start, "marker not found: " + to);
        return text.substring(start + from.length(), end);
    }

    /** The last capture group of every line matching the pattern. */
    static List<String> items(String block, String linePattern) {
        Pattern p = Pattern.compile(linePattern);
        List<String> items = new ArrayList<>();
        for (String line : block.split("\\R")) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                assertNotNull(m.group(m.groupCount()));
                items.add(m.group(m.groupCount()).strip());
            }
        }
        return items;
    }

    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("(?U)\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static String punctuationFree(String s) {
        return normalize(s).replaceAll("[.;,]", "").replaceAll("(?U)\\s+", " ").strip();
    }
}
