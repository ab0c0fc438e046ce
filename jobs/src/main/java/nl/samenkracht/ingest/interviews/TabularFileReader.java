package nl.samenkracht.ingest.interviews;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an {@code .xlsx} or a delimited text file ({@code .csv}, {@code .txt},
 * {@code .tsv}) into a {@link RawTable}. The header is the first non-blank row; blank rows are left out.
 *
 * <p>Excel files are opened with POI's XSSF user model: coded-segment exports are small (a few
 * thousand rows at most). POI's zip-bomb protection ({@code ZipSecureFile} defaults) stays on; a file
 * it refuses is reported, never read with the limits relaxed.
 */
final class TabularFileReader {
    /** Text exports larger than this are surely not interview segments; refuse instead of exhausting memory. */
    static final long MAX_TEXT_FILE_BYTES = 256L * 1024 * 1024;

    private TabularFileReader() {}

    static boolean isSpreadsheet(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }

    static boolean isDelimitedText(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv");
    }

    static RawTable read(Path file) throws InterviewFormatException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new InterviewFormatException("Bestand '" + file + "' bestaat niet of is geen bestand.");
        }
        if (isSpreadsheet(file)) {
            return readXlsx(file, name);
        }
        if (isDelimitedText(file)) {
            return readDelimited(file, name);
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".xls")) {
            throw new InterviewFormatException("'" + name + "' is een oud Excel-bestand (.xls); sla het op als .xlsx.");
        }
        throw new InterviewFormatException("'" + name + "': onbekende bestandsextensie; verwacht .xlsx, .csv of .txt.");
    }

    private static RawTable readXlsx(Path file, String name) throws InterviewFormatException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new InterviewFormatException("'" + name + "' bevat geen werkblad.");
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> header = null;
            List<RawTable.Row> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = cells(row, formatter);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = trimmed(cells);
                } else {
                    rows.add(new RawTable.Row(r + 1, cells, 0, -1));
                }
            }
            if (header == null) {
                throw new InterviewFormatException("'" + name + "' is leeg: geen kopregel gevonden in het eerste werkblad.");
            }
            return new RawTable(name, header, rows);
        } catch (InterviewFormatException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new InterviewFormatException("'" + name + "' is een oud Excel-bestand (.xls) met de extensie .xlsx; "
                    + "sla het op als Excel-werkmap (.xlsx).", e);
        } catch (NotOfficeXmlFileException | InvalidFormatException | EmptyFileException e) {
            throw new InterviewFormatException("'" + name + "' is geen geldig Excel-bestand (.xlsx): " + e.getMessage(), e);
        } catch (IOException | POIXMLException | IllegalStateException e) {
            // POI signals its zip-bomb limits with an IOException ("Zip bomb detected!") here.
            throw new InterviewFormatException("Kan Excel-bestand '" + name + "' niet lezen: " + e.getMessage(), e);
        }
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        List<String> out = new ArrayList<>();
        if (row == null || row.getLastCellNum() < 0) {
            return out;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            out.add(cellText(row.getCell(c), formatter));
        }
        return out;
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (type == CellType.FORMULA) {
            // exports carry no formulas, but a hand-made table might: use the cached result, never the formula text
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
                case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                default -> "";
            };
        }
        return formatter.formatCellValue(cell);
    }

    private static RawTable readDelimited(Path file, String name) throws InterviewFormatException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_TEXT_FILE_BYTES) {
                throw new InterviewFormatException("'" + name + "' is groter dan " + (MAX_TEXT_FILE_BYTES >> 20)
                        + " MB; dat is geen export van gecodeerde segmenten.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InterviewFormatException("Kan '" + name + "' niet lezen: " + e.getMessage(), e);
        }
        String text = TextDecoding.decode(bytes).text();
        char delimiter = CsvParser.detectDelimiter(text);
        List<CsvParser.Record> records;
        try {
            records = CsvParser.parse(text, delimiter);
        } catch (CsvParser.UnterminatedQuoteException e) {
            throw new InterviewFormatException("'" + name + "', rij " + e.record + " (regel " + e.line
                    + "): een veld begint met een aanhalingsteken (\") dat nergens wordt afgesloten.", e);
        }
        List<String> header = null;
        List<RawTable.Row> rows = new ArrayList<>();
        for (CsvParser.Record rec : records) {
            if (rec.isBlank()) {
                continue;
            }
            if (header == null) {
                header = trimmed(rec.fields());
                continue;
            }
            int extra = 0;
            for (int i = header.size(); i < rec.fields().size(); i++) {
                if (!rec.fields().get(i).isBlank()) {
                    extra++;
                }
            }
            rows.add(new RawTable.Row(rec.number(), rec.fields(), extra, rec.fields().size()));
        }
        if (header == null) {
            throw new InterviewFormatException("'" + name + "' is leeg: geen kopregel gevonden.");
        }
        return new RawTable(name, header, rows);
    }

    private static List<String> trimmed(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String c : cells) {
            out.add(c == null ? "" : c.strip());
        }
        // trailing empty header cells are layout (Excel keeps formatted but empty columns)
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
