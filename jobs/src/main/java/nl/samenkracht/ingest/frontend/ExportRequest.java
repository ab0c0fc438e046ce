package nl.samenkracht.ingest.frontend;

import nl.samenkracht.config.CsvConfig;

/**
 * What study.yaml says about the files of one survey, log, roster or interview set: everything the
 * front end needs to open them.
 *
 * @param source      which kind of input
 * @param id          the survey, log or roster id (for run.json)
 * @param format      the configured format ("auto", "csv", "xlsx", "msforms", …): a text file is refused
 *                    when the format says workbook, and a workbook is accepted under a text name only then
 * @param sheet       the configured sheet, or null for the first visible one
 * @param csv         configured encoding, delimiter and decimal mark ("auto" = detect)
 * @param headRecords how many records from the top are read on the driver (the header, and for a
 *                    layout with a second header row, that row too)
 */
public record ExportRequest(Source source, String id, String format, String sheet, CsvConfig csv, int headRecords) {
    /** The format says the file must be a workbook. */
    boolean wantsWorkbook() {
        return "xlsx".equals(format) || "msforms".equals(format);
    }
}
