package nl.samenkracht.config;

import java.util.List;

/**
 * One export (or a set of files of the same layout) of an instrument.
 *
 * @param id          name used in the data-quality sheet
 * @param instrument  instrument id
 * @param files       paths or globs, relative to the study file's folder
 * @param format      auto | msforms | googleforms | qualtrics | limesurvey | csv | xlsx
 * @param sheet       xlsx sheet name (default: the first sheet)
 * @param csv         CSV dialect (default: detected)
 * @param respondent  column identifying the respondent (pseudonymised on ingest); null = anonymous
 * @param submittedAt column with the submission time (default: from the export layout)
 */
public record SurveyConfig(String id, String instrument, List<String> files, String format, String sheet,
                           CsvConfig csv, String respondent, String submittedAt, ValueSource wave,
                           ValueSource schoolYear, ValueSource location, ValueSource group) {
    public SurveyConfig {
        if (files == null) files = List.of();
        if (format == null) format = "auto";
        if (csv == null) csv = CsvConfig.AUTO;
    }
}
