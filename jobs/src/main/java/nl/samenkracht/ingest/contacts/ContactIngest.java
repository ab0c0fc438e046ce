package nl.samenkracht.ingest.contacts;

import nl.samenkracht.config.Study;
import nl.samenkracht.ingest.InputFiles;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.survey.SourceFile;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Schemas;
import nl.samenkracht.privacy.Pseudonymizer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.*;

/**
 * Reads every contact log and roster of a study into canonical tables, with the same rules as the
 * survey ingest: every row read is accepted or rejected (read = accepted + rejected per file),
 * every reject names file, row, column and a Dutch reason.
 *
 * <p>After the rows are interpreted: an exact duplicate of an earlier contact (same kind, date,
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
    private final RawExportReader reader;
    private final Set<String> knownLocations;

    public ContactIngest(SparkSession spark, Study study, ContactsConfig config, Pseudonymizer pseudonymizer, Path workDir,
                         List<String> knownLocations) {
        this.spark = spark;
        this.study = study;
        this.config = config;
        this.pseudonymizer = pseudonymizer;
        this.reader = new RawExportReader(spark, study, workDir);
        this.knownLocations = new LinkedHashSet<>(knownLocations);
    }

    private record Opened(String source, String id, String kind, RawExport raw, Dataset<Row> rows) {}

    /** Files resolved and headers checked, without computing anything (for validate). */
    public List<SourceFile> open() {
        List<SourceFile> out = new ArrayList<>();
        for (Opened o : openLogs()) out.add(o.raw().source());
        for (Opened o : openRosters()) out.add(o.raw().source());
        return out;
    }

    public ContactData ingest() {
        List<Opened> logs = openLogs();
        List<Opened> rosters = openRosters();
        Set<String> rosterKinds = new LinkedHashSet<>();
        for (RosterConfig r : config.rosters()) rosterKinds.add(r.kind());

        Dataset<Row> logRows = union(logs, ContactSchemas.INTERPRETED);
        Dataset<Row> rosterRows = union(rosters, ContactSchemas.ROSTER_INTERPRETED);

        Dataset<Row> marked = markDuplicateContacts(logRows).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> rosterMarked = markDuplicateRosterRows(rosterRows).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> roster = canonicalRoster(rosterMarked, marked).persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> rosterKeys = roster.select(col("kind"), col("school_year"), col("counterpart"),
                col("location").as("_r_location"), col("class").as("_r_class"), lit(true).as("_hit"));
        Column contact = col("record").equalTo("contact");
        Column checked = contact.and(not(col("collective"))).and(col("kind").isin(rosterKinds.toArray()));
        Dataset<Row> matched = marked.join(broadcast(rosterKeys), seq("kind", "school_year", "counterpart"), "left")
                .withColumn("on_roster", when(checked, coalesce(col("_hit"), lit(false))))
                .withColumn("location", when(contact, coalesce(col("location"), col("_r_location"), lit("Onbekend"))))
                .withColumn("class", when(contact, coalesce(col("class"), col("_r_class"))))
                .drop("_r_location", "_r_class", "_hit")
                .persist(StorageLevel.MEMORY_AND_DISK());

        List<RowAccount> accounts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        account(matched, rosterMarked, logs, rosters, accounts, warnings);
        marked.unpersist(false); // matched and roster are cached in full by the accounting action

        for (ContactLogConfig l : config.logs()) {
            if (!rosterKinds.contains(l.kind()) && warnings.stream().noneMatch(w -> w.startsWith("Geen lijst voor '" + l.kind())))
                warnings.add(0, "Geen lijst voor '" + l.kind() + "' (contacts.rosters): het bereik kan niet worden berekend, want "
                        + "niemand weet wie er bereikt had moeten worden; alleen kenmerken van de contacten zelf worden gerapporteerd.");
        }
        for (Map.Entry<String, DeadlineRule> e : config.options().deadlines().entrySet()) {
            DeadlineRule rule = e.getValue();
            if (rule.daysAfterStart() == null) continue;
            for (RosterConfig r : config.rosters()) {
                if (rule.appliesTo(r.kind()) && r.column("start_date") == null
                        && config.logs().stream().anyMatch(l -> l.kind().equals(r.kind())))
                    warnings.add("De deadline voor " + e.getKey() + " (" + rule.window() + ") telt vanaf de startdatum, maar lijst '"
                            + r.id() + "' heeft geen kolom start_date: dat bereik kan niet worden berekend.");
            }
        }

        Dataset<Row> contacts = matched.filter(contact).select(col("school_year"), col("date").cast(DataTypes.DateType).as("date"),
                col("kind"), col("location"), col("class"), col("counterpart"), col("staff"), col("type"), col("channel"),
                col("initiator"), col("tone"), col("child_present"), col("attendance"), col("collective"), col("on_roster"),
                col("log"), col("file"), col("row"));
        Dataset<Row> rejects = rejects(matched, rosterMarked);
        List<SourceFile> sources = new ArrayList<>();
        for (Opened o : logs) sources.add(o.raw().source());
        for (Opened o : rosters) sources.add(o.raw().source());
        return new ContactData(contacts, roster, rejects, accounts, warnings, sources);
    }

    // ---- reading --------------------------------------------------------------------------

    private List<Opened> openLogs() {
        List<Opened> out = new ArrayList<>();
        Set<String> years = new LinkedHashSet<>(config.options().schoolYears());
        Set<String> collective = new LinkedHashSet<>(config.options().collectiveTypes());
        for (ContactLogConfig l : config.logs()) {
            String owner = "contacts.logs '" + l.id() + "'";
            Map<String, Map<String, String>> values = new HashMap<>();
            l.values().forEach((logical, m) -> {
                Map<String, String> n = new HashMap<>();
                if (m != null) m.forEach((k, v) -> n.put(AnswerScale.normalise(k), v));
                values.put(logical, n);
            });
            for (Path f : InputFiles.resolve(study, owner, l.files())) {
                RawExport raw = reader.open("contacts", l.id(), f, l.format(), l.sheet(), l.csv());
                HeaderColumns h = new HeaderColumns(raw.label(), owner, raw.header());
                Map<String, Integer> cols = new HashMap<>();
                for (String logical : ContactVocabulary.LOG_COLUMNS) {
                    int i = h.index(l.column(logical), logical);
                    if (i >= 0) cols.put(logical, i);
                }
                ContactFilePlan plan = new ContactFilePlan(l.id(), l.kind(), raw.label(), raw.header(), raw.dialect().delimiter(),
                        RawExportReader.readAsLatin1(raw.dialect()), raw.leadingColumns(), cols, values, new DateReader(l.dateFormat()), collective, years, knownLocations);
                Dataset<Row> rows = raw.rows().flatMap(new ContactRowInterpreter(plan, pseudonymizer),
                        ExpressionEncoder.apply(ContactSchemas.INTERPRETED));
                out.add(new Opened("contacts", l.id(), l.kind(), raw, rows));
            }
        }
        return out;
    }

    private List<Opened> openRosters() {
        List<Opened> out = new ArrayList<>();
        Set<String> years = new LinkedHashSet<>(config.options().schoolYears());
        for (RosterConfig r : config.rosters()) {
            String owner = "contacts.rosters '" + r.id() + "'";
            for (Path f : InputFiles.resolve(study, owner, r.files())) {
                RawExport raw = reader.open("rosters", r.id(), f, r.format(), r.sheet(), r.csv());
                HeaderColumns h = new HeaderColumns(raw.label(), owner, raw.header());
                Map<String, Integer> cols = new HashMap<>();
                for (String logical : ContactVocabulary.ROSTER_COLUMNS) {
                    int i = h.index(r.column(logical), logical);
                    if (i >= 0) cols.put(logical, i);
                }
                RosterFilePlan plan = new RosterFilePlan(r.id(), r.kind(), raw.label(), raw.header(), raw.dialect().delimiter(),
                        RawExportReader.readAsLatin1(raw.dialect()), raw.leadingColumns(), cols, new DateReader(r.dateFormat()), years, knownLocations);
                Dataset<Row> rows = raw.rows().flatMap(new RosterRowInterpreter(plan, pseudonymizer),
                        ExpressionEncoder.apply(ContactSchemas.ROSTER_INTERPRETED));
                out.add(new Opened("rosters", r.id(), r.kind(), raw, rows));
            }
        }
        return out;
    }

    private Dataset<Row> union(List<Opened> files, StructType schema) {
        Dataset<Row> all = null;
        for (Opened o : files) all = all == null ? o.rows() : all.unionByName(o.rows());
        return all != null ? all : spark.createDataFrame(List.of(), schema);
    }

    // ---- duplicates and the roster ---------------------------------------------------------

    /** Later copies of a contact are "duplicate"; the first (by file, row) stays. */
    private static Dataset<Row> markDuplicateContacts(Dataset<Row> rows) {
        // Rejects get a key of their own, so they never count as copies of one another.
        Column own = when(col("record").notEqual("contact"), concat_ws(":", col("file"), col("row").cast("string")));
        WindowSpec same = Window.partitionBy(col("record"), col("kind"), col("school_year"), col("date"), col("counterpart"),
                        col("staff"), col("location"), col("class"), col("type"), col("channel"), col("initiator"), col("tone"),
                        col("child_present"), col("attendance"), own)
                .orderBy(col("file"), col("row"));
        Column rn = row_number().over(same);
        Column firstFile = first(col("file")).over(same);
        Column firstRow = first(col("row")).over(same);
        Column dup = col("record").equalTo("contact").and(rn.gt(1));
        return rows
                .withColumn("_first_file", firstFile)
                .withColumn("_first_row", firstRow)
                .withColumn("_dup", dup)
                .withColumn("reason", when(col("_dup"), lit("dubbele rij")).otherwise(col("reason")))
                .withColumn("detail", when(col("_dup"), concat(lit("zelfde als rij "), col("_first_row").cast("string"),
                        when(col("_first_file").notEqual(col("file")), concat(lit(" in "), col("_first_file"))).otherwise(lit(""))))
                        .otherwise(col("detail")))
                .withColumn("record", when(col("_dup"), lit("duplicate")).otherwise(col("record")))
                .drop("_first_file", "_first_row", "_dup");
    }

    /** A counterpart listed twice for the same kind and school year: the later entry is "duplicate". */
    private static Dataset<Row> markDuplicateRosterRows(Dataset<Row> rows) {
        Column own = when(col("record").notEqual("roster"), concat_ws(":", col("file"), col("row").cast("string")));
        WindowSpec same = Window.partitionBy(col("record"), col("kind"), col("school_year"), col("counterpart"), own)
                .orderBy(col("file"), col("row"));
        Column dup = col("record").equalTo("roster").and(row_number().over(same).gt(1));
        return rows
                .withColumn("_first_file", first(col("file")).over(same))
                .withColumn("_first_row", first(col("row")).over(same))
                .withColumn("_dup", dup)
                .withColumn("reason", when(col("_dup"), lit("dubbel in de lijst")).otherwise(col("reason")))
                .withColumn("detail", when(col("_dup"), concat(lit("staat al op rij "), col("_first_row").cast("string"),
                        when(col("_first_file").notEqual(col("file")), concat(lit(" van "), col("_first_file"))).otherwise(lit(""))))
                        .otherwise(col("detail")))
                .withColumn("record", when(col("_dup"), lit("duplicate")).otherwise(col("record")))
                .drop("_first_file", "_first_row", "_dup");
    }

    /**
     * Accepted roster entries; one without a school year stands for every school year of the study
     * (options.school_years), or else every year in which its kind has contacts.
     */
    private Dataset<Row> canonicalRoster(Dataset<Row> rosterMarked, Dataset<Row> marked) {
        Dataset<Row> accepted = rosterMarked.filter(col("record").equalTo("roster"));
        Dataset<Row> years;
        List<String> configured = config.options().schoolYears();
        if (!configured.isEmpty()) {
            List<Row> ky = new ArrayList<>();
            for (String k : ContactVocabulary.KINDS) for (String y : configured) ky.add(RowFactory.create(k, y));
            years = spark.createDataFrame(ky, new StructType().add("kind", DataTypes.StringType).add("school_year", DataTypes.StringType));
        } else {
            years = marked.filter(col("record").equalTo("contact")).select("kind", "school_year").distinct();
        }
        Dataset<Row> withYear = accepted.filter(col("school_year").isNotNull());
        Dataset<Row> everyYear = accepted.filter(col("school_year").isNull()).drop("school_year").join(years, "kind");
        Column[] cols = {col("kind"), col("school_year"), col("counterpart"), coalesce(col("location"), lit("Onbekend")).as("location"),
                col("class"), col("start_date").cast(DataTypes.DateType).as("start_date"), col("roster"), col("file"), col("row")};
        // Two rosters for one kind, one with and one without years, could still list someone twice.
        return withYear.select(cols).unionByName(everyYear.select(cols)).dropDuplicates("kind", "school_year", "counterpart");
    }

    // ---- accounting and rejects -------------------------------------------------------------

    /** One small aggregation over all files: counts per file × record × reason, cell issues and roster flags. */
    private void account(Dataset<Row> matched, Dataset<Row> rosterMarked, List<Opened> logs, List<Opened> rosters,
                         List<RowAccount> accounts, List<String> warnings) {
        Column issues = coalesce(size(col("issues")), lit(0));
        Column flags = when(col("on_roster").equalTo(false), 1).otherwise(0);
        Dataset<Row> c = matched.select(lit("contacts").as("source"), col("file"), col("record"), col("reason"),
                greatest(issues, lit(0)).plus(flags).as("cells"), flags.as("flags"));
        Dataset<Row> r = rosterMarked.select(lit("rosters").as("source"), col("file"), col("record"), col("reason"),
                greatest(issues, lit(0)).as("cells"), lit(0).as("flags"));
        List<Row> counts = c.unionByName(r).groupBy("source", "file", "record", "reason")
                .agg(count(lit(1)).as("n"), sum("cells").as("cells"), sum("flags").as("flags")).collectAsList();
        Map<String, long[]> totals = new LinkedHashMap<>(); // accepted, rejected, cell issues, flags
        Map<String, Map<String, Long>> reasons = new HashMap<>();
        Map<String, String> sourceOf = new HashMap<>();
        Map<String, String> kindOf = new HashMap<>();
        for (Opened o : both(logs, rosters)) {
            String key = o.source() + "|" + o.raw().label();
            totals.putIfAbsent(key, new long[4]);
            reasons.putIfAbsent(key, new TreeMap<>());
            sourceOf.put(key, o.source());
            kindOf.put(key, o.kind());
        }
        for (Row row : counts) {
            String key = row.getString(0) + "|" + row.getString(1);
            String record = row.getString(2);
            long n = row.getLong(4);
            long[] t = totals.get(key);
            if (record.equals("contact") || record.equals("roster")) {
                t[0] += n;
                t[2] += row.isNullAt(5) ? 0 : row.getLong(5);
                t[3] += row.isNullAt(6) ? 0 : row.getLong(6);
            } else {
                t[1] += n;
                reasons.get(key).merge(row.getString(3), n, Long::sum);
            }
        }
        totals.forEach((key, t) -> {
            String file = key.substring(key.indexOf('|') + 1);
            accounts.add(new RowAccount(sourceOf.get(key), file, t[0] + t[1], t[0], t[1], reasons.get(key), t[2]));
            if (t[3] > 0) {
                String kind = kindOf.get(key);
                warnings.add(file + ": " + t[3] + (t[3] == 1 ? " contact met een " : " contacten met een ")
                        + ContactVocabulary.counterpartLabel(kind) + " die niet in " + ContactVocabulary.rosterLabel(kind)
                        + " staat; ze tellen mee in de kenmerken van contacten, niet in het bereik (zie de afwijzingen: '"
                        + MISSING_FROM_ROSTER + "').");
            }
        });
    }

    private static List<Opened> both(List<Opened> a, List<Opened> b) {
        List<Opened> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private Dataset<Row> rejects(Dataset<Row> matched, Dataset<Row> rosterMarked) {
        Column rowLevel = col("record").isin("reject", "duplicate");
        Dataset<Row> contactRows = matched.filter(rowLevel).select(lit("contacts").as("source"), col("file"), col("row"),
                lit("row").as("level"), col("reason"), col("column"), col("detail"), col("school_year"));
        Dataset<Row> contactCells = matched.filter(col("record").equalTo("contact").and(col("issues").isNotNull()))
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
                        lit(MISSING_FROM_ROSTER).as("reason"), counterpartHeader.as("column"), missingDetail.as("detail"), col("school_year"));
        Dataset<Row> rosterRows = rosterMarked.filter(rowLevel).select(lit("rosters").as("source"), col("file"), col("row"),
                lit("row").as("level"), col("reason"), col("column"), col("detail"), col("school_year"));
        Dataset<Row> rosterCells = rosterMarked.filter(col("record").equalTo("roster").and(col("issues").isNotNull()))
                .select(col("file"), col("row"), col("school_year"), explode(col("issues")).as("i"))
                .select(lit("rosters").as("source"), col("file"), col("row"), lit("cell").as("level"), col("i.reason").as("reason"),
                        col("i.column").as("column"), col("i.detail").as("detail"), col("school_year"));
        Dataset<Row> all = contactRows.unionByName(contactCells).unionByName(flagged).unionByName(rosterRows).unionByName(rosterCells);
        List<Column> cols = new ArrayList<>();
        for (var f : Schemas.REJECTS.fields()) cols.add(col(f.name()).cast(f.dataType()));
        return all.select(cols.toArray(new Column[0]));
    }

    private static scala.collection.immutable.Seq<String> seq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
    }
}
