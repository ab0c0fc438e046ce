package nl.samenkracht.coverage;

import nl.samenkracht.ingest.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The Kotter log read through the ingest front end: encoding, delimiter, header, quoting, row numbers in messages. */
class KotterLogTest {
    @TempDir
    Path dir;

    @Test
    void windows1252WithAHeaderAQuotedDelimiterAndADescriptionThatRunsOn() throws Exception {
        Path f = dir.resolve("kotter.csv");
        Files.write(f, ("datum;fase;activiteit\r\n"
                + "2-10-2023;1;Gesprekken over ‘inwerken’ (€0)\r\n"
                + "\r\n"
                + "10-10-2023;fase 2;\"Overleg; directie\"\r\n"
                + "9-9-2024;5;Buddy aangesteld; één document\r\n").getBytes(Charset.forName("windows-1252")));
        assertEquals(List.of(
                new KotterActivity(LocalDate.of(2023, 10, 2), 1, "Gesprekken over ‘inwerken’ (€0)"),
                new KotterActivity(LocalDate.of(2023, 10, 10), 2, "Overleg; directie"),
                new KotterActivity(LocalDate.of(2024, 9, 9), 5, "Buddy aangesteld; één document")), KotterLog.read(f));
    }

    @Test
    void aBadLineIsNamedByItsRowCountingEmptyLines() throws Exception {
        Path f = Files.writeString(dir.resolve("k.csv"), "2-10-2023;1;a\n\n3-10-2023;9;b\n");
        InputException e = assertThrows(InputException.class, () -> KotterLog.read(f));
        // The message names file and row, never the cell's contents (issue 17).
        assertEquals("k.csv, row 3: the phase (second field) is not a number from 1 to 8", e.getMessage());
    }

    /** Issue 17: a description is free text like an open answer; the text as typed never leaves the reader. */
    @Test
    void descriptionsAreMaskedAsTheyAreRead() throws Exception {
        Path f = Files.writeString(dir.resolve("kotter.csv"), "datum;fase;activiteit\n"
                + "2-10-2023;1;Gesprek met Jolien Wijnaldum (06-12345678, j.wijnaldum@school.nl)\n3-10-2023;2;Overleg\n");
        var mask = nl.samenkracht.privacy.FreeTextMask.of(List.of("Jolien Wijnaldum", "Jolien", "Wijnaldum"));
        List<KotterActivity> read = KotterLog.read(f, "kotter.csv", mask::apply);
        assertEquals(List.of(new KotterActivity(LocalDate.of(2023, 10, 2), 1, "Gesprek met [naam] ([telefoon], [e-mail])"),
                new KotterActivity(LocalDate.of(2023, 10, 3), 2, "Overleg")), read);
        // include_free_text: false keeps no description at all
        assertEquals("", KotterLog.read(f, "kotter.csv", t -> "").get(0).description());
    }

    @Test
    void anEmptyLogHasNoActivities() throws Exception {
        assertEquals(List.of(), KotterLog.read(Files.writeString(dir.resolve("e.csv"), "")));
    }
}
