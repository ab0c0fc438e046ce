package nl.samenkracht.ingest;

import nl.samenkracht.config.Study;
import nl.samenkracht.ingest.contacts.RosterConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names on a study's rosters, for masking free text (privacy.FreeTextMask): the counterpart
 * values that are names (a colleague's or a partner's name; a pupil number is not) and, where a
 * roster has them, its first-name and surname columns ("Roepnaam", "Voornaam", "Tussenvoegsel",
 * "Achternaam", "Naam"), whether or not study.yaml names them. Each full name is returned, and its
 * first name and surname apart. Read on the driver: rosters are small (a board's is ~60,000 rows).
 * A roster that cannot be read gives no names here; its own reading reports the problem.
 */
public final class RosterNames {
    private static final Set<String> FIRST = Set.of("roepnaam", "voornaam", "voornamen", "first name", "firstname");
    private static final Set<String> MIDDLE = Set.of("tussenvoegsel", "tussenvoegsels", "voorvoegsel");
    private static final Set<String> LAST = Set.of("achternaam", "familienaam", "last name", "lastname", "surname");
    private static final Set<String> FULL = Set.of("naam", "volledige naam", "name", "full name");

    private RosterNames() {}

    public static List<String> of(Study study) {
        Set<String> out = new LinkedHashSet<>();
        for (RosterConfig r : study.config().contacts().rosters()) {
            List<Path> files;
            try {
                files = InputFiles.resolve(study, "contacts roster '" + r.id() + "'", r.files());
            } catch (RuntimeException e) {
                continue;
            }
            for (Path f : files) {
                try {
                    read(f, r, out);
                } catch (RuntimeException | IOException e) {
                    // reported by the roster's own ingest
                }
            }
        }
        return List.copyOf(out);
    }

    private static void read(Path file, RosterConfig r, Set<String> out) throws IOException {
        List<String[]> rows;
        int lead = 0;
        Path tmp = null;
        try {
            switch (FileSniffer.container(file)) {
                case XLSX -> {
                    tmp = Files.createTempFile("samenkracht-roster-", ".csv");
                    XlsxToCsv.convert(file, r.sheet(), tmp);
                    rows = HeaderReader.firstRecords(tmp, CsvDialect.CANONICAL, Integer.MAX_VALUE);
                    lead = 1;
                }
                case TEXT -> rows = HeaderReader.firstRecords(file, FileSniffer.dialect(file, r.csv()), Integer.MAX_VALUE);
                default -> {
                    return;
                }
            }
        } finally {
            if (tmp != null) Files.deleteIfExists(tmp);
        }
        if (rows.isEmpty()) return;
        String[] header = rows.get(0);
        String counterpart = r.column("counterpart");
        int cp = -1, first = -1, middle = -1, last = -1;
        List<Integer> full = new ArrayList<>();
        for (int i = lead; i < header.length; i++) {
            String h = header[i] == null ? "" : header[i].strip().toLowerCase(Locale.ROOT);
            if (counterpart != null && h.equalsIgnoreCase(counterpart.strip())) cp = i;
            if (FIRST.contains(h)) first = i;
            else if (MIDDLE.contains(h)) middle = i;
            else if (LAST.contains(h)) last = i;
            else if (FULL.contains(h)) full.add(i);
        }
        if (cp >= 0 && !full.contains(cp)) full.add(cp);
        for (String[] row : rows.subList(1, rows.size())) {
            String f = cell(row, first), m = cell(row, middle), l = cell(row, last);
            if (f != null) out.add(f);
            if (l != null) out.add(m == null ? l : m + " " + l);
            if (f != null && l != null) out.add(f + " " + (m == null ? "" : m + " ") + l);
            for (int i : full) {
                String v = cell(row, i);
                if (v == null || !v.chars().anyMatch(Character::isLetter)) continue; // a pupil number is no name
                out.add(v);
                String[] parts = v.split("\\s+");
                if (parts.length > 1) {
                    out.add(parts[0]);
                    out.add(parts[parts.length - 1]);
                }
            }
        }
    }

    private static String cell(String[] row, int i) {
        if (i < 0 || i >= row.length || row[i] == null || row[i].isBlank()) return null;
        return row[i].strip();
    }
}
