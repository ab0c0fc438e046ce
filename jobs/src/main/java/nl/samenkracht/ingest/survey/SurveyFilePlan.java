package nl.samenkracht.ingest.survey;

import nl.samenkracht.ingest.CsvStructure;
import nl.samenkracht.ingest.FlexibleDates;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Everything the row interpreter needs to turn one file's raw rows into submissions; built on the
 * driver from study.yaml and the file's header, shipped to the executors.
 *
 * @param fileLabel       the file as named in messages (relative to the study folder)
 * @param headerRows      records before the data (Qualtrics: 3)
 * @param width           number of header columns
 * @param knownLocations  when the study lists its locations, any other is rejected; empty = accept all
 * @param delimiter       field separator of the text Spark reads
 * @param leadingColumns  columns before the data that the reader added itself (the sheet row of a converted .xlsx)
 * @param keepFreeText    privacy.include_free_text: when false the text of open items is dropped on reading
 * @param rowNumbers      a text export's record index → the row a spreadsheet shows (empty lines counted)
 */
public record SurveyFilePlan(String surveyId, String instrumentId, String fileLabel, int headerRows, int width,
                             List<String> header, int respondentColumn, int submittedAtColumn,
                             AttributePlan wave, AttributePlan schoolYear, AttributePlan location,
                             AttributePlan group, List<ItemPlan> items, FlexibleDates dates,
                             Set<String> knownLocations, char delimiter, int leadingColumns,
                             boolean keepFreeText, CsvStructure.RowNumbers rowNumbers) implements Serializable {
    /** The row a user sees for a raw record: the sheet row of a converted workbook, else from the record index. */
    public int userRow(long recordIndex, long sheetRow) {
        return leadingColumns == 1 ? (int) sheetRow : rowNumbers.row(recordIndex);
    }
}
