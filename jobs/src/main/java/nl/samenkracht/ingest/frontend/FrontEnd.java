package nl.samenkracht.ingest.frontend;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.StructType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The one way in for every source: sniff → decode → one Spark read → row numbers → row
 * interpretation, then one row accounting ({@link RowAccounting}). {@link ExportOpener} does the
 * per-file steps on the driver; this class turns the opened files of a source into one Dataset of
 * interpreted rows.
 *
 * <p>Files of one shape are read in a few scans, not a scan per file: a plan branch per file costs
 * seconds of planning and code generation each.
 */
public final class FrontEnd {
    private FrontEnd() {}

    /**
     * The interpreted rows of all files, in {@code schema}; an empty Dataset of that schema when there
     * are no files, so later stages need no special case.
     */
    public static <P> Dataset<Row> read(SparkSession spark, List<Planned<P>> files, RecordInterpreter<P> interpreter,
                                        StructType schema) {
        return read(spark, files, interpreter, schema, null);
    }

    /** As {@link #read(SparkSession, List, RecordInterpreter, StructType)}, counting the rows read in {@code rowsRead} (null: not counted). */
    public static <P> Dataset<Row> read(SparkSession spark, List<Planned<P>> files, RecordInterpreter<P> interpreter,
                                        StructType schema, RowsRead rowsRead) {
        Map<String, List<Planned<P>>> shapes = new LinkedHashMap<>();
        for (Planned<P> f : files) shapes.computeIfAbsent(f.export().shape(), k -> new ArrayList<>()).add(f);
        Dataset<Row> all = null;
        for (List<Planned<P>> same : shapes.values()) {
            int width = same.get(0).export().width();
            TreeSet<Integer> columns = new TreeSet<>();
            for (Planned<P> f : same) columns.addAll(f.columns());
            int[] selected = columns.stream().filter(i -> i >= 0 && i < width).mapToInt(Integer::intValue).toArray();
            Map<String, ExportRows.FileRead<P>> reads = new HashMap<>();
            for (Planned<P> f : same) {
                Export e = f.export();
                reads.put(e.key(), new ExportRows.FileRead<>(e.width(), f.headerRecords(), e.rowNumbers(), e.lineStarts(),
                        e.decoding(), e.dialect().delimiter(), e.leadingColumns(), f.plan(), e.header().toArray(new String[0])));
            }
            boolean sheetRows = same.get(0).export().sheetRows();
            List<Export> exports = same.stream().map(Planned::export).toList();
            // files read line by line: Spark splits them itself, one scan balances the cores
            for (List<Export> chunk : same.get(0).export().lineByLine() ? List.of(exports) : chunks(spark, exports)) {
                Dataset<Row> rows = SparkCsv.scan(spark, chunk, selected)
                        .mapPartitions(new ExportRows<>(reads, selected, sheetRows, interpreter, rowsRead), ExpressionEncoder.apply(schema));
                all = all == null ? rows : all.unionByName(rows);
            }
        }
        return all != null ? all : spark.createDataFrame(List.of(), schema);
    }

    /** Receives the records of {@link #readLocal}. */
    @FunctionalInterface
    public interface LocalRecords {
        /**
         * @param row    the row a user sees (as in {@link RawRecord#row()})
         * @param fields every field of the record, decoded, without the front end's leading columns; empty = null
         */
        void record(int row, String[] fields);
    }

    /**
     * The records of one small export read on the driver, with the same parser and options as the
     * Spark read ({@link CsvOptions}) and the same row numbers, from record {@code skip} on. For a
     * source that needs every record on the driver anyway (interview segments become coding tables):
     * a Spark job would only add planning and a collect.
     */
    public static void readLocal(Export e, int skip, LocalRecords sink) {
        var parser = new com.univocity.parsers.csv.CsvParser(CsvOptions.univocity(e.dialect().delimiter(), ExportOpener.maxColumnsFor(e)));
        try (var in = Files.newBufferedReader(e.textFile(), e.decoding().textCharset())) {
            parser.beginParsing(in);
            String[] rec;
            long index = 0;
            int lead = e.leadingColumns();
            while ((rec = parser.parseNext()) != null) {
                long i = index++;
                if (i < skip) continue;
                int row = e.sheetRows() ? Integer.parseInt(rec[0]) : e.rowNumbers().row(i);
                String[] fields = new String[Math.max(0, rec.length - lead)];
                System.arraycopy(rec, lead, fields, 0, fields.length);
                if (i == 0 && fields.length > 0 && fields[0] != null && fields[0].startsWith("\uFEFF")) fields[0] = fields[0].substring(1);
                sink.record(row, fields);
            }
            parser.stopParsing();
        } catch (java.io.IOException ex) {
            throw new nl.samenkracht.ingest.InputException(e.label() + ": cannot read: " + ex.getClass().getSimpleName());
        } catch (com.univocity.parsers.common.TextParsingException ex) {
            throw new nl.samenkracht.ingest.InputException(e.label() + ": cannot parse the file at line " + (ex.getLineIndex() + 1));
        }
    }

    /**
     * Files of one shape that are read whole in a few scans of about equal size. Spark packs the (unsplittable) files of
     * one scan into partitions of total size / cores, which on 2 cores gives 2 full partitions and a
     * straggler that runs alone; a scan per core, each split in turn, balances the cores. At most 8
     * scans: every scan is a branch of every later query plan, and branches cost planning time.
     */
    static List<List<Export>> chunks(SparkSession spark, List<Export> files) {
        int n = Math.max(1, Math.min(files.size(), Math.min(8, spark.sparkContext().defaultParallelism())));
        List<List<Export>> chunks = new ArrayList<>();
        long[] bytes = new long[n];
        for (int i = 0; i < n; i++) chunks.add(new ArrayList<>());
        List<Export> bySize = new ArrayList<>(files);
        bySize.sort(Comparator.comparingLong((Export f) -> size(f.textFile())).reversed());
        for (Export f : bySize) {
            int smallest = 0;
            for (int i = 1; i < n; i++) if (bytes[i] < bytes[smallest]) smallest = i;
            chunks.get(smallest).add(f);
            bytes[smallest] += size(f.textFile());
        }
        chunks.removeIf(List::isEmpty);
        return chunks;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
