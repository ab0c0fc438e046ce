package nl.samenkracht.ingest.survey;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.DidYouMean;
import nl.samenkracht.config.ValueSource;
import nl.samenkracht.model.AnswerScale;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds configured columns in a file's header. Headers are compared with case, surrounding and
 * repeated spaces folded (exports differ in these); a column that is not there gives a message
 * with the closest header as "did you mean".
 */
final class ColumnResolver {
    private final String fileLabel;
    private final String owner;
    private final List<String> header;
    private final List<String> alternative; // Qualtrics: the question texts in its second header row

    ColumnResolver(String fileLabel, String owner, List<String> header, List<String> alternative) {
        this.fileLabel = fileLabel;
        this.owner = owner;
        this.header = header;
        this.alternative = alternative;
    }

    int required(String column, String role) {
        int i = find(column);
        if (i < 0) throw missing(column, role);
        return i;
    }

    int optional(String column) {
        return column == null ? -1 : find(column);
    }

    int byPattern(String regex, String role) {
        Pattern p = Pattern.compile(regex);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (p.matcher(header.get(i)).find() || (i < alternative.size() && p.matcher(alternative.get(i)).find())) hits.add(i);
        }
        if (hits.size() == 1) return hits.get(0);
        if (hits.isEmpty()) throw new ConfigException(fileLabel + ": " + owner + ": " + role + ": pattern '" + regex + "' matches no column");
        throw new ConfigException(fileLabel + ": " + owner + ": " + role + ": pattern '" + regex + "' matches " + hits.size()
                + " columns (" + String.join(" | ", hits.stream().map(header::get).toList()) + "); make it match exactly one");
    }

    AttributePlan attribute(ValueSource source, String role, String fileName) {
        if (source == null) return AttributePlan.ABSENT;
        if (source.value() != null) return AttributePlan.fixed(source.value());
        if (source.fromFileName() != null) {
            String lower = fileName.toLowerCase();
            for (var e : source.fromFileName().entrySet()) {
                if (lower.contains(e.getKey().toLowerCase())) return AttributePlan.fixed(e.getValue());
            }
            throw new ConfigException(fileLabel + ": " + owner + ": " + role + ": the file name contains none of "
                    + String.join(", ", source.fromFileName().keySet()));
        }
        String column = source.column() != null ? source.column() : source.fromDate();
        int i = required(column, role);
        return new AttributePlan(null, i, header.get(i), source.map(), source.fromDate() != null);
    }

    private int find(String column) {
        String want = AnswerScale.normalise(column);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) if (AnswerScale.normalise(header.get(i)).equals(want)) hits.add(i);
        if (hits.isEmpty())
            for (int i = 0; i < alternative.size(); i++) if (AnswerScale.normalise(alternative.get(i)).equals(want)) hits.add(i);
        if (hits.size() > 1)
            // Taking the first silently could read the wrong question's answers.
            throw new ConfigException(fileLabel + ": " + owner + ": column '" + column + "' occurs " + hits.size()
                    + " times in the header (columns " + String.join(", ", hits.stream().map(i -> columnName(i)).toList())
                    + "); rename the columns in the export so each is unique, or use a pattern that matches one");
        return hits.isEmpty() ? -1 : hits.get(0);
    }

    /** Spreadsheet column letter and number, as a user finds it: "C (3)". */
    private static String columnName(int i) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(i) + " (" + (i + 1) + ")";
    }

    private ConfigException missing(String column, String role) {
        StringBuilder why = new StringBuilder();
        if (header.size() == 1) {
            String only = header.get(0);
            for (char d : new char[]{';', ',', '\t', '|'})
                if (only.indexOf(d) >= 0) {
                    why.append("; the header was read as one column that contains '").append(d == '\t' ? "tab" : String.valueOf(d))
                            .append("': is csv.delimiter right?");
                    break;
                }
        }
        long blank = header.stream().filter(String::isBlank).count();
        if (blank > 0)
            why.append("; ").append(blank).append(" header cell").append(blank == 1 ? " is" : "s are")
                    .append(" empty (merged header cells? unmerge them so every question has its own header)");
        return new ConfigException(fileLabel + ": " + owner + ": " + role + ": column '" + column + "' not found in the header"
                + DidYouMean.hint(column, header) + " (the file has " + header.size() + " columns" + why + ")");
    }
}
