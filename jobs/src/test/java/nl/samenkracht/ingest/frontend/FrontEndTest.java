package nl.samenkracht.ingest.frontend;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.config.CsvConfig;
import nl.samenkracht.ingest.InputException;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.survey.SourceFile;
import nl.samenkracht.testing.SharedSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/** The front end's steps on real files and a real Spark read: decoding, row numbers, malformed records, accounting. */
class FrontEndTest {
    @TempDir
    Path dir;

    private static final StructType OUT = new StructType()
            .add(RowKind.COLUMN, DataTypes.IntegerType, false)
            .add("file", DataTypes.StringType, false)
            .add("row", DataTypes.IntegerType, false)
            .add("a", DataTypes.StringType, true)
            .add("b", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true);

    /** Emits both cells of a fitting record; a record that does not fit becomes a reject with its field count. */
    static final class Echo implements RecordInterpreter<String> {
        @Override
        public void interpret(RawRecord r, String file, List<Row> out) {
            if (!r.fits()) out.add(RowFactory.create(RowKind.REJECTED.code(), file, r.row(), r.fields() + " velden", null,
                    RejectReason.FIELD_COUNT.code()));
            else out.add(RowFactory.create(RowKind.ACCEPTED.code(), file, r.row(), r.cell(0), r.cell(1), null));
        }
    }

    /** {@link Echo} that emits a row without data as SKIPPED with the front end's reason. */
    static final class Skipping implements RecordInterpreter<String> {
        private final Echo echo = new Echo();

        @Override
        public void interpret(RawRecord r, String file, List<Row> out) {
            echo.interpret(r, file, out);
        }

        @Override
        public void skip(RawRecord r, String file, RejectReason reason, List<Row> out) {
            out.add(RowFactory.create(RowKind.SKIPPED.code(), file, r.row(), null, null, reason.code()));
        }
    }

    /**
     * validate's way in (issue 17): the same records, row numbers, decoding, no-data rule and interpretation
     * on the driver without Spark as in the Spark tasks, checked row for row against a real Spark read.
     */
    @Test
    void localRowsAreTheSparkReadsRows() throws Exception {
        Files.write(dir.resolve("l.csv"), "Naam;Opmerking\r\nZoë;‘prima’\r\n;;\r\n\r\nNaam;Opmerking\r\nteveel;a;b\r\n;\r\nDaniël;ok\r\n"
                .getBytes(Charset.forName("windows-1252")));
        Export e = opener().open(request(), dir.resolve("l.csv"));
        Planned<String> p = new Planned<>(e, 1, Set.of(0, 1), e.label());
        List<Row> spark = FrontEnd.read(SharedSpark.get(), List.of(p), new Skipping(), OUT).collectAsList().stream()
                .sorted(Comparator.comparingInt(r -> r.getInt(2))).toList();
        List<Row> local = new java.util.ArrayList<>();
        LocalRows.interpret(p, new Skipping(), local::add);
        assertEquals(List.of(
                RowFactory.create(RowKind.ACCEPTED.code(), "l.csv", 2, "Zoë", "‘prima’", null),
                RowFactory.create(RowKind.SKIPPED.code(), "l.csv", 3, null, null, RejectReason.EMPTY_ROW.code()),
                RowFactory.create(RowKind.SKIPPED.code(), "l.csv", 5, null, null, RejectReason.HEADER_ROW.code()),
                RowFactory.create(RowKind.REJECTED.code(), "l.csv", 6, "3 velden", null, RejectReason.FIELD_COUNT.code()),
                RowFactory.create(RowKind.SKIPPED.code(), "l.csv", 7, null, null, RejectReason.EMPTY_ROW.code()),
                RowFactory.create(RowKind.ACCEPTED.code(), "l.csv", 8, "Daniël", "ok", null)), local);
        assertEquals(local, spark, "the Spark read gives the same rows");
    }

