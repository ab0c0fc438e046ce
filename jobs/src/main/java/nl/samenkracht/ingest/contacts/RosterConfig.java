package nl.samenkracht.ingest.contacts;

import nl.samenkracht.config.CsvConfig;

import java.util.List;
import java.util.Map;

/**
 * A roster: everyone a kind of contact should reach (all pupils/parents per class and location
 * per school year; all new colleagues with their start date; the partner organisations). It is
 * the denominator of every reach figure.
 *
 * @param id         name used in messages
 * @param kind       ouder | nieuwe_collega | partner
 * @param files      paths or globs, relative to the study file's folder
 * @param format     auto | csv | xlsx
 * @param sheet      xlsx sheet name (default: the first sheet)
 * @param csv        CSV dialect (default: detected)
 * @param columns    logical column → header: counterpart (required; the same identifier as in the
 *                   logs), location, class, school_year, start_date. Without school_year the year
 *                   comes from start_date; without both, the roster applies to every school year.
 * @param dateFormat java.time pattern of start_date, or auto
 */
public record RosterConfig(String id, String kind, List<String> files, String format, String sheet, CsvConfig csv,
                           Map<String, String> columns, String dateFormat) {
    public RosterConfig {
        if (files == null) files = List.of();
        if (format == null) format = "auto";
        if (csv == null) csv = CsvConfig.AUTO;
        if (columns == null) columns = Map.of();
        if (dateFormat == null) dateFormat = csv.dateFormat();
    }

    public String column(String logical) {
        return columns.get(logical);
    }
}
