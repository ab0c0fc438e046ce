package nl.samenkracht.ingest.contacts;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.config.Study;
import nl.samenkracht.ingest.InputFiles;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.frontend.Export;
import nl.samenkracht.ingest.frontend.ExportOpener;
import nl.samenkracht.ingest.frontend.ExportRequest;
import nl.samenkracht.ingest.frontend.FrontEnd;
import nl.samenkracht.ingest.frontend.LocalRows;
import nl.samenkracht.ingest.frontend.Planned;
import nl.samenkracht.ingest.frontend.RowAccounting;
import nl.samenkracht.ingest.frontend.RowKind;
import nl.samenkracht.ingest.frontend.Source;
import nl.samenkracht.ingest.survey.SourceFile;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.canonical.CanonicalTable;
import nl.samenkracht.privacy.Pseudonymizer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.*;

/**
 * Reads every contact log and roster of a study into canonical tables, with the same rules as the
 * survey ingest: every row read is accepted or rejected (read = accepted + rejected per file),
 * every reject names file, row, column and a Dutch reason.
 *
 * <p>All files of a log (or roster) are read in one Spark scan per file shape, not a scan per
 * file: a plan branch per file would cost seconds of planning and compiling each. After the rows
 * are interpreted: an exact duplicate of an earlier contact (same kind, date,
 * counterpart, staff, location, class and values, in any file of that kind) is rejected as
 * "dubbele rij", naming the row it repeats; a roster entry listed twice for the same school year
 * is rejected as "dubbel in de lijst". Each contact is then matched to its kind's roster: a
 * counterpart missing from the roster is kept and flagged (a cell issue "ontbreekt in de lijst"):
 * it counts in the contact-level figures (share positive, channels …) but never in reach. An
 * empty location or class is taken from the roster.
 */
public final class ContactIngest {
    static final String MISSING_FROM_ROSTER = "ontbreekt in de lijst";

    private final SparkSession spark;
    private final Study study;
    private final ContactsConfig config;
    private final Pseudonymizer pseudonymizer;
    private final ExportOpener opener;
    private final Set<String> knownLocations;
    private final nl.samenkracht.ingest.frontend.RowsRead rowsRead;

    public ContactIngest(SparkSession spark, Study study, ContactsConfig config, Pseudonymizer pseudonymizer, Path workDir,
                         List<String> knownLocations) {
        this(spark, study, config, pseudonymizer, workDir, knownLocations, null);
    }

    /** @param rowsRead the run's count of rows read (the progress line), or null */
    public ContactIngest(SparkSession spark, Study study, ContactsConfig config, Pseudonymizer pseudonymizer, Path workDir,
                         List<String> knownLocations, nl.samenkracht.ingest.frontend.RowsRead rowsRead) {
        this.rowsRead = rowsRead;
        this.spark = spark;
        this.study = study;
        this.config = config;
        this.pseudonymizer = pseudonymizer;
        this.opener = new ExportOpener(study.dir(), workDir);
        this.knownLocations = new LinkedHashSet<>(knownLocations);
    }

    /** One opened file of a log or roster. */
    private record Opened(Source source, String id, String kind, Export export, SourceFile file) {}

    /** The files of every log (or roster) and the interpreted rows they give. */
    private record Read(List<Opened> files, Dataset<Row> rows) {}

    /** Files resolved and headers checked, without computing anything (for validate). */
    public List<SourceFile> open() {
        List<SourceFile> out = new ArrayList<>();
        for (Opened o : openLogs().files()) out.add(o.file());
        for (Opened o : openRosters().files()) out.add(o.file());
        return out;
    }

