package nl.samenkracht.ingest;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.DidYouMean;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Streams one sheet of an old Excel 97-2003 workbook (.xls, BIFF8 in an OLE2 container) into the
 * same CSV shape {@link XlsxToCsv} writes: the sheet's row number first, then the cells; dates as ISO
 * text, numbers with full precision and a '.' decimal mark, error cells as Excel shows them (#N/A),
 * formulas as their cached result. POI's HSSF event API hands over one record at a time, so only the
 * shared-string table and one row are held in memory. Old MAXQDA and SPSS-era exports are .xls.
 *
 * <p>Sheet choice as for .xlsx: the named sheet, else the first visible one.
 */
public final class XlsToCsv {
    private XlsToCsv() {}

    /** True when the OLE2 file holds an Excel 97-2003 workbook (not an encrypted .xlsx). */
    public static boolean isXls(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            var root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) return false;
            return root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * @param label the file as named in messages
     * @return the number of non-empty rows written (header included)
     */
    public static long convert(Path xls, String label, String sheetName, Path csvOut) {
        Collector c = new Collector(sheetName);
        try (POIFSFileSystem fs = new POIFSFileSystem(xls.toFile(), true);
             BufferedWriter out = Files.newBufferedWriter(csvOut, StandardCharsets.UTF_8)) {
            c.out = out;
            String entry = fs.getRoot().hasEntryCaseInsensitive("Workbook") ? "Workbook" : "Book";
            for (var e : fs.getRoot()) if (e.getName().equalsIgnoreCase(entry)) entry = e.getName();
            HSSFRequest request = new HSSFRequest();
            c.formats = new FormatTrackingHSSFListener(c);
            request.addListenerForAllRecords(c.formats);
            try (InputStream in = fs.createDocumentInputStream(entry)) {
                new HSSFEventFactory().processEvents(request, in);
            }
            c.flushRow();
        } catch (UncheckedIOException e) {
            throw new InputException(label + ": cannot write the converted sheet to " + csvOut.getParent() + " (is the disk full?)");
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new InputException(label + ": this .xls workbook is password-protected; Samenkracht does not read passwords."
                    + " Open it in Excel, remove the password and save it again");
        } catch (IOException | RuntimeException e) {
            // POI's messages may quote cell contents: never passed on.
            throw new InputException(label + ": not a readable .xls workbook (damaged content"
                    + (c.target != null ? ", sheet '" + c.target + "'" : "") + ")");
        }
        if (c.target == null) {
            if (sheetName != null)
                throw new ConfigException(label + ": sheet '" + sheetName + "' not found" + DidYouMean.hint(sheetName, c.names)
                        + "; the workbook has: " + String.join(", ", c.names));
            throw new InputException(label + ": the workbook has no sheet");
        }
        if (c.names.size() > 1) System.err.println("note: " + label + ": the workbook has " + c.names.size()
                + " sheets; read sheet '" + c.target + "'" + (sheetName == null ? " (the first visible one)" : ""));
        return c.written;
    }

    /** Receives the workbook's records in file order and writes the rows of the chosen sheet. */
    private static final class Collector implements HSSFListener {
        private final String wanted;
        private final List<String> names = new ArrayList<>();
        private final List<Boolean> hidden = new ArrayList<>();
        private FormatTrackingHSSFListener formats;
        private BufferedWriter out;
        private SSTRecord strings;
        private int sheetIndex = -1;
        private int targetIndex = -2;
        private String target;
        private boolean inTarget;
        private int row = -1;
        private final TreeMap<Integer, String> cells = new TreeMap<>();
        private int headerWidth;
        private long written;
        private int pendingStringColumn = -1;
        private int pendingStringRow = -1;

        Collector(String wanted) {
            this.wanted = wanted;
        }

        @Override
        public void processRecord(Record r) {
            if (r instanceof BoundSheetRecord b) {
                names.add(b.getSheetname());
                hidden.add(b.isHidden() || b.isVeryHidden());
            } else if (r instanceof SSTRecord s) {
                strings = s;
            } else if (r instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                sheetIndex++;
                if (targetIndex == -2) targetIndex = chooseSheet();
                inTarget = sheetIndex == targetIndex;
                if (inTarget) target = names.get(sheetIndex);
            } else if (r instanceof EOFRecord) {
                if (inTarget) flushRow();
                inTarget = false;
            } else if (r instanceof StringRecord s) {
                if (inTarget && pendingStringColumn >= 0) put(pendingStringRow, pendingStringColumn, s.getString());
                pendingStringColumn = -1;
            } else if (inTarget && r instanceof CellValueRecordInterface cell) {
                cell(r, cell);
            }
        }

        private int chooseSheet() {
            for (int i = 0; i < names.size(); i++) {
                if (wanted != null ? names.get(i).equalsIgnoreCase(wanted) : !hidden.get(i)) return i;
            }
            return wanted == null && !names.isEmpty() ? 0 : -1;
        }

        private void cell(Record r, CellValueRecordInterface cell) {
            int rr = cell.getRow();
            int cc = cell.getColumn();
            if (r instanceof LabelSSTRecord l) {
                put(rr, cc, strings == null ? "" : strings.getString(l.getSSTIndex()).getString());
            } else if (r instanceof LabelRecord l) {
                put(rr, cc, l.getValue());
            } else if (r instanceof NumberRecord n) {
                put(rr, cc, number(n.getValue(), cell));
            } else if (r instanceof RKRecord k) {
                put(rr, cc, number(k.getRKNumber(), cell));
            } else if (r instanceof BoolErrRecord b) {
                put(rr, cc, b.isBoolean() ? (b.getBooleanValue() ? "TRUE" : "FALSE") : FormulaError.forInt(b.getErrorValue()).getString());
            } else if (r instanceof FormulaRecord f) {
                if (f.hasCachedResultString()) {
                    pendingStringColumn = cc; // the text result follows in a StringRecord
                    pendingStringRow = rr;
                } else if (f.getCachedResultType() == org.apache.poi.ss.usermodel.CellType.ERROR.getCode()) {
                    put(rr, cc, FormulaError.forInt(f.getCachedErrorValue()).getString());
                } else if (f.getCachedResultType() == org.apache.poi.ss.usermodel.CellType.BOOLEAN.getCode()) {
                    put(rr, cc, f.getCachedBooleanValue() ? "TRUE" : "FALSE");
                } else {
                    put(rr, cc, number(f.getValue(), cell));
                }
            }
        }

        private String number(double value, CellValueRecordInterface cell) {
            int index = formats.getFormatIndex(cell);
            String format = formats.getFormatString(cell);
            return new XlsxToCsv.IsoDateFormatter().formatRawCellContents(value, index, format, false);
        }

        private void put(int r, int c, String value) {
            if (r != row) {
                flushRow();
                row = r;
            }
            cells.put(c, value == null ? "" : value);
        }

        private void flushRow() {
            if (row < 0 || cells.isEmpty()) {
                cells.clear();
                return;
            }
            boolean blank = cells.values().stream().allMatch(String::isBlank);
            if (!blank) {
                int width = cells.lastKey() + 1;
                if (written == 0) headerWidth = width;
                width = Math.max(width, headerWidth);
                StringBuilder b = new StringBuilder().append(row + 1);
                for (int i = 0; i < width; i++) b.append(',').append(quote(cells.getOrDefault(i, "")));
                try {
                    out.write(b.append('\n').toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written++;
            }
            cells.clear();
        }

        private static String quote(String s) {
            if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
            return '"' + s.replace("\"", "\"\"") + '"';
        }
    }
}
