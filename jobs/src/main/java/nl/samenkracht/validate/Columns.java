package nl.samenkracht.validate;

import nl.samenkracht.config.DidYouMean;
import nl.samenkracht.model.AnswerScale;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds configured columns in a header as the ingest does (case, surrounding and repeated spaces folded;
 * Qualtrics' second header row as an alternative), but records every column that is missing instead of
 * stopping at the first, each with the closest header as "did you mean".
 */
final class Columns {
    private final String label;
    private final String owner;
    private final List<String> header;
    private final List<String> alternative;
    private final Findings findings;

    Columns(String label, String owner, List<String> header, List<String> alternative, Findings findings) {
        this.label = label;
        this.owner = owner;
        this.header = header;
        this.alternative = alternative;
        this.findings = findings;
    }

    /** The column's index, or -1 after recording a config error. */
    int required(String column, String role) {
        int i = find(column, role);
        if (i == -1) {
            long blank = header.stream().filter(String::isBlank).count();
            String why = "";
            if (header.size() == 1)
                for (char d : new char[]{';', ',', '\t', '|'})
                    if (header.get(0).indexOf(d) >= 0) {
                        why = "; the header was read as one column that contains '" + (d == '\t' ? "tab" : String.valueOf(d))
                                + "': is csv.delimiter right?";
                        break;
                    }
            if (blank > 0) why += "; " + blank + " header cell" + (blank == 1 ? " is" : "s are")
                    + " empty (merged header cells? unmerge them so every question has its own header)";
            findings.config(label, owner + ": " + role + ": column '" + column + "' not found in the header"
                    + DidYouMean.hint(column, header) + (why.isEmpty() ? "" : " (the file has " + header.size() + " columns" + why + ")"));
        }
        return i;
    }

    /** The column's index, or -1 when absent (no problem). */
    int optional(String column, String role) {
        if (column == null) return -1;
        int i = find(column, role);
        return Math.max(i, -1);
    }

    int byPattern(String regex, String role) {
        Pattern p = Pattern.compile(regex);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < header.size(); i++)
            if (p.matcher(header.get(i)).find() || (i < alternative.size() && p.matcher(alternative.get(i)).find())) hits.add(i);
        if (hits.size() == 1) return hits.get(0);
        findings.config(label, owner + ": " + role + ": pattern '" + regex + "' matches " + (hits.isEmpty() ? "no column"
                : hits.size() + " columns; make it match exactly one"));
        return -1;
    }

    String header(int i) {
        return i >= 0 && i < header.size() ? header.get(i) : null;
    }

    List<String> headerList() {
        return header;
    }

    int width() {
        return header.size();
    }

    /** -1 not found, -2 found more than once (recorded). */
    private int find(String column, String role) {
        String want = AnswerScale.normalise(column);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) if (AnswerScale.normalise(header.get(i)).equals(want)) hits.add(i);
        if (hits.isEmpty())
            for (int i = 0; i < alternative.size(); i++) if (AnswerScale.normalise(alternative.get(i)).equals(want)) hits.add(i);
        if (hits.size() > 1) {
            findings.config(label, owner + ": " + role + ": column '" + column + "' occurs " + hits.size()
                    + " times in the header (columns " + String.join(", ", hits.stream()
                    .map(i -> org.apache.poi.ss.util.CellReference.convertNumToColString(i) + " (" + (i + 1) + ")").toList())
                    + "); rename the columns in the export so each is unique, or use a pattern that matches one");
            return -2;
        }
        return hits.isEmpty() ? -1 : hits.get(0);
    }
}
