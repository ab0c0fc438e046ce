package nl.samenkracht.report.audience;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small RFC 4180 reader for the tests: the header row names the fields. */
final class Csv {
    private Csv() {}

    static List<Map<String, String>> read(Path file) throws IOException {
        List<List<String>> records = parse(Files.readString(file, StandardCharsets.UTF_8));
        List<Map<String, String>> out = new ArrayList<>();
        List<String> header = records.get(0);
        for (List<String> r : records.subList(1, records.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) m.put(header.get(i), i < r.size() ? r.get(i) : "");
            out.add(m);
        }
        return out;
    }

    /** The one row whose fields k1 and k2 have the given values. */
    static Map<String, String> row(Path file, String k1, String v1, String k2, String v2) throws IOException {
        List<Map<String, String>> hits = read(file).stream().filter(r -> v1.equals(r.get(k1)) && v2.equals(r.get(k2))).toList();
        if (hits.size() != 1) throw new AssertionError(hits.size() + " rows with " + k1 + "=" + v1 + ", " + k2 + "=" + v2 + " in " + file);
        return hits.get(0);
    }

    static Map<String, String> row(Path file, String k1, String v1) throws IOException {
        List<Map<String, String>> hits = read(file).stream().filter(r -> v1.equals(r.get(k1))).toList();
        if (hits.size() != 1) throw new AssertionError(hits.size() + " rows with " + k1 + "=" + v1 + " in " + file);
        return hits.get(0);
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
