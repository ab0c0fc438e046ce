package nl.samenkracht.coverage;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.ingest.FlexibleDates;
import nl.samenkracht.ingest.InputException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Kotter activity log: a small CSV kept by hand, one activity per line,
 * {@code date;phase;description} ({@code ;} or {@code ,}, detected from the first line; UTF-8 or
 * Windows-1252; a header line is recognised by its first field not being a date). Dates as in
 * Dutch exports (15-9-2024, 2024-09-15); the phase as a number 1-8 ("3" or "fase 3"). A description
 * containing the delimiter must be quoted, or, as the last field, simply runs on to the end of the line.
 * Any line it cannot read is an {@link InputException} naming the file and line: the log is short,
 * and a silently skipped activity would change a phase's status.
 */
final class KotterLog {
    private static final Pattern PHASE = Pattern.compile("^(?:fase\\s*)?(\\d+)$", Pattern.CASE_INSENSITIVE);

    private KotterLog() {}

    /** @param name the file as messages name it (relative to the study folder) */
    static List<KotterActivity> read(Path file, String name) {
        String text = decode(file);
        List<String> lines = text.lines().toList();
        char delimiter = ';';
        for (String l : lines) {
            if (l.isBlank()) continue;
            delimiter = l.indexOf(';') >= 0 ? ';' : ',';
            break;
        }
        FlexibleDates dates = new FlexibleDates(null, FlexibleDates.Order.DAY_FIRST);
        List<KotterActivity> out = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            List<String> f = split(line, delimiter);
            LocalDateTime when = dates.parse(f.get(0));
            if (first && when == null) { first = false; continue; } // header
            first = false;
            if (when == null) // The cell is not repeated: a hand-kept log can hold anything, names included.
                throw InputException.at(name, i + 1, null, "the first field is no date (expected e.g. 15-9-2024)");
            if (f.size() < 2) throw InputException.at(name, i + 1, null, "expected date" + delimiter + "phase" + delimiter + "description");
            Matcher m = PHASE.matcher(f.get(1).strip());
            int phase = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            if (phase < 1 || phase > KotterPhases.COUNT)
                throw InputException.at(name, i + 1, null, "the phase (second field) is not a number from 1 to 8");
            String description = f.size() < 3 ? "" : String.join(String.valueOf(delimiter), f.subList(2, f.size())).strip();
            out.add(new KotterActivity(when.toLocalDate(), phase, description));
        }
        return out;
    }

    /** The reference date from study.yaml (ISO or Dutch), or {@code fallback} when not set. */
    static LocalDate referenceDate(String configured, LocalDate fallback) {
        if (configured == null || configured.isBlank()) return fallback;
        LocalDateTime d = new FlexibleDates(null, FlexibleDates.Order.DAY_FIRST).parse(configured);
        if (d == null) throw new ConfigException("coverage.kotter_log.reference_date: '" + configured + "' is no date (e.g. 2025-06-30)");
        return d.toLocalDate();
    }

    private static String decode(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.getFileName() + ": cannot read the file");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252")); // Excel's "CSV (gescheiden door lijstscheidingsteken)"
        }
    }

    /** Fields of one line; double quotes around a field are removed ("" inside is a quote). */
    static List<String> split(String line, char delimiter) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') { b.append('"'); i++; }
                else quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }
}
