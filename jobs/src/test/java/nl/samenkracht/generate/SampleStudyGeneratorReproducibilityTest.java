package nl.samenkracht.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SampleStudyGeneratorReproducibilityTest {
    private static final List<String> FILES = List.of(
            "inwerken_2023-2024_voormeting_msforms.xlsx",
            "inwerken_2023-2024_nameting_msforms.xlsx",
            "inwerken_2024-2025_voormeting_msforms.xlsx",
            "inwerken_2024-2025_nameting_googleforms.csv");

    @Test
    void writesTheFourExportsAndNothingElse(@TempDir Path dir) throws IOException {
        new SampleStudyGenerator().writeSurveys(dir);
        try (Stream<Path> s = Files.list(dir.resolve("exports"))) {
            assertEquals(FILES.stream().sorted().toList(), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(FILES, new SampleStudyGenerator().surveyFileNames());
    }

    /** Two separate generators, seconds apart, give byte-identical files: no clock, no hash order, no zip timestamps. */
    @Test
    void twoRunsGiveIdenticalBytes(@TempDir Path a, @TempDir Path b) throws IOException, InterruptedException {
        new SampleStudyGenerator().writeSurveys(a);
        Thread.sleep(2100); // zip timestamps have a 2-second resolution: a clock-stamped entry would now differ
        new SampleStudyGenerator(SampleStudyGenerator.DEFAULT_SEED).writeSurveys(b);
        for (String f : FILES)
            assertEquals(-1L, Files.mismatch(a.resolve("exports").resolve(f), b.resolve("exports").resolve(f)), f);
    }

    @Test
    void anotherSeedGivesOtherData(@TempDir Path a, @TempDir Path b) throws IOException {
        new SampleStudyGenerator().writeSurveys(a);
        new SampleStudyGenerator(7L).writeSurveys(b);
        for (String f : FILES)
            assertNotEquals(-1L, Files.mismatch(a.resolve("exports").resolve(f), b.resolve("exports").resolve(f)), f);
    }

    /**
     * The committed sample equals a fresh generation. The CSV must match byte for byte. For the
     * workbooks every zip entry (name, order, uncompressed bytes: the sheet XML, shared strings,
     * styles, document properties) must match; the compressed container bytes are not compared,
     * because deflate output may legitimately differ between zlib builds on other machines.
     */
    @Test
    void committedSampleEqualsFreshGeneration(@TempDir Path fresh) throws IOException {
        Path committed = SampleExports.repoRoot().resolve("data-samples").resolve("exports");
        new SampleStudyGenerator().writeSurveys(fresh);
        for (String f : FILES) {
            Path c = committed.resolve(f);
            Path n = fresh.resolve("exports").resolve(f);
            if (f.endsWith(".csv")) {
                assertEquals(-1L, Files.mismatch(c, n), f + " differs from a fresh generation: regenerate data-samples");
            } else {
                Map<String, byte[]> want = entries(n);
                Map<String, byte[]> got = entries(c);
                assertEquals(List.copyOf(want.keySet()), List.copyOf(got.keySet()), f);
                for (String e : want.keySet()) assertArrayEquals(want.get(e), got.get(e), f + "!" + e);
            }
        }
    }

    private static LinkedHashMap<String, byte[]> entries(Path zip) throws IOException {
        try (InputStream in = Files.newInputStream(zip)) {
            return ReproducibleZip.entries(in);
        }
    }
}