    public ContactData ingest() {
        Read logRead = openLogs();
        Read rosterRead = openRosters();
        List<Opened> logs = logRead.files();
        List<Opened> rosters = rosterRead.files();
        Set<String> rosterKinds = new LinkedHashSet<>();
        for (RosterConfig r : config.rosters()) rosterKinds.add(r.kind());

        Dataset<Row> logRows = logRead.rows();
        Dataset<Row> rosterRows = rosterRead.rows();

        Dataset<Row> rosterMarked = markDuplicateRosterRows(rosterRows).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> rosterAccepted = rosterMarked.filter(RowKind.ACCEPTED.is());

        // The contacts are matched to the roster (entries with a school year on kind, year and
        // counterpart; entries for every year on kind and counterpart) and cached in the partitions
        // the scans give: the one copy of the large data that every later step reads. (Clustering it
        // by counterpart here would shuffle all columns; the per-counterpart indicators shuffle only
        // the few columns they need.) The accepted roster entries are already unique per kind, school
        // year (or none) and counterpart (markDuplicateRosterRows), so the join keys need no
        // dropDuplicates, which cost a shuffle and a sort of the roster each.
        Dataset<Row> byYear = broadcast(rosterAccepted.filter(col("school_year").isNotNull())
                .select(col("kind"), col("school_year"), col("counterpart"), coalesce(col("location"), lit("Onbekend")).as("_y_location"),
                        col("class").as("_y_class"), lit(true).as("_y_hit")));
        Dataset<Row> everyYear = broadcast(rosterAccepted.filter(col("school_year").isNull())
                .select(col("kind"), col("counterpart"), coalesce(col("location"), lit("Onbekend")).as("_a_location"),
                        col("class").as("_a_class"), lit(true).as("_a_hit")));
        Column contact = RowKind.ACCEPTED.is();
        Column checked = contact.and(not(col("collective"))).and(col("kind").isin(rosterKinds.toArray()));
        Dataset<Row> cached = logRows
                .join(byYear, seq("kind", "school_year", "counterpart"), "left")
                .join(everyYear, seq("kind", "counterpart"), "left")
                .withColumn("on_roster", when(checked, coalesce(col("_y_hit"), col("_a_hit"), lit(false))))
                .withColumn("location", when(contact, coalesce(col("location"), col("_y_location"), col("_a_location"), lit("Onbekend"))))
                .withColumn("class", when(contact, coalesce(col("class"), col("_y_class"), col("_a_class"))))
                .withColumn("date", col("date").cast(DataTypes.DateType))
                // The log id is a function of the file: not stored per row, see logOf.
                .drop("_y_location", "_y_class", "_y_hit", "_a_location", "_a_class", "_a_hit", "log")
                .persist(StorageLevel.MEMORY_AND_DISK());
        Column logOf = lit(null).cast(DataTypes.StringType);
        for (Opened o : logs) logOf = when(col("file").equalTo(o.export().label()), lit(o.id())).otherwise(logOf);
        Dataset<Row> matched = markDuplicateContacts(cached, logOf);
        Dataset<Row> roster = canonicalRoster(rosterAccepted, cached).persist(StorageLevel.MEMORY_AND_DISK());

        List<RowAccount> accounts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        account(matched, rosterMarked, logs, rosters, accounts, warnings);

        for (ContactLogConfig l : config.logs()) {
            // Terminal text, so English (the reports say it in Dutch where they leave reach out).
            if (!rosterKinds.contains(l.kind()) && warnings.stream().noneMatch(w -> w.startsWith("No roster for '" + l.kind())))
                warnings.add(0, "No roster for '" + l.kind() + "' (contacts.rosters): reach cannot be computed, because nobody knows "
                        + "who should have been reached; only the contacts' own characteristics are reported.");
        }
        for (Map.Entry<String, DeadlineRule> e : config.options().deadlines().entrySet()) {
            DeadlineRule rule = e.getValue();
            if (rule.daysAfterStart() == null) continue;
            for (RosterConfig r : config.rosters()) {
                if (rule.appliesTo(r.kind()) && r.column("start_date") == null
                        && config.logs().stream().anyMatch(l -> l.kind().equals(r.kind())))
                    warnings.add("The deadline for " + e.getKey() + " (" + rule.window() + ") counts from the start date, but roster '"
                            + r.id() + "' has no start_date column: that reach cannot be computed.");
            }
        }

        Dataset<Row> contacts = matched.filter(contact).select(col("school_year"), col("date"),
                col("kind"), col("location"), col("class"), col("counterpart"), col("staff"), col("type"), col("channel"),
                col("initiator"), col("tone"), col("child_present"), col("attendance"), col("collective"), col("on_roster"),
                col("log"), col("file"), col("row"));
        Dataset<Row> rejects = rejects(matched, rosterMarked);
        List<SourceFile> sources = new ArrayList<>();
        for (Opened o : logs) sources.add(o.file());
        for (Opened o : rosters) sources.add(o.file());
        return new ContactData(contacts, roster, rejects, accounts, warnings, sources);
    }

    // ---- reading --------------------------------------------------------------------------

