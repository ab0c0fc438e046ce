package nl.samenkracht.export;

import java.util.List;

/**
 * An R script that reads the UTF-8 export: items become factors with the answer labels as
 * levels (the "counts as missing" code becomes NA), school year, wave, location and group
 * become factors, scale scores stay numeric; every column carries its label as
 * {@code attr(x, "label")} (as haven and labelled do).
 */
final class RScriptText {
    private RScriptText() {}

    static String of(String title, String csvName, List<ExportVariable> vars, List<String> waveOrder) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(title.replace("\n", " ")).append('\n');
        b.append("# Leest ").append(csvName).append(" met labels. Draai dit script in de map export/ (of zet setwd()).\n");
        b.append("d <- read.csv(\"").append(csvName).append("\", fileEncoding = \"UTF-8\", na.strings = \"\",\n")
                .append("              stringsAsFactors = FALSE, colClasses = c(")
                .append(String.join(", ", vars.stream().map(v -> v.kind() == ExportVariable.Kind.TEXT ? "\"character\"" : "\"numeric\"").toList()))
                .append("))\n");
        b.append("d$wave <- factor(d$wave, levels = unique(c(").append(String.join(", ", waveOrder.stream().map(RScriptText::str).toList()))
                .append(", sort(unique(d$wave)))))\n");
        for (String f : List.of(ExportVariables.SCHOOL_YEAR, ExportVariables.LOCATION, ExportVariables.GROUP))
            b.append("d$").append(f).append(" <- factor(d$").append(f).append(")\n");
        for (ExportVariable v : vars) {
            if (v.kind() != ExportVariable.Kind.ITEM) continue;
            b.append("d$").append(v.name()).append(" <- factor(d$").append(v.name()).append(", levels = c(")
                    .append(String.join(", ", v.values().stream().map(c -> ExportCsv.number(c.code())).toList()))
                    .append("),\n    labels = c(").append(String.join(", ", v.values().stream().map(c -> str(c.label())).toList()))
                    .append("), ordered = TRUE)");
            if (v.missingCode() != null)
                b.append("  # ").append(v.missingCode()).append(" = ").append(v.missingText().replace("\n", " ")).append(": NA");
            b.append('\n');
        }
        for (ExportVariable v : vars)
            b.append("attr(d$").append(v.name()).append(", \"label\") <- ").append(str(v.label())).append('\n');
        return b.toString();
    }

    /** An R string literal. */
    static String str(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace("\r", " ") + "\"";
    }
}
