package nl.samenkracht.trust;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writers for the corpus's files: workbooks of every awkward kind, made with POI at test time. */
public final class HostileFiles {
    private HostileFiles() {}

    /** A formula cell: the formula and the cached result Excel saved with it. */
    record Formula(String formula, Object cached) {}

    /** An error cell (#N/A, #DIV/0! …) as Excel saves it. */
    record Error(FormulaError error) {}

    /** A date cell with a date format, as Forms and Excel write them. */
    record DateCell(LocalDateTime value) {}

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    static void text(Path file, String content) throws Exception {
        text(file, content, StandardCharsets.UTF_8);
    }

    static void text(Path file, String content, Charset cs) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(cs));
    }

    static void bytes(Path file, byte[]... parts) throws Exception {
        Files.createDirectories(file.getParent());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) b.write(p);
        Files.write(file, b.toByteArray());
    }

    static void xlsx(Path file, List<List<Object>> rows) throws Exception {
        xlsx(file, "Form1", rows, null);
    }

    /** @param merge a header range to merge, e.g. "C1:D1" (null = none) */
    static void xlsx(Path file, String sheetName, List<List<Object>> rows, String merge) throws Exception {
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb, sheetName, rows, merge);
            wb.write(out);
        }
    }

    /**
     * A workbook of several sheets, in the order given; the sheets named in {@code hidden} are hidden,
     * as MS Forms and hand-edited workbooks keep a stale sheet in front of the one Excel shows.
     */
    static void xlsxSheets(Path file, java.util.LinkedHashMap<String, List<List<Object>>> sheets, java.util.Set<String> hidden) throws Exception {
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            sheets.forEach((name, rows) -> fill(wb, name, rows, null));
            for (int i = 0; i < wb.getNumberOfSheets(); i++)
                if (hidden.contains(wb.getSheetName(i))) wb.setSheetHidden(i, true);
            for (int i = 0; i < wb.getNumberOfSheets(); i++)
                if (!wb.isSheetHidden(i)) {
                    wb.setActiveSheet(i);
                    wb.setFirstVisibleTab(i);
                    break;
                }
            wb.write(out);
        }
    }

    /**
     * Rewrites one part of a zip package (an .xlsx) in place with {@code edit}, the other parts copied
     * as they are: for damage POI's writer would never make, e.g. a cell pointing at a shared string
     * that does not exist.
     */
    public static void rewritePart(Path zip, String part, java.util.function.UnaryOperator<String> edit) throws Exception {
        byte[] original = Files.readAllBytes(zip);
        boolean found = false;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(original));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(part)) {
                    String before = new String(data, StandardCharsets.UTF_8), after = edit.apply(before);
                    if (before.equals(after)) throw new IllegalStateException("the edit changed nothing in " + part);
                    data = after.getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        if (!found) throw new IllegalStateException(zip + " has no part " + part);
    }

    static void fill(Workbook wb, String sheetName, List<List<Object>> rows, String merge) {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("m/d/yy h:mm:ss"));
        Sheet sheet = wb.createSheet(sheetName);
        for (int r = 0; r < rows.size(); r++) {
            List<Object> cells = rows.get(r);
            if (cells == null) continue; // an empty row in the sheet
            Row row = sheet.createRow(r);
            for (int c = 0; c < cells.size(); c++) {
                Object v = cells.get(c);
                if (v == null) continue;
                Cell cell = row.createCell(c);
                if (v instanceof String s) cell.setCellValue(s);
                else if (v instanceof Number n) cell.setCellValue(n.doubleValue());
                else if (v instanceof DateCell d) {
                    cell.setCellValue(d.value());
                    cell.setCellStyle(date);
                } else if (v instanceof Formula f) {
                    cell.setCellFormula(f.formula());
                    if (f.cached() instanceof String s) cell.setCellValue(s);
                    else if (f.cached() instanceof Number n) cell.setCellValue(n.doubleValue());
                    else if (f.cached() instanceof FormulaError e) cell.setCellErrorValue(e.getCode());
                } else if (v instanceof Error e) cell.setCellErrorValue(e.error().getCode());
                else throw new IllegalArgumentException(String.valueOf(v));
            }
        }
        if (merge != null) sheet.addMergedRegion(CellRangeAddress.valueOf(merge));
    }

    /** Excel's "Encrypt with password" (agile encryption, as Office 2010 and later write it). */
    static void encryptedXlsx(Path file, List<List<Object>> rows, String password) throws Exception {
        Path plain = Files.createTempFile("plain-", ".xlsx");
        try {
            xlsx(plain, rows);
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
                Encryptor enc = info.getEncryptor();
                enc.confirmPassword(password);
                try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                     OutputStream os = enc.getDataStream(fs)) {
                    opc.save(os);
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    fs.writeFilesystem(out);
                }
            }
        } finally {
            Files.deleteIfExists(plain);
        }
    }

    /** An Excel 97-2003 workbook. */
    static void xls(Path file, List<List<Object>> rows) throws Exception {
        Files.createDirectories(file.getParent());
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb, "Blad1", rows, null);
            wb.write(out);
        }
    }

    /** A zip with some entries, not a workbook. */
    static void zip(Path file, String... namesAndContents) throws Exception {
        Files.createDirectories(file.getParent());
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndContents[i]));
                z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }

    /**
     * A zip bomb dressed as a workbook: a valid package whose sheet XML is {@code inflatedMb}
     * megabytes of white space after the first row, compressing about 1000 to 1.
     */
    static void zipBomb(Path file, int inflatedMb) throws Exception {
        Files.createDirectories(file.getParent());
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            entry(z, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            entry(z, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            entry(z, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Form1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(z, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>E-mail</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
            byte[] blank = new byte[1 << 20];
            Arrays.fill(blank, (byte) ' ');
            for (int i = 0; i < inflatedMb; i++) z.write(blank);
            z.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }

    private static void entry(ZipOutputStream z, String name, String content) throws Exception {
        z.putNextEntry(new ZipEntry(name));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    /** Lines joined with a line ending, each ending with it. */
    static String lines(String eol, String... lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) b.append(l).append(eol);
        return b.toString();
    }

    static List<List<Object>> table(List<Object>... rows) {
        return new ArrayList<>(Arrays.asList(rows));
    }
}
