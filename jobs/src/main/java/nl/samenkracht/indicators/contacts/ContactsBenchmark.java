package nl.samenkracht.indicators.contacts;

import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyConfig;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.contacts.ContactData;
import nl.samenkracht.ingest.contacts.ContactIngest;
import nl.samenkracht.ingest.contacts.ContactsConfig;
import nl.samenkracht.ingest.contacts.ContactsYaml;
import nl.samenkracht.privacy.Pseudonymizer;
import nl.samenkracht.run.SparkSessions;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Benchmark main (bench/contacts-bench.sh; not a test): contact ingest + indicators on a folder
 * written by {@code LargeContactsGenerator}, embedded Spark, then the small results and the first
 * 10,000 rejects collected as the pipeline does. Prints the phases' seconds and the row accounting.
 * Usage: {@code ContactsBenchmark <folder> [master=local[*]] [shufflePartitions=8]}.
 */
public final class ContactsBenchmark {
    private ContactsBenchmark() {}

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime(), c0 = OS.getProcessCpuTime();
        Path dir = Path.of(args[0]).toAbsolutePath();
        String master = args.length > 1 ? args[1] : "local[*]";
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        ContactsConfig config = ContactsYaml.parse(Files.readString(dir.resolve("contacts.yaml")), "contacts.yaml");
        SparkSession spark = SparkSessions.create(master, partitions);
        long t1 = System.nanoTime(), c1 = OS.getProcessCpuTime();
        Path work = Files.createTempDirectory("contacts-bench-");
        try {
            Study study = new Study(dir.resolve("study.yaml"), new StudyConfig(null, null, null, null, null, null, null, null, null, null, null, null));
            Pseudonymizer key = new Pseudonymizer("benchmark-key-0123456789".getBytes(StandardCharsets.UTF_8));
            ContactData data = new ContactIngest(spark, study, config, key, work, List.of()).ingest();
            long t2 = System.nanoTime(), c2 = OS.getProcessCpuTime();
            ContactResults results = ContactIndicators.compute(spark, data, config.options());
            List<Row> rejects = data.rejects().limit(10_000).collectAsList();
            long t3 = System.nanoTime(), c3 = OS.getProcessCpuTime();
            long read = data.accounts().stream().mapToLong(RowAccount::read).sum();
            long accepted = data.accounts().stream().mapToLong(RowAccount::accepted).sum();
            System.out.printf("rows read %d, accepted %d, rejected %d, listed rejects %d%n", read, accepted, read - accepted, rejects.size());
            Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
            sizes.put("contacts_reach", results.reach().size());
            sizes.put("contacts_frequency", results.frequency().size());
            sizes.put("contacts_tone", results.tone().size());
            sizes.put("contacts_channels", results.channels().size());
            sizes.put("contacts_regularity", results.regularity().size());
            sizes.put("contacts_collective", results.collective().size());
            sizes.put("contacts_rhythm", results.rhythm().size());
            sizes.forEach((name, rows) -> System.out.printf("%s: %d rows%n", name, rows));
            System.out.printf("seconds: spark start %.1f, ingest %.1f, indicators %.1f, total in JVM %.1f%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9);
            System.out.printf("cpu seconds: spark start %.1f, ingest %.1f, indicators %.1f, total in JVM %.1f%n",
                    (c1 - c0) / 1e9, (c2 - c1) / 1e9, (c3 - c2) / 1e9, (c3 - c0) / 1e9);
        } finally {
            spark.stop();
            try (var s = Files.walk(work)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
