package nl.samenkracht.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a Google Forms response download as a Dutch-language spreadsheet gives it: UTF-8 without
 * BOM, comma-delimited, CRLF between records, a field quoted only when it holds a comma, a quote
 * or a line break (quotes doubled, RFC 4180), a line break inside an answer kept as a bare LF.
 * Timestamps in the Dutch locale: "12-5-2025 10:15:03".
 */
final class GoogleFormsCsv {
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("d-M-yyyy H:mm:ss");

    private GoogleFormsCsv() {}

    static void write(SurveyFile file, Path target) throws IOException {
        StringBuilder b = new StringBuilder();
        List<String> header = new ArrayList<>(SampleQuestions.GOOGLE_META);
        header.addAll(SampleQuestions.questionColumns());
        record(b, header);
        for (Submission s : file.rows()) {
            List<String> f = new ArrayList<>();
            f.add(TIMESTAMP.format(s.completed()));
            f.add(s.email());
            f.add(s.employment().location());
            f.add(s.employment().group().answer);
            f.addAll(s.answers());
            f.add(s.open() == null ? "" : s.open());
            record(b, f);
        }
        Files.write(target, b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void record(StringBuilder b, List<String> fields) {
        record(b, fields, ',');
    }

    /** One CSV record with CRLF, fields quoted only when they must be (RFC 4180). */
    static void record(StringBuilder b, List<String> fields, char delimiter) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) b.append(delimiter);
            b.append(quote(fields.get(i), delimiter));
        }
        b.append("\r\n");
    }

    static String quote(String s) {
        return quote(s, ',');
    }

    static String quote(String s, char delimiter) {
        if (s.indexOf(delimiter) < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
