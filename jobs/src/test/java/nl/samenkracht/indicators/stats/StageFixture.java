package nl.samenkracht.indicators.stats;

import nl.samenkracht.canonical.KeyCodes;
import nl.samenkracht.indicators.ScaleScores;
import nl.samenkracht.model.BuiltInScales;
import nl.samenkracht.model.Codebook;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hand-built fixture of src/test/resources/stats-stage/responses.csv as the pipeline's long
 * responses table (SurveyIngest.RESPONSE_COLUMNS), its codebook, and its scale scores from the
 * pipeline's own ScaleScores. The same CSV feeds reference/stage_reference.py.
 */
final class StageFixture {
    static final String INSTRUMENT = "inw";
    static final StructType RESPONSES = new StructType()
            .add("instrument", DataTypes.StringType).add("survey", DataTypes.StringType)
            .add("school_year", DataTypes.StringType).add("wave", DataTypes.StringType)
            .add("location", DataTypes.StringType).add("grp", DataTypes.StringType)
            .add("respondent", DataTypes.StringType).add("anonymous", DataTypes.BooleanType)
            .add("item", DataTypes.StringType).add("scale", DataTypes.StringType)
            .add("value", DataTypes.DoubleType).add("score", DataTypes.DoubleType)
            .add("missing_label", DataTypes.BooleanType).add("file", DataTypes.StringType)
            .add("row", DataTypes.IntegerType);

    static final Codebook CODEBOOK = new Codebook(List.of(
            item("a1", "sa", false), item("a2", "sa", false), item("a3", "sa", true),
            item("b1", "sb", false), item("c1", "sc", false), item("c2", "sc", false)),
            List.of(scale("sa", "Schaal A", "a1", "a2", "a3"), scale("sb", "Schaal B", "b1"),
                    scale("sc", "Schaal C", "c1", "c2")),
            BuiltInScales.all());

    private StageFixture() {}

    private static Codebook.Item item(String id, String scale, boolean reverse) {
        return new Codebook.Item(INSTRUMENT, id, scale, "Item " + id, reverse, "eens5", false, List.of());
    }

    private static Codebook.Scale scale(String id, String label, String... items) {
        return new Codebook.Scale(INSTRUMENT, id, label, List.of(items), "eens5", List.of());
    }

    /**
     * @param anonymous true: every submission is anonymous with its own id (as the ingest does
     *                  for a survey without respondent column), so nothing can be linked
     */
    static Dataset<Row> responses(SparkSession spark, boolean anonymous) {
        return KeyCodes.encodeFound(labelled(spark, anonymous));
    }

    /** The responses with their keys as labels (the canonical table codes them: {@link KeyCodes#encodeFound}). */
    static Dataset<Row> labelled(SparkSession spark, boolean anonymous) {
        List<Row> rows = new ArrayList<>();
        List<String> lines = lines();
        String[] header = lines.get(0).split(",");
        Map<String, String> scaleOf = Map.of("a1", "sa", "a2", "sa", "a3", "sa", "b1", "sb", "c1", "sc", "c2", "sc");
        for (int r = 1; r < lines.size(); r++) {
            String[] f = lines.get(r).split(",");
            String respondent = anonymous ? "anon-" + f[0] + "-" + f[1] + "-" + r : f[2];
            for (int c = 5; c < f.length; c++) {
                String item = header[c];
                Double score = f[c].equals(".") ? null : Double.valueOf(f[c]);
                // a3 is reverse-keyed: the fixture holds its score, the answer was 6 − score.
                Double value = score == null ? null : item.equals("a3") ? 6 - score : score;
                rows.add(RowFactory.create(INSTRUMENT, "s1", f[0], f[1], f[3], f[4], respondent, anonymous, item,
                        scaleOf.get(item), value, score, false, "fixture.csv", r));
            }
        }
        return spark.createDataFrame(rows, RESPONSES);
    }

    static Dataset<Row> scaleScores(SparkSession spark, Dataset<Row> responses) {
        return ScaleScores.of(nl.samenkracht.indicators.Submissions.of(responses), CODEBOOK, 0.5);
    }

    private static List<String> lines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                StageFixture.class.getResourceAsStream("/stats-stage/responses.csv"), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
