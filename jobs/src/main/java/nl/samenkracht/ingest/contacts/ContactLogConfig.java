package nl.samenkracht.ingest.contacts;

import nl.samenkracht.config.CsvConfig;

import java.util.List;
import java.util.Map;

/**
 * One contact log export (or several files of the same layout).
 *
 * @param id         name used in messages and the data-quality sheet
 * @param files      paths or globs, relative to the study file's folder
 * @param format     auto | csv | xlsx
 * @param sheet      xlsx sheet name (default: the first sheet)
 * @param csv        CSV dialect (default: detected)
 * @param kind       counterpart kind: ouder | nieuwe_collega | partner
 * @param columns    logical column → header in the export: date, counterpart and type are
 *                   required; staff, location, class, channel, initiator, tone, child_present and
 *                   attendance are optional
 * @param values     per logical column (type, channel, initiator, tone, child_present): export
 *                   label → canonical value. Labels are matched without case and surrounding spaces.
 * @param dateFormat java.time pattern of the date column (e.g. dd-MM-yyyy), or auto (default:
 *                   ISO, Dutch d-m-yyyy, day-first slash dates and Excel serial numbers);
 *                   falls back to {@code csv.date_format}
 */
public record ContactLogConfig(String id, List<String> files, String format, String sheet, CsvConfig csv, String kind,
                               Map<String, String> columns, Map<String, Map<String, String>> values, String dateFormat) {
    public ContactLogConfig {
        if (files == null) files = List.of();
        if (format == null) format = "auto";
        if (csv == null) csv = CsvConfig.AUTO;
        if (columns == null) columns = Map.of();
        if (values == null) values = Map.of();
        if (dateFormat == null) dateFormat = csv.dateFormat();
    }

    public String column(String logical) {
        return columns.get(logical);
    }
}
