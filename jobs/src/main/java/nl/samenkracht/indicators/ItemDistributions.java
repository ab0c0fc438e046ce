package nl.samenkracht.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.*;

/**
 * Counts of each answer option per instrument × item × school year × wave × location (and all
 * locations together), plus the missing answers ("Weet ik niet" and empty). Options nobody chose
 * are added when the report table is built from the answer scale, since Spark only sees what occurs.
 */
public final class ItemDistributions {
    private ItemDistributions() {}

    public static Dataset<Row> compute(Dataset<Row> responses) {
        nl.samenkracht.canonical.CanonicalTable.RESPONSES.require(responses, "item distributions");
        responses.createOrReplaceTempView("sk_responses");
        // Count per location first: the grouping sets then expand those few counted rows, not
        // every answer (Spark does not pre-aggregate below an Expand by itself).
        return responses.sparkSession().sql("""
                WITH counted AS (
                  SELECT instrument, item, school_year, wave, location, value, count(*) AS n
                  FROM sk_responses
                  GROUP BY instrument, item, school_year, wave, location, value
                )
                SELECT instrument, item, school_year, wave,
                       CASE WHEN grouping(location) = 1 THEN '%s' ELSE location END AS location,
                       value, sum(n) AS n
                FROM counted
                GROUP BY instrument, item, school_year, wave, value, GROUPING SETS ((location), ())
                """.formatted(Descriptives.ALL_LOCATIONS));
    }
}
