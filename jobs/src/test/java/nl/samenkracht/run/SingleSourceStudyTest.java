package nl.samenkracht.run;

import nl.samenkracht.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A study with only contact logs (no survey, no interview) runs end to end through the CLI: it is
 * no longer refused, its output folder is the latest school year of the contacts, and the contact
 * tables are written.
 */
class SingleSourceStudyTest {
    @TempDir
    Path dir;

    @Test
    void contactsOnlyStudyRuns() throws IOException {
        Path sample = Path.of("..", "data-samples").toAbsolutePath().normalize();
        if (!Files.isDirectory(sample)) sample = Path.of("data-samples").toAbsolutePath();
        Path exports = Files.createDirectories(dir.resolve("study/exports"));
        for (String f : List.of("contacten_ouders.csv", "contacten_partners.csv", "buddygesprekken.xlsx",
                "leerlingen.csv", "nieuwe_collegas.csv", "partners.csv"))
            Files.copy(sample.resolve("exports").resolve(f), exports.resolve(f));
        List<String> lines = Files.readAllLines(sample.resolve("study.yaml"));
        int contacts = lines.indexOf("contacts:");
        StringBuilder yaml = new StringBuilder("""
                version: 1
                study: {id: contacten-only, name: Alleen contacten}
                output: reports
                privacy: {key_file: %s, min_group_size: 5}
                locations: [Akker, Beek, Duin, Haven]
                """.formatted(dir.resolve("key/pseudonym.key").toString().replace('\\', '/')));
        for (String l : lines.subList(contacts, lines.size())) yaml.append(l).append('\n');
        Path study = dir.resolve("study/study.yaml");
        Files.writeString(study, yaml);

        CliRun r = CliRun.of("run", study.toString(), "--master", "local[1]");
        assertEquals(0, r.exitCode(), r.all());
        assertFalse(r.all().contains("no survey"), r.all());
        // The sample's contact logs cover 2022-2023 … 2024-2025: the run is named after the latest.
        Path run = dir.resolve("study/reports/contacten-only/2024-2025");
        assertTrue(Files.isDirectory(run), r.all());
        assertTrue(Files.isRegularFile(run.resolve("onderzoek.xlsx")), r.all());
        assertTrue(Files.isDirectory(run.resolve("data/contacts")), r.all());
    }
}
