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
import java.util.HashSet;
import java.util.Set;
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
        return convertSheet(xlsx, label, sheetName, csvOut).rows();
    }

    /** What was converted: rows written, the sheet read and how many sheets the workbook has. */
    public record Converted(long rows, String sheet, int sheetCount) {}

    /**
     * Without a sheet named in study.yaml, the first VISIBLE sheet is read: MS Forms and
     * hand-edited workbooks keep stale hidden sheets in front (issue 17), and Excel shows the
     * user the first visible one.
     */
    public static Converted convertSheet(Path xlsx, String label, String sheetName, Path csvOut) {
        Set<String> hidden = Set.of();
        int sheetCount = 0;
        String sheetRead = null;
        long[] rowSeen = {0};
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            hidden = hiddenSheets(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            String target = null;
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (target == null && (sheetName == null ? !hidden.contains(name) : sheetName.equalsIgnoreCase(name))) target = name;
                }
            }
            sheetCount = names.size();
            if (target == null && sheetName == null && !names.isEmpty()) target = names.get(0);
            if (target != null) {
                sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (sheets.hasNext()) {
                    try (InputStream sheet = sheets.next()) {
                        if (sheets.getSheetName().equals(target)) {
                            sheetRead = target;
                            long rows = writeSheet(sheet, strings, styles, csvOut, rowSeen);
                            // a sheet name is no cell content; saying which sheet was read lets the
                            // user see at once that a stale or wrong sheet was not the one used
                            if (sheetCount > 1) System.err.println("note: " + label + ": the workbook has " + sheetCount
                                    + " sheets; read sheet '" + target + "'" + (sheetName == null ? " (the first visible one)" : ""));
                            return new Converted(rows, target, sheetCount);
                        }
                    }
                }
            }
            // study.yaml names a sheet the workbook does not have: like a missing column, a config error.
            throw new ConfigException(label + ": sheet '" + sheetName + "' not found" + DidYouMean.hint(sheetName, names)
                    + "; the workbook has: " + String.join(", ", names));
        } catch (NotOfficeXmlFileException e) {
            throw new InputException(label + ": not a valid .xlsx file (it is not an Office Open XML package)");
        } catch (UncheckedIOException e) {
            throw new InputException(label + ": cannot write the converted sheet to " + csvOut.getParent()
                    + " (" + e.getCause().getClass().getSimpleName() + "; is the disk full?)");
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Zip bomb") || msg.contains("zip bomb"))
                throw new InputException(label + ": refused: the file expands far beyond its size (possible zip bomb); POI's safety limits stay on");
            throw new InputException(label + ": cannot read the workbook (damaged or truncated file)" + where(sheetRead, rowSeen[0]));
        } catch (ConfigException e) {
            throw e;
        } catch (RuntimeException | OpenXML4JException | org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            // POI's messages can carry cell contents (a bad shared-string index prints the whole
            // string table), so they are never passed on: the file, sheet and row are named instead.
            throw new InputException(label + ": not a readable .xlsx workbook (damaged content" + where(sheetRead, rowSeen[0]) + ")");
        }
    }

    private static String where(String sheet, long row) {
        if (sheet == null) return "";
        return ", sheet '" + sheet + "'" + (row > 0 ? ", row " + row : "");
    }

    /** Sheet names whose state in workbook.xml is hidden or veryHidden. */
    private static Set<String> hiddenSheets(XSSFReader reader) throws IOException, OpenXML4JException {
        Set<String> hidden = new HashSet<>();
        try (InputStream wb = reader.getWorkbookData()) {
            javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newFactory();
            f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            javax.xml.stream.XMLStreamReader x = f.createXMLStreamReader(wb);
            while (x.hasNext()) {
                if (x.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT && "sheet".equals(x.getLocalName())) {
                    String state = x.getAttributeValue(null, "state");
                    if (state != null && !"visible".equals(state)) hidden.add(x.getAttributeValue(null, "name"));
                }
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            return Set.of(); // unreadable workbook.xml: fall back to sheet order; the sheet read is named on the terminal
        }
        return hidden;
    }

    private static long writeSheet(InputStream sheet, ReadOnlySharedStringsTable strings, StylesTable styles, Path csvOut, long[] rowSeen)
            throws IOException, org.xml.sax.SAXException, javax.xml.parsers.ParserConfigurationException {
        try (BufferedWriter out = Files.newBufferedWriter(csvOut, StandardCharsets.UTF_8)) {
            RowWriter rows = new RowWriter(out, rowSeen);
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

        private final long[] rowSeen;

        RowWriter(BufferedWriter out, long[] rowSeen) {
            this.out = out;
            this.rowSeen = rowSeen;
        }

        @Override
        public void startRow(int rowNum) {
            rowSeen[0] = rowNum + 1L;
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