    private Read openLogs() {
        List<Opened> files = new ArrayList<>();
        List<Planned<ContactFilePlan>> planned = new ArrayList<>();
        for (ContactLogConfig l : config.logs()) {
            String owner = "contacts.logs '" + l.id() + "'";
            List<Path> paths = InputFiles.resolve(study, owner, l.files());
            for (Export e : opener.openAll(new ExportRequest(Source.CONTACTS, l.id(), l.format(), l.sheet(), l.csv(), 1), paths)) {
                planned.add(logPlan(config, l, e, knownLocations));
                files.add(new Opened(Source.CONTACTS, l.id(), l.kind(), e, e.source(Source.CONTACTS, l.id(), PLAIN_LAYOUT)));
            }
        }
        return new Read(files, FrontEnd.read(spark, planned, new ContactRowInterpreter(pseudonymizer), ContactSchemas.INTERPRETED, rowsRead));
    }

    private Read openRosters() {
        List<Opened> files = new ArrayList<>();
        List<Planned<RosterFilePlan>> planned = new ArrayList<>();
        for (RosterConfig r : config.rosters()) {
            String owner = "contacts.rosters '" + r.id() + "'";
            List<Path> paths = InputFiles.resolve(study, owner, r.files());
            for (Export e : opener.openAll(new ExportRequest(Source.ROSTERS, r.id(), r.format(), r.sheet(), r.csv(), 1), paths)) {
                planned.add(rosterPlan(config, r, e, knownLocations));
                files.add(new Opened(Source.ROSTERS, r.id(), r.kind(), e, e.source(Source.ROSTERS, r.id(), PLAIN_LAYOUT)));
            }
        }
        return new Read(files, FrontEnd.read(spark, planned, new RosterRowInterpreter(pseudonymizer), ContactSchemas.ROSTER_INTERPRETED, rowsRead));
    }

    /** One contact log file as the run plans it: its columns bound to the header, its value mappings, dates and limits. */
    private static Planned<ContactFilePlan> logPlan(ContactsConfig config, ContactLogConfig l, Export e, Set<String> knownLocations) {
        Map<String, Map<String, String>> values = new HashMap<>();
        l.values().forEach((logical, m) -> {
            Map<String, String> n = new HashMap<>();
            if (m != null) m.forEach((k, v) -> n.put(AnswerScale.normalise(k), v));
            values.put(logical, n);
        });
        Map<String, Integer> cols = columns(e, "contacts.logs '" + l.id() + "'", ContactVocabulary.LOG_COLUMNS, l.columns());
        ContactFilePlan plan = new ContactFilePlan(l.id(), l.kind(), e.label(), e.header(), cols, values, new DateReader(l.dateFormat()),
                new LinkedHashSet<>(config.options().collectiveTypes()), new LinkedHashSet<>(config.options().schoolYears()), knownLocations);
        return new Planned<>(e, 1, new HashSet<>(cols.values()), plan);
    }

    /** One roster file as the run plans it. */
    private static Planned<RosterFilePlan> rosterPlan(ContactsConfig config, RosterConfig r, Export e, Set<String> knownLocations) {
        Map<String, Integer> cols = columns(e, "contacts.rosters '" + r.id() + "'", ContactVocabulary.ROSTER_COLUMNS, r.columns());
        RosterFilePlan plan = new RosterFilePlan(r.id(), r.kind(), e.label(), e.header(), cols, new DateReader(r.dateFormat()),
                new LinkedHashSet<>(config.options().schoolYears()), knownLocations);
        return new Planned<>(e, 1, new HashSet<>(cols.values()), plan);
    }

    /**
     * One contact log file's records interpreted on the driver, without Spark, with the plan and interpreter
     * of a run ({@link LocalRows}): what {@code validate} counts. Rows in {@link ContactSchemas#INTERPRETED},
     * before duplicates are marked.
     */
    public static void interpretLogLocally(ContactsConfig config, ContactLogConfig l, Export e, List<String> knownLocations,
                                           Pseudonymizer pseudonymizer, java.util.function.Consumer<Row> sink) {
        LocalRows.interpret(logPlan(config, l, e, new LinkedHashSet<>(knownLocations)), new ContactRowInterpreter(pseudonymizer), sink);
    }

