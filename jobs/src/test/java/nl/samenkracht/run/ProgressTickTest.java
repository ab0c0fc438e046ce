package nl.samenkracht.run;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress line (issue 15): while a stage runs it says where it is, between stages it is silent. */
class ProgressTickTest {
    @Test
    void aRunningStageTicksWithItsElapsedTimeAndStatusAndStopsWhenDone() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), 2)) {
            p.tick(() -> "Spark stage 3: 1/2 tasks; 42 rows read", 100);
            long t0 = System.nanoTime();
            p.start("Reading");
            Thread.sleep(650);
            p.done("read");
            long ranMillis = (System.nanoTime() - t0) / 1_000_000;
            int ticks = ticks(buf);
            // At most one line per 100 ms (never more often); at least two in 650 ms even on a loaded machine.
            assertTrue(ticks >= 2 && ticks <= ranMillis / 100, ticks + " lines in " + ranMillis + " ms:\n" + buf);
            Thread.sleep(400);
            assertEquals(ticks, ticks(buf), "no line between stages:\n" + buf);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.lines().anyMatch(l -> l.matches(" {6}… 0 s  Spark stage 3: 1/2 tasks; 42 rows read")), out);
        assertTrue(out.startsWith("[1/2] Reading ...\n"), out);
    }

    private static int ticks(ByteArrayOutputStream buf) {
        return (int) buf.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("…")).count();
    }
}
