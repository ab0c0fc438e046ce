package nl.samenkracht.generate;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.ingest.interviews.CodedSegment;
import nl.samenkracht.ingest.interviews.InterviewReadOptions;
import nl.samenkracht.ingest.interviews.InterviewReadResult;
import nl.samenkracht.ingest.interviews.InterviewFormat;
import nl.samenkracht.ingest.interviews.InterviewReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The interview sample, read back with the MAXQDA reader (not with the generator's own code): the
 * planned number of respondents per code and wave, twelve interviews per wave, the one blemish, and
 * a committed file equal to a fresh generation.
 */
class InterviewSampleGeneratorTest {
    static InterviewReadResult read(Path file) throws Exception {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("Voormeting *", "wave:voormeting");
        groups.put("Nameting *", "wave:nameting");
        return InterviewReaders.forFormat(InterviewFormat.MAXQDA).read(file, new InterviewReadOptions("maxqda", Map.of(), null, groups, null));
    }

    @Test
    void respondentsPerCodeFollowThePlan(@TempDir Path dir) throws Exception {
        InterviewReadResult r = read(new InterviewSampleGenerator().write(dir));
        Map<String, Set<String>> who = new HashMap<>();
        Map<String, Set<String>> interviewed = new HashMap<>();
        for (CodedSegment s : r.segments()) {
            who.computeIfAbsent(s.wave() + "|" + s.code(), k -> new HashSet<>()).add(s.respondent());
            interviewed.computeIfAbsent(s.wave(), k -> new HashSet<>()).add(s.respondent());
        }
        InterviewSampleGenerator.PLAN.forEach((code, n) -> {
            assertEquals(n[0], who.getOrDefault("voormeting|" + code, Set.of()).size(), "voormeting " + code);
            assertEquals(n[1], who.getOrDefault("nameting|" + code, Set.of()).size(), "nameting " + code);
        });
        assertEquals(12, interviewed.get("voormeting").size());
        assertEquals(interviewed.get("voormeting"), interviewed.get("nameting")); // the same people, linked by name
        assertEquals(1, r.rejects().size());
        assertEquals(RejectReason.NO_TEXT, r.rejects().get(0).reason(), r.rejects().get(0).message());
        // at least one passage carries two codes (co-occurrence on the same text)
        Set<String> passages = new HashSet<>();
        boolean shared = false;
        for (CodedSegment s : r.segments()) shared |= !passages.add(s.respondent() + "|" + s.wave() + "|" + s.text());
        assertTrue(shared);
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherData(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws IOException {
        Path x = new InterviewSampleGenerator().write(a);
        Path y = new InterviewSampleGenerator(SampleStudyGenerator.DEFAULT_SEED).write(b);
        Path z = new InterviewSampleGenerator(7L).write(c);
        assertEquals(-1L, Files.mismatch(x, y));
        assertNotEquals(-1L, Files.mismatch(x, z));
    }

    /** Compared entry by entry (names, order, uncompressed bytes), as for the survey workbooks. */
    @Test
    void committedSampleEqualsFreshGeneration(@TempDir Path fresh) throws IOException {
        Path committed = SampleExports.repoRoot().resolve("data-samples").resolve(InterviewSampleGenerator.FOLDER)
                .resolve(InterviewSampleGenerator.FILE);
        Path generated = new InterviewSampleGenerator().write(fresh);
        Map<String, byte[]> want = entries(generated);
        Map<String, byte[]> got = entries(committed);
        assertEquals(List.copyOf(want.keySet()), List.copyOf(got.keySet()));
        for (String e : want.keySet()) assertArrayEquals(want.get(e), got.get(e), e + " differs: regenerate data-samples");
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        try (InputStream in = Files.newInputStream(zip)) {
            return ReproducibleZip.entries(in);
        }
    }
}