    /** The same for a roster file; rows in {@link ContactSchemas#ROSTER_INTERPRETED}. */
    public static void interpretRosterLocally(ContactsConfig config, RosterConfig r, Export e, List<String> knownLocations,
                                              Pseudonymizer pseudonymizer, java.util.function.Consumer<Row> sink) {
        LocalRows.interpret(rosterPlan(config, r, e, new LinkedHashSet<>(knownLocations)), new RosterRowInterpreter(pseudonymizer), sink);
    }

    /** Contact logs and rosters are plain tables with configured columns; run.json and the terminal name their layout so. */
    private static final String PLAIN_LAYOUT = nl.samenkracht.ingest.survey.ExportLayout.PLAIN.label;

    /** Logical column → index in this file's header; a configured header that is missing is a config error. */
    private static Map<String, Integer> columns(Export raw, String owner, List<String> logicals, Map<String, String> configured) {
        HeaderColumns h = new HeaderColumns(raw.label(), owner, raw.header());
        Map<String, Integer> cols = new HashMap<>();
        for (String logical : logicals) {
            int i = h.index(configured.get(logical), logical);
            if (i >= 0) cols.put(logical, i);
        }
        return cols;
    }

    // ---- duplicates and the roster ---------------------------------------------------------

    /** What makes two contact rows the same (with the counterpart's pseudonym, not the raw text). */
    private static final Column[] IDENTITY = java.util.Arrays.stream(ContactDuplicates.IDENTITY)
            .map(org.apache.spark.sql.functions::col).toArray(Column[]::new);

    /**
     * Later copies of a contact are "duplicate"; the first (by file, row) stays. A window over every
     * row would shuffle and sort them all for the few copies there are, so: rows whose 64-bit
     * content hash occurs more than once are candidates (a long-key aggregation), the candidates are
     * compared exactly on all identity columns, and the (small) list of copies is collected and
     * applied to the contacts with a broadcast join.
     */
    private Dataset<Row> markDuplicateContacts(Dataset<Row> cached, Column logOf) {
        Dataset<Row> contacts = cached.filter(RowKind.ACCEPTED.is()).withColumn("_h", xxhash64(IDENTITY));
        Dataset<Row> repeated = contacts.groupBy("_h").count().filter(col("count").gt(1)).select("_h");
        WindowSpec same = Window.partitionBy(IDENTITY).orderBy(col("file"), col("row"))
                .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
        List<Row> copies = contacts.join(broadcast(repeated), "_h")
                .withColumn("_rn", row_number().over(same))
                .withColumn("_first", first(struct(col("file"), col("row"))).over(same))
                .filter(col("_rn").gt(1))
                .select(col("file"), col("row"), col("_first.file"), col("_first.row"))
                .collectAsList();
        StructType schema = new StructType().add("file", DataTypes.StringType).add("row", DataTypes.IntegerType)
                .add("_first_file", DataTypes.StringType).add("_first_row", DataTypes.IntegerType);
        Dataset<Row> marks = broadcast(spark.createDataFrame(copies, schema).withColumn("_dup", lit(true)));
        Column dup = coalesce(col("_dup"), lit(false));
        return cached.join(marks, seq("file", "row"), "left")
                .withColumn("reason", when(dup, lit(ContactDuplicates.CONTACT_REASON.code())).otherwise(col("reason")))
                .withColumn("detail", when(dup, concat(lit("zelfde als rij "), col("_first_row").cast("string"),
                        when(col("_first_file").notEqual(col("file")), concat(lit(" in "), col("_first_file"))).otherwise(lit(""))))
                        .otherwise(col("detail")))
                .withColumn(RowKind.COLUMN, when(dup, RowKind.DUPLICATE.literal()).otherwise(col(RowKind.COLUMN)))
                .withColumn("on_roster", when(dup, lit(null).cast(DataTypes.BooleanType)).otherwise(col("on_roster")))
                .drop("_first_file", "_first_row", "_dup")
                .withColumn("log", logOf);
    }

    /** A counterpart listed twice for the same kind and school year: the later entry is "duplicate". */
    private static Dataset<Row> markDuplicateRosterRows(Dataset<Row> rows) {
        Column own = when(not(RowKind.ACCEPTED.is()), concat_ws(":", col("file"), col("row").cast("string")));
        return markDuplicates(rows, ContactDuplicates.ROSTER_REASON, "staat al op rij ", " van ", col(RowKind.COLUMN), col("kind"),
                col("school_year"), col("counterpart"), own);
    }