    /**
     * The progress line's count (issue 15): the rows of the exports a run reads, as the row accounting counts them
     * read (the header records and the rows without data are not), once each, also when a plan reads a file again.
     */
    @Test
    void rowsReadAreTheRowsOfTheExportsCountedOnceEach() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "Naam;Opmerking\nA;1\n;;\nB;2\nNaam;Opmerking\nteveel;a;b\nC;3\n", StandardCharsets.UTF_8);
        StringBuilder big = new StringBuilder("Naam;Opmerking\n");
        for (int i = 0; i < 250; i++) big.append("n").append(i).append(";x\n");
        Files.writeString(dir.resolve("b.csv"), big, StandardCharsets.UTF_8);
        ExportOpener opener = opener();
        List<Planned<String>> files = new java.util.ArrayList<>();
        for (String f : List.of("a.csv", "b.csv")) {
            Export e = opener.open(request(), dir.resolve(f));
            files.add(new Planned<>(e, 1, Set.of(0, 1), e.label()));
        }
        var spark = SharedSpark.get();
        RowsRead rowsRead = RowsRead.register(spark);
        var rows = FrontEnd.read(spark, files, new Skipping(), OUT, rowsRead);
        assertEquals(0, rowsRead.total(), "nothing is read before an action");
        List<Row> all = rows.collectAsList();
        long accounted = all.stream().filter(r -> r.getInt(0) != RowKind.SKIPPED.code()).count();
        assertEquals(4 + 250, accounted, "a.csv: A, B, C and the row that does not fit; b.csv: 250");
        // Not cached: a second action reads both files again, and a third reads only a count.
        rows.count();
        rows.filter(col("a").isNotNull()).count();
        assertEquals(accounted, rowsRead.total(), "each row of the exports counted once");
        assertEquals(java.util.Map.of(files.get(0).export().key(), 4L, files.get(1).export().key(), 250L), rowsRead.value());
    }

    private List<Row> read(Export e) {
        var rows = FrontEnd.read(SharedSpark.get(), List.of(new Planned<>(e, 1, Set.of(0, 1), e.label())), new Echo(), OUT);
        return rows.collectAsList().stream().sorted(Comparator.comparingInt(r -> r.getInt(2))).toList();
    }

    private ExportOpener opener() throws Exception {
        return new ExportOpener(dir, Files.createDirectories(dir.resolve("work")));
    }

    private static ExportRequest request() {
        return new ExportRequest(Source.CONTACTS, "t", "auto", null, CsvConfig.AUTO, 1);
    }

    @Test
    void windows1252IsDecodedInTheSparkTasksIncludingTheBytesLatin1LacksAndRowsCountEmptyLines() throws Exception {
        // 0x80 € and 0x91/0x92 ‘ ’ are where Windows-1252 and ISO-8859-1 differ; the empty line is row 3.
        Files.write(dir.resolve("w.csv"), "Naam;Opmerking\r\nZoë;‘prima’ voor €5\r\n\r\nDaniël;ok\r\nteveel;a;b\r\n"
                .getBytes(Charset.forName("windows-1252")));
        Export e = opener().open(request(), dir.resolve("w.csv"));
        assertEquals(Decoding.Mode.CELLS, e.decoding().mode());
        assertEquals("windows-1252, delimiter ';', decimal comma", e.describe());
        assertEquals(List.of("Naam", "Opmerking"), e.header());
        List<Row> rows = read(e);
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(RowFactory.create(RowKind.ACCEPTED.code(), "w.csv", 2, "Zoë", "‘prima’ voor €5", null), rows.get(0));
        assertEquals(4, rows.get(1).getInt(2), "the empty line is a row in a spreadsheet");
        assertEquals("Daniël", rows.get(1).getString(3));
        assertEquals(RowFactory.create(RowKind.REJECTED.code(), "w.csv", 5, "3 velden", null, RejectReason.FIELD_COUNT.code()), rows.get(2));

        List<RowAccount> acc = RowAccounting.count(RowAccounting.tally(
                        FrontEnd.read(SharedSpark.get(), List.of(new Planned<>(e, 1, Set.of(0, 1), e.label())), new Echo(), OUT),
                        lit("contacts"), col(RowKind.COLUMN), col("reason"), lit(1)),
                List.of(e.source(Source.CONTACTS, "t", nl.samenkracht.ingest.survey.ExportLayout.PLAIN.label)));
        assertEquals(new RowAccount("contacts", "w.csv", 3, 2, 1, java.util.Map.of(RejectReason.FIELD_COUNT, 1L), 0), acc.get(0));
    }

    /**
     * A file whose records are one line each is read line by line in many partitions (Spark's CSV source
     * with multiLine=false), with exactly the rows of a whole read: row numbers across split points (empty
     * lines counted), Windows-1252 cells, malformed records, rows without data. A file with a quoted line
     * break is read whole. The expected rows are derived from the lines as written.
     */
    @Test
    void aFileWithoutQuotedLineBreaksIsSplitWithTheRowsOfAWholeRead() throws Exception {
        StringBuilder text = new StringBuilder("Naam;Opmerking\r\n");
        List<Row> expected = new java.util.ArrayList<>();
        int line = 1;
        for (int i = 0; i < 120; i++) {
            line++;
            switch (i % 7) {
                case 0 -> text.append("\r\n"); // an empty line: no record, but a row in a spreadsheet
                case 1 -> {
                    text.append("te;veel;").append(i).append("\r\n");
                    expected.add(RowFactory.create(RowKind.REJECTED.code(), "s.csv", line, "3 velden", null, RejectReason.FIELD_COUNT.code()));
                }
                case 2 -> {
                    text.append(";\r\n");
                    expected.add(RowFactory.create(RowKind.SKIPPED.code(), "s.csv", line, null, null, RejectReason.EMPTY_ROW.code()));
                }
                case 3 -> {
                    text.append("\"Zoë; ").append(i).append("\";‘prima’ €").append(i).append("\r\n");
                    expected.add(RowFactory.create(RowKind.ACCEPTED.code(), "s.csv", line, "Zoë; " + i, "‘prima’ €" + i, null));
                }
                default -> {
                    text.append("Daniël ").append(i).append(";ok\r\n");
                    expected.add(RowFactory.create(RowKind.ACCEPTED.code(), "s.csv", line, "Daniël " + i, "ok", null));
                }
            }
        }
        Files.write(dir.resolve("s.csv"), text.toString().getBytes(Charset.forName("windows-1252")));
        Export e = opener().open(request(), dir.resolve("s.csv"));
        assertTrue(e.lineByLine(), "no record spans lines");
        Export whole = new Export(e.label(), e.file(), e.sha256(), e.textFile(), e.dialect(), e.decoding(), e.head(), e.sheetRows(),
                e.rowNumbers(), e.maxFields(), null, e.describe());

        Files.write(dir.resolve("q.csv"), "Naam;Opmerking\r\nZoë;\"twee\r\nregels\"\r\nDaniël;ok\r\n".getBytes(Charset.forName("windows-1252")));
        Export quoted = opener().open(request(), dir.resolve("q.csv"));
        assertFalse(quoted.lineByLine(), "a quoted line break");

        var spark = SharedSpark.get();
        String key = "spark.sql.files.maxPartitionBytes";
        String before = spark.conf().get(key);
        spark.conf().set(key, "97"); // parts of 97 bytes: split points fall anywhere in a line, a CRLF included
        try {
            int[] both = {0, 1};
            assertTrue(SparkCsv.scan(spark, List.of(e), both).rdd().getNumPartitions() >= 10, "read in many partitions");
            assertEquals(1, SparkCsv.scan(spark, List.of(whole), both).rdd().getNumPartitions());
            assertEquals(1, SparkCsv.scan(spark, List.of(quoted), both).rdd().getNumPartitions(), "read whole");
            assertEquals(expected, readSkipping(e));
            assertEquals(readSkipping(whole), readSkipping(e), "split and whole reads give the same rows");
            RowsRead rowsRead = RowsRead.register(spark);
            List<Row> split = FrontEnd.read(spark, List.of(new Planned<>(e, 1, Set.of(0, 1), e.label())), new Skipping(), OUT, rowsRead)
                    .collectAsList();
            assertEquals(split.stream().filter(r -> r.getInt(0) != RowKind.SKIPPED.code()).count(), rowsRead.total(),
                    "the progress line counts each part's rows once");
            List<Row> q = read(quoted);
            assertEquals(List.of(2, 3), q.stream().map(r -> r.getInt(2)).toList());
            assertTrue(q.get(0).getString(4).contains("regels"), "the quoted line break stays inside its cell");
        } finally {
            spark.conf().set(key, before);
        }
    }

    @Test
    void onlyFilesALineReaderReadsAlikeAreReadLineByLine() throws Exception {
        String[][] cases = {
                {"plain.csv", "a;b\r\n1;2\r\n\r\n3;4", "true"},
                {"quoted.csv", "a;b\n1;\"x\ny\"\n", "false"},
                {"blank.csv", "a;b\n1;2\n  \n3;4\n", "false"}, // Spark's line reader drops a line of spaces
                {"cr.csv", "a;b\r1;2\r", "false"},
                {"mixed.csv", "a;b\r\n1;2\n3;4\r\n", "false"}, // univocity takes a lone LF in a CRLF file for data
                {"sep.csv", "sep=;\na;b\n1;2\n", "true"}};
        for (String[] c : cases) {
            Files.writeString(dir.resolve(c[0]), c[1], StandardCharsets.UTF_8);
            assertEquals(Boolean.parseBoolean(c[2]), opener().open(request(), dir.resolve(c[0])).lineByLine(), c[0]);
        }
    }

    private List<Row> readSkipping(Export e) {
        var rows = FrontEnd.read(SharedSpark.get(), List.of(new Planned<>(e, 1, Set.of(0, 1), e.label())), new Skipping(), OUT);
        return rows.collectAsList().stream().sorted(Comparator.comparingInt(r -> r.getInt(2))).toList();
    }

    @Test
    void aByteWindows1252LeavesUndefinedIsRefusedWithItsLine() throws Exception {
        byte[] head = "Naam;Opmerking\nZoë;ok\n".getBytes(Charset.forName("windows-1252"));
        byte[] bad = {'A', ';', (byte) 0x81, '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(dir.resolve("x.csv"), all);
        InputException ex = assertThrows(InputException.class, () -> opener().open(request(), dir.resolve("x.csv")));
        assertTrue(ex.getMessage().contains("line 3") && ex.getMessage().contains("mean nothing in windows-1252"), ex.getMessage());
    }

    @Test
    void utf8IsReadBySparkItselfAndAnUnclosedQuoteIsRefused() throws Exception {
        Files.writeString(dir.resolve("u.csv"), "a,b\n1,\"open\n2,3\n", StandardCharsets.UTF_8);
        InputException ex = assertThrows(InputException.class, () -> opener().open(request(), dir.resolve("u.csv")));
        assertTrue(ex.getMessage().contains("line 2") && ex.getMessage().contains("never closed"), ex.getMessage());
        Files.writeString(dir.resolve("v.csv"), "a,b\n\"x, y\",3\n", StandardCharsets.UTF_8);
        Export e = opener().open(request(), dir.resolve("v.csv"));
        assertEquals(Decoding.UTF8, e.decoding());
        assertEquals("x, y", read(e).get(0).getString(3));
    }

    @Test
    void decodingModes() {
        assertEquals(Decoding.Mode.SPARK, Decoding.of("UTF-8").mode());
        assertEquals(Decoding.Mode.SPARK, Decoding.of("ISO-8859-1").mode());
        assertEquals(Decoding.Mode.CELLS, Decoding.of("windows-1252").mode());
        assertEquals(Decoding.Mode.CELLS, Decoding.of("ISO-8859-15").mode());
        assertEquals(Decoding.Mode.TRANSCODED, Decoding.of("Shift_JIS").mode());
        boolean[] undefined = Decoding.undefinedHighBytes(Charset.forName("windows-1252"));
        int n = 0;
        for (boolean u : undefined) if (u) n++;
        assertEquals(5, n);
        assertTrue(undefined[0x81 - 0x80] && undefined[0x9D - 0x80]);
        assertEquals("€", Decoding.of("windows-1252").cell("\u0080"));
        assertEquals("abc", Decoding.of("windows-1252").cell("abc"));
    }

    @Test
    void sourcesAreAccountedEvenWithoutRows() {
        SourceFile f = new SourceFile("surveys", "s", "leeg.csv", "0", "csv", nl.samenkracht.ingest.survey.ExportLayout.PLAIN.label, "", 2);
        RowAccount a = RowAccounting.accounts(List.of(), List.of(f)).get(0);
        assertEquals(0, a.read());
        RowAccount b = RowAccounting.accounts(List.of(new RowAccounting.Count("surveys", "leeg.csv", RowKind.DUPLICATE, RejectReason.DUPLICATE_SUBMISSION, 2),
                new RowAccounting.Count("surveys", "leeg.csv", RowKind.ACCEPTED, null, 3),
                new RowAccounting.Count("surveys", "leeg.csv", RowKind.CELL_ISSUE, RejectReason.UNKNOWN_ANSWER, 4)), List.of(f)).get(0);
        assertEquals(5, b.read());
        assertEquals(2, b.rejected());
        assertEquals(4, b.cellIssues());
        assertEquals(4L, b.cellIssuesByReason().get(RejectReason.UNKNOWN_ANSWER));
    }
}
