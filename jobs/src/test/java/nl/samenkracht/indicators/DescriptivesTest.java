package nl.samenkracht.indicators;

import nl.samenkracht.config.AnswerScales;
import nl.samenkracht.config.Study;
import nl.samenkracht.ingest.survey.SurveyData;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.testing.SharedSpark;
import nl.samenkracht.testing.StudyFixture;
import org.apache.spark.sql.Dataset;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

/** Scale scores and descriptives on a hand-worked case. */
class DescriptivesTest {
    @TempDir
    Path dir;

    @Test
    void scaleScoresAndDescriptivesMatchTheHandWorkedValues() throws Exception {
        StudyFixture fx = new StudyFixture(dir);
        // Items a and b (b reverse-keyed: score = 6 - answer) on scale s, 5-point.
        // p1: a=2 (Mee oneens), b=3 → scores 2, 3 → mean 2.5
        // p2: a=3, b=3 → 3.0
        // p3: a=4, b=2 → 4, 4 → 4.0
        // p4: a=5, b=2 → 5, 4 → 4.5
        // p5: a=5, b=1 → 5, 5 → 5.0
        // p6: a=4, b empty → 1 of 2 items answered = 50%, below the 75% this study asks: no score.
        fx.file("exports/voor.csv", """
                Tijdstempel,E-mailadres,Locatie,Vraag A,Vraag B,Opmerking
                12-9-2024,p1,Akker,Mee oneens,Neutraal,
                12-9-2024,p2,Akker,Neutraal,Neutraal,
                12-9-2024,p3,Beek,Mee eens,Mee oneens,
                12-9-2024,p4,Beek,Helemaal mee eens,Mee oneens,
                12-9-2024,p5,Beek,Helemaal mee eens,Helemaal mee oneens,
                12-9-2024,p6,Beek,Mee eens,,
                """);
        Study study = fx.study(StudyFixture.oneInstrument("""
                  - id: g
                    instrument: q
                    files: ["exports/voor.csv"]
                    respondent: E-mailadres
                    wave: {value: voormeting}
                    school_year: {from_date: Tijdstempel}
                    location: {column: Locatie}
                """).replace("version: 1\n", "version: 1\noptions: {min_answered_share: 0.75}\n"));
        SurveyData data = fx.ingest(study);
        Codebook cb = Codebook.of(study.config(), AnswerScales.of(study.config()));
        Dataset<org.apache.spark.sql.Row> scores = ScaleScores.of(nl.samenkracht.indicators.Submissions.of(data.responses()), cb, 0.75);
        assertEquals(5, scores.filter(col("score").isNotNull()).count());
        assertEquals(1, scores.filter(col("score").isNull().and(col("n_answered").equalTo(1))).count(), "p6 answered 1 of 2");

        Table desc = nl.samenkracht.report.tables.SurveyTables.descriptives(Descriptives.compute(SharedSpark.get(), scores, data.responses(), cb));
        Row all = row(desc, "schaal", "s", Descriptives.ALL_LOCATIONS);
        // Scores 2.5, 3.0, 4.0, 4.5, 5.0: mean 3.8; sd (n-1) = sqrt(((1.3²+0.8²+0.2²+0.7²+1.2²))/4) = sqrt(4.3/4) = 1.036822…
        // Type-7 quartiles of 5 sorted values: Q1 at position 1+0.25·4 = 2 → 3.0; median 4.0; Q3 at position 4 → 4.5.
        assertEquals(5L, all.getLong("n"));
        assertEquals(3.8, all.getDouble("mean"), 1e-12);
        assertEquals(Math.sqrt(4.3 / 4), all.getDouble("sd"), 1e-12);
        assertEquals(3.0, all.getDouble("q1"), 1e-12);
        assertEquals(4.0, all.getDouble("median"), 1e-12);
        assertEquals(4.5, all.getDouble("q3"), 1e-12);
        // Agree = score ≥ 4 (top two options): 4.0, 4.5, 5.0 → 3/5. Disagree = score ≤ 2: none.
        assertEquals(0.6, all.getDouble("share_agree"), 1e-12);
        assertEquals(0.0, all.getDouble("share_disagree"), 1e-12);
        Row akker = row(desc, "schaal", "s", "Akker");
        assertEquals(2.75, akker.getDouble("mean"), 1e-12); // (2.5 + 3.0) / 2

        // Items are described as answered (not reverse-keyed): item b answers 3,3,2,2,1 → mean 2.2.
        Row itemB = row(desc, "item", "b", Descriptives.ALL_LOCATIONS);
        assertEquals(2.2, itemB.getDouble("mean"), 1e-12);
        assertEquals(0.6, itemB.getDouble("share_disagree"), 1e-12); // answers 2, 2, 1 are ≤ 2: 3 of 5
    }

    /** The one row of a measure at a location over all groups. */
    private static Row row(Table desc, String level, String measure, String location) {
        Table sel = desc.where(desc.stringColumn("level").isEqualTo(level).and(desc.stringColumn("measure").isEqualTo(measure))
                .and(desc.stringColumn("location").isEqualTo(location)).and(desc.stringColumn("grp").isEqualTo(Descriptives.ALL_GROUPS)));
        assertEquals(1, sel.rowCount(), sel.print());
        return sel.row(0);
    }
}