    /**
     * One window over the (small) roster, partitioned by what makes two entries the same, with a
     * 64-bit hash of those columns leading the key (the sort then decides on one number), and both
     * window functions on one specification, so Spark shuffles and sorts once.
     */
    private static Dataset<Row> markDuplicates(Dataset<Row> rows, RejectReason reason, String same, String in,
                                               Column... identity) {
        Column[] partition = new Column[identity.length + 1];
        partition[0] = xxhash64(identity);
        System.arraycopy(identity, 0, partition, 1, identity.length);
        WindowSpec w = Window.partitionBy(partition).orderBy(col("file"), col("row"))
                .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
        Column dup = RowKind.ACCEPTED.is().and(col("_rn").gt(1));
        return rows
                .withColumn("_rn", row_number().over(w))
                .withColumn("_first", first(struct(col("file"), col("row"))).over(w))
                .withColumn("_dup", dup)
                .withColumn("reason", when(col("_dup"), lit(reason.code())).otherwise(col("reason")))
                .withColumn("detail", when(col("_dup"), concat(lit(same), col("_first.row").cast("string"),
                        when(col("_first.file").notEqual(col("file")), concat(lit(in), col("_first.file"))).otherwise(lit(""))))
                        .otherwise(col("detail")))
                .withColumn(RowKind.COLUMN, when(col("_dup"), RowKind.DUPLICATE.literal()).otherwise(col(RowKind.COLUMN)))
                .drop("_rn", "_first", "_dup");
    }

    /**
     * Accepted roster entries; one without a school year stands for every school year of the study
     * (options.school_years), or else every year in which its kind has contacts.
     */
    private Dataset<Row> canonicalRoster(Dataset<Row> accepted, Dataset<Row> cached) {
        Dataset<Row> years;
        List<String> configured = config.options().schoolYears();
        if (!configured.isEmpty()) {
            List<Row> ky = new ArrayList<>();
            for (String k : ContactVocabulary.KINDS) for (String y : configured) ky.add(RowFactory.create(k, y));
            years = spark.createDataFrame(ky, new StructType().add("kind", DataTypes.StringType).add("school_year", DataTypes.StringType));
        } else {
            years = cached.filter(RowKind.ACCEPTED.is()).select("kind", "school_year").distinct();
        }
        Dataset<Row> withYear = accepted.filter(col("school_year").isNotNull());
        Dataset<Row> everyYear = accepted.filter(col("school_year").isNull()).drop("school_year").join(years, "kind");
        Column[] cols = {col("kind"), col("school_year"), col("counterpart"), coalesce(col("location"), lit("Onbekend")).as("location"),
                col("class"), col("start_date").cast(DataTypes.DateType).as("start_date"), col("roster"), col("file"), col("row")};
        // Two rosters for one kind, one with and one without years, could still list someone twice.
        return withYear.select(cols).unionByName(everyYear.select(cols)).dropDuplicates("kind", "school_year", "counterpart");
    }

    // ---- accounting and rejects -------------------------------------------------------------

    /**
     * The row accounting of logs and rosters in one aggregation: every record by kind and reason,
     * every cell issue by reason, and a contact missing from its roster as a cell issue of its own
     * reason (it is kept, and counted, but not in reach).
     */
    private void account(Dataset<Row> matched, Dataset<Row> rosterMarked, List<Opened> logs, List<Opened> rosters,
                         List<RowAccount> accounts, List<String> warnings) {
        Column records = lit(1);
        Dataset<Row> tally = RowAccounting.tally(matched, lit(Source.CONTACTS.label()), col(RowKind.COLUMN), col("reason"), records)
                .unionByName(cellIssues(matched, Source.CONTACTS))
                .unionByName(RowAccounting.tally(matched.filter(col("on_roster").equalTo(false)), lit(Source.CONTACTS.label()),
                        RowKind.CELL_ISSUE.literal(), lit(RejectReason.NOT_ON_ROSTER.code()), records))
                .unionByName(RowAccounting.tally(rosterMarked, lit(Source.ROSTERS.label()), col(RowKind.COLUMN), col("reason"), records))
                .unionByName(cellIssues(rosterMarked, Source.ROSTERS));
        List<SourceFile> files = new ArrayList<>();
        Map<String, String> kindOf = new HashMap<>();
        for (Opened o : both(logs, rosters)) {
            files.add(o.file());
            kindOf.put(o.file().source() + "|" + o.file().file(), o.kind());
        }
        for (RowAccount a : RowAccounting.count(tally, files)) {
            accounts.add(a);
            long flags = a.cellIssuesByReason().getOrDefault(RejectReason.NOT_ON_ROSTER, 0L);
            if (a.source().equals(Source.CONTACTS.label()) && flags > 0) {
                String kind = kindOf.get(a.source() + "|" + a.file());
                warnings.add(a.file() + ": " + flags + (flags == 1 ? " contact whose counterpart is" : " contacts whose counterparts are")
                        + " not on the roster of kind '" + kind + "'; counted in the contacts' characteristics, not in reach"
                        + " (cell issue '" + MISSING_FROM_ROSTER + "' in tables/rejects.csv).");
            }
        }
    }

