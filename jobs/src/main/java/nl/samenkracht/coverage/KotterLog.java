package nl.samenkracht.coverage;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.ingest.FlexibleDates;
import nl.samenkracht.config.CsvConfig;
import nl.samenkracht.ingest.InputException;
import nl.samenkracht.ingest.frontend.ExportOpener;
import nl.samenkracht.ingest.frontend.ExportRequest;
import nl.samenkracht.ingest.frontend.FrontEnd;
import nl.samenkracht.ingest.frontend.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Kotter activity log through the ingest front end: a small CSV kept by hand, one activity per line,
 * {@code date;phase;description} (delimiter and encoding detected as for every export; a header line is recognised by its first field not being a date). Dates as in
 * Dutch exports (15-9-2024, 2024-09-15); the phase as a number 1-8 ("3" or "fase 3"). A description
 * containing the delimiter must be quoted, or, as the last field, simply runs on to the end of the line.
 * Any line it cannot read is an {@link InputException} naming the file and line: the log is short,
 * and a silently skipped activity would change a phase's status.
 */
final class KotterLog {
    private static final Pattern PHASE = Pattern.compile("^(?:fase\\s*)?(\\d+)$", Pattern.CASE_INSENSITIVE);

    private KotterLog() {}

    /** The descriptions as typed (tests). */
    static List<KotterActivity> read(Path file) {
        return read(file, file.getFileName().toString(), UnaryOperator.identity());
    }

    /**
     * @param name     the file as messages name it (relative to the study folder); the path is resolved and
     *                 checked by the caller (InputFiles: no folder, pipe or link out of the study)
     * @param freeText applied to every description as it is read (the free-text mask, or dropping it), so
     *                 the text as typed never leaves this method: a hand-kept log can name anyone
     */
    static List<KotterActivity> read(Path file, String name, UnaryOperator<String> freeText) {
        if (!Files.isRegularFile(file)) throw new ConfigException("coverage.kotter_log: file not found: " + file);
        if (size(file) == 0) return List.of();
        // Through the ingest front end: sniffed, encoding and delimiter detected, records as Spark's parser reads them.
        ExportRequest request = new ExportRequest(Source.KOTTER, name, "auto", null, CsvConfig.AUTO, 1);
        return ExportOpener.withOpened(file, request, e -> {
            char delimiter = e.dialect().delimiter();
            FlexibleDates dates = new FlexibleDates(null, FlexibleDates.Order.DAY_FIRST);
            List<KotterActivity> out = new ArrayList<>();
            boolean[] first = {true};
            FrontEnd.readLocal(e, 0, (row, fields) -> {
                List<String> f = new ArrayList<>();
                for (String x : fields) f.add(x == null ? "" : x);
                if (f.stream().allMatch(String::isBlank)) return;
                LocalDateTime when = dates.parse(f.get(0));
                if (first[0] && when == null) { first[0] = false; return; } // header
                first[0] = false;
                // The field is not repeated: a hand-kept log can hold anything, names included.
                if (when == null) throw InputException.at(name, row, null, "the first field is no date (expected e.g. 15-9-2024)");
                if (f.size() < 2) throw InputException.at(name, row, null, "expected date" + delimiter + "phase" + delimiter + "description");
                Matcher m = PHASE.matcher(f.get(1).strip());
                int phase = m.matches() ? Integer.parseInt(m.group(1)) : -1;
                if (phase < 1 || phase > KotterPhases.COUNT)
                    throw InputException.at(name, row, null, "the phase (second field) is not a number from 1 to 8");
                // a description with the delimiter in it may run on unquoted to the end of the line
                String description = f.size() < 3 ? "" : String.join(String.valueOf(delimiter), f.subList(2, f.size())).strip();
                out.add(new KotterActivity(when.toLocalDate(), phase, description.isEmpty() ? description : freeText.apply(description)));
            });
            return out;
        });
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new InputException(file.getFileName() + ": cannot read: " + e.getClass().getSimpleName());
        }
    }

    /** The reference date from study.yaml (ISO or Dutch), or {@code fallback} when not set. */
    static LocalDate referenceDate(String configured, LocalDate fallback) {
        if (configured == null || configured.isBlank()) return fallback;
        LocalDateTime d = new FlexibleDates(null, FlexibleDates.Order.DAY_FIRST).parse(configured);
        if (d == null) throw new ConfigException("coverage.kotter_log.reference_date: '" + configured + "' is no date (e.g. 2025-06-30)");
        return d.toLocalDate();
    }
}
