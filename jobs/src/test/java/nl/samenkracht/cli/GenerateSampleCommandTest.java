package nl.samenkracht.cli;

import nl.samenkracht.testing.RepoPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code generate sample} re-creates every committed export, the contact logs and rosters included (issue 15, point 7). */
class GenerateSampleCommandTest {
    @Test
    void theCommittedContactExportsComeBackByteForByte(@TempDir Path out) throws IOException {
        assertEquals(ExitCodes.OK, Main.execute("generate", "sample", "--out", out.toString()));
        Path committed = RepoPaths.root().resolve("data-samples/exports");
        // the CSVs byte for byte; the workbook (zip) is compared entry by entry elsewhere, here by existence
        for (String f : List.of("contacten_ouders.csv", "contacten_partners.csv", "leerlingen.csv", "nieuwe_collegas.csv", "partners.csv"))
            assertEquals(-1L, Files.mismatch(committed.resolve(f), out.resolve("exports").resolve(f)), f);
        assertTrue(Files.size(out.resolve("exports/buddygesprekken.xlsx")) > 1000);
        assertTrue(Files.isRegularFile(out.resolve("interviews/inwerken_2024-2025_interviews_maxqda.xlsx")));
    }
}
