package nl.samenkracht.generate;

import java.util.List;

/**
 * One export file: its name under exports/, what it holds, and its rows in submission order.
 *
 * @param googleForms true for the Google Forms CSV, false for a Microsoft Forms workbook
 */
record SurveyFile(String fileName, String schoolYear, Wave wave, boolean googleForms, List<Submission> rows) {
    SurveyFile {
        rows = List.copyOf(rows);
    }

    static String name(String schoolYear, Wave wave, boolean googleForms) {
        return "inwerken_" + schoolYear + "_" + wave.label + (googleForms ? "_googleforms.csv" : "_msforms.xlsx");
    }
}