    /** The cell issues of accepted rows, one tally row each. */
    private static Dataset<Row> cellIssues(Dataset<Row> rows, Source source) {
        return RowAccounting.tally(rows.filter(RowKind.ACCEPTED.is().and(col("issues").isNotNull()))
                        .select(col("file"), explode(col("issues")).as("i")),
                lit(source.label()), RowKind.CELL_ISSUE.literal(), col("i.reason"), lit(1));
    }

    private static List<Opened> both(List<Opened> a, List<Opened> b) {
        List<Opened> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private Dataset<Row> rejects(Dataset<Row> matched, Dataset<Row> rosterMarked) {
        Column rowLevel = col(RowKind.COLUMN).isin(RowKind.REJECTED.code(), RowKind.DUPLICATE.code());
        Dataset<Row> contactRows = matched.filter(rowLevel).select(lit("contacts").as("source"), col("file"), col("row"),
                lit("row").as("level"), col("reason"), col("column"), col("detail"), col("school_year"));
        Dataset<Row> contactCells = matched.filter(RowKind.ACCEPTED.is().and(col("issues").isNotNull()))
                .select(col("file"), col("row"), col("school_year"), explode(col("issues")).as("i"))
                .select(lit("contacts").as("source"), col("file"), col("row"), lit("cell").as("level"), col("i.reason").as("reason"),
                        col("i.column").as("column"), col("i.detail").as("detail"), col("school_year"));
        Column counterpartHeader = lit(null).cast("string");
        for (ContactLogConfig l : config.logs())
            counterpartHeader = when(col("log").equalTo(l.id()), lit(l.column("counterpart"))).otherwise(counterpartHeader);
        Column missingDetail = lit(null).cast("string");
        for (String kind : ContactVocabulary.KINDS)
            missingDetail = when(col("kind").equalTo(kind), concat(lit("deze " + ContactVocabulary.counterpartLabel(kind)
                    + " staat niet in " + ContactVocabulary.rosterLabel(kind) + " van "), col("school_year"),
                    lit("; telt niet mee in het bereik"))).otherwise(missingDetail);
        Dataset<Row> flagged = matched.filter(col("on_roster").equalTo(false))
                .select(lit("contacts").as("source"), col("file"), col("row"), lit("cell").as("level"),
                        lit(RejectReason.NOT_ON_ROSTER.code()).as("reason"), counterpartHeader.as("column"), missingDetail.as("detail"), col("school_year"));
        Dataset<Row> rosterRows = rosterMarked.filter(rowLevel).select(lit("rosters").as("source"), col("file"), col("row"),
                lit("row").as("level"), col("reason"), col("column"), col("detail"), col("school_year"));
        Dataset<Row> rosterCells = rosterMarked.filter(RowKind.ACCEPTED.is().and(col("issues").isNotNull()))
                .select(col("file"), col("row"), col("school_year"), explode(col("issues")).as("i"))
                .select(lit("rosters").as("source"), col("file"), col("row"), lit("cell").as("level"), col("i.reason").as("reason"),
                        col("i.column").as("column"), col("i.detail").as("detail"), col("school_year"));
        Dataset<Row> all = contactRows.unionByName(contactCells).unionByName(flagged).unionByName(rosterRows).unionByName(rosterCells);
        List<Column> cols = new ArrayList<>();
        for (var f : CanonicalTable.REJECTS.schema().fields()) cols.add(col(f.name()).cast(f.dataType()));
        return all.select(cols.toArray(new Column[0]));
    }

    private static scala.collection.immutable.Seq<String> seq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
    }
}
