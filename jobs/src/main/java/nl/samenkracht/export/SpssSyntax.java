package nl.samenkracht.export;

import java.util.List;
import java.util.Map;

/**
 * SPSS syntax (also run by PSPP) that reads the UTF-8 export with its variable labels (item
 * texts), value labels (answer labels) and the "counts as missing" code declared as missing.
 */
final class SpssSyntax {
    private SpssSyntax() {}

    /**
     * @param csvName    the UTF-8 CSV, relative to the folder SPSS runs in
     * @param textWidths byte width per text variable (at least 1)
     */
    static String of(String title, String csvName, List<ExportVariable> vars, Map<String, Integer> textWidths) {
        StringBuilder b = new StringBuilder();
        b.append("* ").append(comment(title)).append(".\n");
        b.append("* Leest ").append(csvName).append(" met labels. Staat het bestand elders, zet dan eerst de map:\n");
        b.append("* CD 'C:\\pad\\naar\\export'.\n\n");
        b.append("SET DECIMAL=DOT.\n");
        b.append("GET DATA\n  /TYPE=TXT\n  /FILE='").append(csvName).append("'\n  /ENCODING='UTF8'\n")
                .append("  /ARRANGEMENT=DELIMITED\n  /DELCASE=LINE\n  /FIRSTCASE=2\n  /DELIMITERS=\",\"\n")
                .append("  /QUALIFIER='\"'\n  /VARIABLES=\n");
        for (ExportVariable v : vars) {
            b.append("    ").append(v.name()).append(' ');
            switch (v.kind()) {
                case TEXT -> b.append('A').append(Math.max(1, textWidths.getOrDefault(v.name(), 1)));
                case ITEM -> b.append("F3.0");
                case SCORE -> b.append("F8.4");
            }
            b.append('\n');
        }
        b.append(".\n\nVARIABLE LABELS\n");
        for (int i = 0; i < vars.size(); i++) {
            ExportVariable v = vars.get(i);
            b.append("  ").append(v.name()).append(' ').append(quote(v.label())).append(i == vars.size() - 1 ? ".\n" : "\n");
        }
        boolean any = vars.stream().anyMatch(v -> v.kind() == ExportVariable.Kind.ITEM);
        if (any) {
            b.append("\nVALUE LABELS\n");
            boolean first = true;
            for (ExportVariable v : vars) {
                if (v.kind() != ExportVariable.Kind.ITEM) continue;
                b.append(first ? "  " : "  /").append(v.name()).append('\n');
                first = false;
                for (ExportVariable.CodeLabel c : v.values())
                    b.append("    ").append(ExportCsv.number(c.code())).append(' ').append(quote(c.label())).append('\n');
                if (v.missingCode() != null)
                    b.append("    ").append(v.missingCode()).append(' ').append(quote(v.missingText())).append('\n');
            }
            b.append(".\n");
            for (ExportVariable v : vars)
                if (v.missingCode() != null)
                    b.append("MISSING VALUES ").append(v.name()).append(" (").append(v.missingCode()).append(").\n");
            for (ExportVariable v : vars)
                if (v.kind() == ExportVariable.Kind.ITEM) b.append("VARIABLE LEVEL ").append(v.name()).append(" (ORDINAL).\n");
        }
        for (ExportVariable v : vars)
            if (v.kind() == ExportVariable.Kind.SCORE) b.append("VARIABLE LEVEL ").append(v.name()).append(" (SCALE).\n");
        b.append("EXECUTE.\n");
        return b.toString();
    }

    /** A quoted SPSS string: apostrophes doubled, line breaks as spaces. */
    static String quote(String s) {
        return "'" + s.replace("\r", " ").replace("\n", " ").replace("'", "''") + "'";
    }

    private static String comment(String s) {
        return s.replace("\n", " ");
    }
}
