package nl.samenkracht.generate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * A large SYNTHETIC Microsoft Forms export (Dutch tenant) for memory checks of the streaming
 * reader: POI's SXSSF writes it with a small window of rows in memory, so a 200 MB workbook is
 * made in bounded memory too. Random open answers of 40–160 words keep it from compressing away.
 * Writes {@code survey.xlsx} and a matching {@code study.yaml} into a folder.
 *
 * <p>Usage: {@code java -cp samenkracht.jar nl.samenkracht.generate.LargeSurveyXlsx DIR MEGABYTES}
 * (MEGABYTES: the target size of the file on disk, approximately).
 */
public final class LargeSurveyXlsx {
    public static final List<String> ITEMS = List.of("Vraag 1", "Vraag 2", "Vraag 3", "Vraag 4", "Vraag 5", "Vraag 6",
            "Vraag 7", "Vraag 8", "Vraag 9", "Vraag 10", "Vraag 11", "Vraag 12", "Vraag 13", "Vraag 14", "Vraag 15", "Vraag 16");
    private static final String[] LABELS = {"Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens"};
    private static final String[] LOCATIONS = {"Akker", "Beek", "Duin", "Haven"};
    private static final String[] WORDS = ("de het een en van in op te dat is voor met niet zijn aan er ook als bij "
            + "buddy rooster klas team collega ouders gesprek week structuur afspraak handboek protocol begeleiding").split(" ");
    private static final int SAMPLE_ROWS = 2000;
    /** Excel's last row is 1,048,576, the header takes one. */
    private static final long MAX_ROWS = 1_048_575;

    private LargeSurveyXlsx() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LargeSurveyXlsx DIR MEGABYTES");
            System.exit(64);
        }
        Path dir = Path.of(args[0]);
        long rows = write(dir, (long) (Double.parseDouble(args[1]) * 1024 * 1024));
        System.err.println("wrote " + rows + " rows: " + dir.resolve("survey.xlsx") + " (" + Files.size(dir.resolve("survey.xlsx")) / (1024 * 1024) + " MB)");
    }

    /**
     * Writes about {@code targetBytes} of workbook: a sample of rows first measures how many bytes a
     * row takes on disk, then the whole file is written with as many rows as the target needs
     * (at most Excel's 1,048,575 data rows).
     *
     * @return the number of data rows written
     */
    public static long write(Path dir, long targetBytes) throws IOException {
        Files.createDirectories(dir);
        Path probe = dir.resolve("probe.xlsx");
        writeRows(probe, SAMPLE_ROWS);
        double perRow = (double) Files.size(probe) / SAMPLE_ROWS;
        Files.delete(probe);
        long rows = Math.max(1, Math.min(MAX_ROWS, Math.round(targetBytes / perRow)));
        writeRows(dir.resolve("survey.xlsx"), rows);
        Files.writeString(dir.resolve("study.yaml"), studyYaml());
        return rows;
    }

    /** Writes exactly {@code rows} data rows below the header (the same seed gives the same rows). */
    public static void writeRows(Path file, long rows) throws IOException {
        Random random = new Random(20240801L);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            // SXSSF's temporary sheet file stays uncompressed: faster, and disk space is not the constraint here.
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("m/d/yy h:mm:ss"));
            Sheet sheet = wb.createSheet("Form1");
            Row h = sheet.createRow(0);
            String[] meta = {"ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam", "Tijd van laatste wijziging", "Op welke locatie werk je?"};
            int c = 0;
            for (String m : meta) h.createCell(c++).setCellValue(m);
            for (String item : ITEMS) h.createCell(c++).setCellValue(item);
            h.createCell(c).setCellValue("Opmerking");
            LocalDateTime start = LocalDateTime.of(2024, 9, 2, 8, 0);
            for (long n = 1; n <= rows; n++) {
                Row r = sheet.createRow((int) n);
                int k = 0;
                r.createCell(k++).setCellValue(n);
                LocalDateTime t = start.plusSeconds(n * 37 % (86400L * 200));
                Cell begin = r.createCell(k++);
                begin.setCellValue(t);
                begin.setCellStyle(date);
                Cell done = r.createCell(k++);
                done.setCellValue(t.plusMinutes(6));
                done.setCellStyle(date);
                r.createCell(k++).setCellValue("medewerker" + n + "@voorbeeld.invalid");
                r.createCell(k++).setCellValue("Medewerker " + n);
                k++; // Tijd van laatste wijziging: empty, as Forms leaves it
                r.createCell(k++).setCellValue(LOCATIONS[random.nextInt(LOCATIONS.length)]);
                for (int i = 0; i < ITEMS.size(); i++) r.createCell(k++).setCellValue(LABELS[random.nextInt(LABELS.length)]);
                StringBuilder open = new StringBuilder();
                int words = 40 + random.nextInt(120);
                for (int w = 0; w < words; w++) open.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                r.createCell(k).setCellValue(open.toString());
            }
            wb.write(out);
            wb.dispose();
        }
    }

    static String studyYaml() {
        StringBuilder b = new StringBuilder("""
                # SYNTHETIC: a large generated Microsoft Forms export for memory checks (LargeSurveyXlsx).
                version: 1
                study: {id: large-xlsx, name: Groot bestand, synthetic: true}
                privacy: {include_free_text: false}
                locations: [Akker, Beek, Duin, Haven]
                instruments:
                  - id: q
                    answer_scale: eens5
                    scales: [{id: s, label: Schaal}]
                    items:
                """);
        for (int i = 0; i < ITEMS.size(); i++)
            b.append("      - {id: i").append(i + 1).append(", scale: s, column: \"").append(ITEMS.get(i)).append("\"}\n");
        b.append("""
                      - {id: open, type: open, column: Opmerking}
                surveys:
                  - id: groot
                    instrument: q
                    files: [survey.xlsx]
                    respondent: E-mail
                    wave: {value: voormeting}
                    school_year: {from_date: Begintijd}
                    location: {column: "Op welke locatie werk je?"}
                """);
        return b.toString();
    }
}
