package nl.samenkracht.testing;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The personal identifiers in an exports folder, read with other code than the pipeline's (POI's
 * usermodel, univocity directly): every value of the identifying columns — Microsoft Forms "E-mail",
 * "Naam" (and the English "Email", "Name"), Google Forms "E-mailadres" ("Email Address"), the contact
 * logs' and rosters' pupil numbers, surnames, staff and new colleagues — and of
 * each e-mail address also its local part (anouk.dekker), which alone names the person.
 */
public final class SampleIdentifiers {
    public static final Set<String> IDENTIFYING_COLUMNS = Set.of("e-mail", "email", "naam", "name", "e-mailadres", "email address",
            // contact logs and rosters: pupils (number, surname), staff, new colleagues and their buddies
            "leerling", "leerlingnummer", "medewerker", "nieuwe collega", "buddy");

    private SampleIdentifiers() {}

    public static Set<String> in(Path exportsDir) throws IOException {
        Set<String> out = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(exportsDir)) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            String n = f.getFileName().toString().toLowerCase();
            if (n.endsWith(".xlsx")) fromWorkbook(f, out);
            else if (n.endsWith(".csv")) fromCsv(f, out);
        }
        return out;
    }

    private static void fromWorkbook(Path f, Set<String> out) throws IOException {
        DataFormatter fmt = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                Row header = sheet.getRow(sheet.getFirstRowNum());
                if (header == null) continue;
                for (Cell h : header) {
                    if (!IDENTIFYING_COLUMNS.contains(fmt.formatCellValue(h).strip().toLowerCase())) continue;
                    for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                        Row row = sheet.getRow(r);
                        if (row != null) add(fmt.formatCellValue(row.getCell(h.getColumnIndex())), out);
                    }
                }
            }
        }
    }

    private static void fromCsv(Path f, Set<String> out) throws IOException {
        CsvParserSettings s = new CsvParserSettings();
        s.setLineSeparatorDetectionEnabled(true);
        s.setDelimiterDetectionEnabled(true, ',', ';', '\t');
        s.setMaxCharsPerColumn(-1);
        // Dutch Excel CSVs are Windows-1252: decode strictly as UTF-8 first, else as Windows-1252.
        byte[] bytes = Files.readAllBytes(f);
        java.nio.charset.Charset cs = StandardCharsets.UTF_8;
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (java.nio.charset.CharacterCodingException e) {
            cs = java.nio.charset.Charset.forName("windows-1252");
        }
        try (Reader r = new java.io.StringReader(new String(bytes, cs))) {
            List<String[]> rows = new CsvParser(s).parseAll(r);
            String[] header = rows.get(0);
            // A roster gives first and last name apart: the full name is the identifier.
            int first = indexOf(header, "roepnaam"), last = indexOf(header, "achternaam");
            if (first >= 0 && last >= 0)
                for (String[] row : rows.subList(1, rows.size())) add(row[first] + " " + row[last], out);
            for (int c = 0; c < header.length; c++) {
                if (header[c] == null || !IDENTIFYING_COLUMNS.contains(header[c].replace("\uFEFF", "").strip().toLowerCase())) continue;
                for (String[] row : rows.subList(1, rows.size())) if (c < row.length) add(row[c], out);
            }
        }
    }

    private static int indexOf(String[] header, String name) {
        for (int i = 0; i < header.length; i++) if (header[i] != null && header[i].strip().equalsIgnoreCase(name)) return i;
        return -1;
    }

    private static void add(String value, Set<String> out) {
        if (value == null || value.isBlank()) return;
        String v = value.strip();
        if (v.matches("\\d+")) {
            // A pupil number is a digit string that also occurs inside ordinary decimals (0.8100082…):
            // it is searched as a whole cell, the way it would stand in a CSV, sheet XML or Parquet row.
            for (String form : new String[]{"," + v + ",", "," + v + "\n", ">" + v + "<", "[" + v + ",", "," + v + "]", "\"" + v + "\""})
                out.add(form);
            return;
        }
        out.add(v);
        int at = v.indexOf('@');
        if (at > 0) out.add(v.substring(0, at));
    }
}
