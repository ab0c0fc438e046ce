package nl.samenkracht.export;

import java.util.List;

/**
 * One column of the respondent export, with what SPSS and R need to label it.
 *
 * @param name        column name in the CSV and variable name in SPSS/R (a valid SPSS name)
 * @param label       variable label: the item text, the scale label, or a Dutch description
 * @param kind        text, an item (answer codes), or a scale score (decimal)
 * @param values      answer codes with their labels, low to high (items only)
 * @param missingCode the code of "counts as missing" answers such as "Weet ik niet", or null
 * @param missingText the label of that code
 */
record ExportVariable(String name, String label, Kind kind, List<CodeLabel> values, Integer missingCode,
                      String missingText) {
    enum Kind { TEXT, ITEM, SCORE }

    /** An answer code and its label. */
    record CodeLabel(double code, String label) {}
}
