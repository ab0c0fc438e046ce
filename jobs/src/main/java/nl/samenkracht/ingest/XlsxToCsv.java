package nl.samenkracht.ingest;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.DidYouMean;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Streams one sheet of an .xlsx into a UTF-8 CSV that Spark then reads like any export. POI's
 * event API (SAX over the sheet XML) keeps memory flat however large the sheet; POI's zip-bomb
 * limits stay on. The first CSV column is the sheet's own row number, so rejects name the row a
 * user sees in Excel even where empty rows were skipped. Dates become ISO text (2024-09-12T10:15),
 * formulas give their cached result, error cells their error text (#N/A), which later fails
 * the answer-scale lookup as an unknown answer with its cell named.
 */
public final class XlsxToCsv {
    public static final String ROW_COLUMN = "_sheetrow";

    private XlsxToCsv() {}

    /** @return the number of non-empty sheet rows written (header included) */
    public static long convert(Path xlsx, String sheetName, Path csvOut) {
        return convert(xlsx, xlsx.toString(), sheetName, csvOut);
    }

    /**
     * @param label the file as named in messages (relative to the study folder)
     * @return the number of non-empty sheet rows written (header included)
     */
    public static long convert(Path xlsx, String label, String sheetName, Path csvOut) {
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (sheetName == null || sheetName.equalsIgnoreCase(name)) {
                        return writeSheet(sheet, strings, styles, csvOut);
                    }
                }
            }
            // study.yaml names a sheet the workbook does not have: like a missing column, a config error.
            throw new ConfigException(label + ": sheet '" + sheetName + "' not found" + DidYouMean.hint(sheetName, names)
                    + "; the workbook has: " + String.join(", ", names));
        } catch (NotOfficeXmlFileException e) {
            throw new InputException(label + ": not a valid .xlsx file (" + e.getMessage() + ")");
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Zip bomb") || msg.contains("zip bomb"))
                throw new InputException(label + ": refused: the file expands far beyond its size (possible zip bomb); POI's safety limits stay on");
            throw new InputException(label + ": cannot read the workbook: " + firstLine(msg));
        } catch (OpenXML4JException | RecordFormatException | IllegalStateException | UnsupportedOperationException e) {
            throw new InputException(label + ": not a readable .xlsx workbook: " + firstLine(String.valueOf(e.getMessage())));
        } catch (UncheckedIOException e) {
            throw new InputException(label + ": cannot write the converted sheet: " + e.getCause().getMessage());
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new InputException(label + ": the sheet XML is damaged: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static long writeSheet(InputStream sheet, ReadOnlySharedStringsTable strings, StylesTable styles, Path csvOut)
            throws IOException, org.xml.sax.SAXException, javax.xml.parsers.ParserConfigurationException {
        try (BufferedWriter out = Files.newBufferedWriter(csvOut, StandardCharsets.UTF_8)) {
            RowWriter rows = new RowWriter(out);
            XMLReader parser = SAXHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDateFormatter(), false));
            parser.parse(new InputSource(sheet));
            return rows.written;
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Writes dates as ISO text rather than in whatever display format the workbook used. */
    static final class IsoDateFormatter extends DataFormatter {
        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing, true);
                return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
            }
            // Numbers keep full precision and a '.' decimal mark, not the sheet's display format.
            if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
            return Double.toString(value);
        }
    }

    /** Collects the cells of a row (they may be sparse) and writes it as one CSV record. */
    private static final class RowWriter implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final BufferedWriter out;
        private final List<String> cells = new ArrayList<>();
        private long written;
        private int headerWidth;

        RowWriter(BufferedWriter out) {
            this.out = out;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String ref, String formattedValue, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() < col) cells.add("");
            String v = formattedValue == null ? "" : formattedValue;
            // POI marks error cells "ERROR:#N/A"; the user knows the error as Excel shows it.
            if (v.startsWith("ERROR:#")) v = v.substring("ERROR:".length());
            cells.add(v);
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) return;
            // Excel omits trailing empty cells; pad to the header's width so only a row that
            // really has cells beyond the header counts as malformed.
            if (written == 0) headerWidth = cells.size();
            while (cells.size() < headerWidth) cells.add("");
            try {
                StringBuilder b = new StringBuilder().append(rowNum + 1);
                for (String c : cells) b.append(',').append(quote(c));
                out.write(b.append('\n').toString());
                written++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String quote(String s) {
            if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
            return '"' + s.replace("\"", "\"\"") + '"';
        }
    }
}
