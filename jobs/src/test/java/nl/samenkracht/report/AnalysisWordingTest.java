package nl.samenkracht.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only {@code report} words results in Dutch: the analysis stages (statistics, indicators, coverage) return typed
 * values (issue 14). This reads their sources and finds string literals that are Dutch display text. The ones that
 * are still there are listed in {@code analysis-dutch-allowlist.txt} (file and literal, grouped by why they remain:
 * na_reason texts and reliability warnings not yet typed, framework-file messages, labels a config may override);
 * any other fails, so wording that moved to {@code report} (the interview methods paragraph, the evidence-wave
 * sentence, the p-value methods, the terminal warnings) cannot come back, and new wording goes to {@code report}.
 * The check is a word list, not a language model: a Dutch word in an English message would be flagged too.
 */
class AnalysisWordingTest {
    private static final List<String> PACKAGES = List.of("statistics", "indicators", "coverage");

    /** Words that mark Dutch prose; an identifier or a config key ("reach_first_weeks") never matches. */
    private static final Pattern DUTCH = Pattern.compile("(?iu)(?<![\\p{L}_])(de|het|een|van|geen|niet|met|voor|zijn|wordt|telt"
            + "|minder|dan|bij|staat|ontbreekt|onbekende?|dubbele|alle|locaties|gegevens|antwoorden|paren|schaal|meting|leerling"
            + "|aandeel|bereik|contacten|waarde|rij|kop|datum|tekst|benadering|knopen|gelijk|respondenten|variantie)(?![\\p{L}_])");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void analysisPackagesHoldNoDutchWordingBeyondTheListedDebt() throws IOException {
        Path src = sourceRoot();
        Set<String> allowed = new TreeSet<>();
        try (var in = AnalysisWordingTest.class.getResourceAsStream("/analysis-dutch-allowlist.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                if (!line.isBlank() && !line.startsWith("#")) allowed.add(line.replace("\r", ""));
        }
        List<String> found = new ArrayList<>();
        for (String pkg : PACKAGES) {
            try (Stream<Path> files = Files.walk(src.resolve("nl/samenkracht").resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String rel = src.relativize(f).toString().replace('\\', '/');
                    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        String s = line.strip();
                        if (s.startsWith("*") || s.startsWith("//") || s.startsWith("/*")) continue;
                        Matcher m = LITERAL.matcher(line);
                        while (m.find()) if (dutch(m.group(1))) found.add(rel + "\t" + m.group(1));
                    }
                }
            }
        }
        List<String> unexpected = found.stream().filter(x -> !allowed.contains(x)).toList();
        if (Boolean.getBoolean("wording.print")) found.forEach(System.out::println);
        assertTrue(unexpected.isEmpty(), "Dutch wording in an analysis package; return a typed value and word it in report"
                + " (or list it in analysis-dutch-allowlist.txt with the reason it stays):\n" + String.join("\n", unexpected));
        // The list is the remaining debt: a line whose literal is gone must go too, or it would let the wording back in.
        List<String> stale = allowed.stream().filter(x -> !found.contains(x)).toList();
        assertTrue(stale.isEmpty(), "listed in analysis-dutch-allowlist.txt but no longer in the sources; remove:\n"
                + String.join("\n", stale));
        assertTrue(found.size() > 20, "the scan found the listed literals at all: " + found.size());
    }

    /** Prose: a marker word in a literal with a space, or a literal that is one marker word ("geen antwoorden"). */
    static boolean dutch(String literal) {
        String t = literal.strip();
        return DUTCH.matcher(t).find() && (t.contains(" ") || DUTCH.matcher(t).matches());
    }

    @Test
    void theWordListTellsDutchFromEnglish() {
        assertTrue(dutch("minder dan 2 paren"));
        assertTrue(dutch("normale benadering (correctie voor knopen)"));
        assertTrue(!dutch("no wave 'x' or 'y' found: no pre/post comparison"));
        assertTrue(!dutch("contact/ouder/reach_first_weeks"));
    }

    private static Path sourceRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("jobs/src/main/java"))) p = p.getParent();
        return p.resolve("jobs/src/main/java");
    }
}
