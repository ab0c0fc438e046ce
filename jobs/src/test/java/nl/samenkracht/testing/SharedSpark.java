package nl.samenkracht.testing;

import nl.samenkracht.run.SmallStudySettings;
import nl.samenkracht.run.SparkSessions;
import org.apache.spark.sql.SparkSession;

import java.util.Map;

/**
 * The one SparkSession of the whole test suite (local[2], 2 shuffle partitions, UI off). Only one
 * SparkContext may live per JVM, and starting one costs seconds, so every Spark test takes this one
 * and none stops it; the JVM's exit ends it.
 *
 * <p>Code generation is off here (whole-stage and expression codegen; Spark evaluates the same plans
 * interpreted, with the same results). The tests' inputs are a few rows, and their time went to the
 * driver compiling generated Java (Janino) for every new plan: a corpus case took about half as
 * long without it (corpus/README.md). The product does the same for a small study
 * ({@link nl.samenkracht.run.SmallStudySettings}) and keeps Spark's defaults for a large one; the
 * cluster run in SparkStandaloneClusterIT forces code generation on, so generated code stays tested.
 */
public final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {}

    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSessions.create("local[2]", 2, Map.of(
                    SmallStudySettings.WHOLE_STAGE_CODEGEN, "false",
                    SmallStudySettings.CODEGEN_FACTORY, "NO_CODEGEN"));
        }
        return session;
    }
}
