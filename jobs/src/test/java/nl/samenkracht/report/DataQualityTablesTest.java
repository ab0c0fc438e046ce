package nl.samenkracht.report;

import nl.samenkracht.ingest.survey.SurveyCompletion;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The completion table (issue 15), on hand-worked counts. */
class DataQualityTablesTest {
    @Test
    void completionPerLocationWithTheWaveTotalAndRatesOfTheOpenedQuestionnaires() {
        List<SurveyCompletion> cells = List.of(
                new SurveyCompletion("q", "2024-2025", "nameting", "Akker", 3, 1, 0),
                new SurveyCompletion("q", "2024-2025", "nameting", "Beek", 2, 0, 0),
                new SurveyCompletion("q", "2024-2025", "nameting", null, 0, 0, 1),   // an empty submission: no location given
                new SurveyCompletion("q", "2024-2025", "voormeting", "Akker", 4, 0, 0));
        Table t = DataQualityTables.completion(cells).table();
        assertEquals(List.of("instrument", "school_year", "wave", "location", "n_started", "n_complete", "n_unfinished", "n_empty",
                "response_rate", "completion_rate"), t.columnNames());
        // Akker: opened 4 = 3 + 1 + 0; response (3 + 1) / 4; completion 3 / 4.
        assertEquals(4, t.intColumn("n_started").get(0));
        assertEquals(1.0, t.doubleColumn("response_rate").get(0), 1e-12);
        assertEquals(0.75, t.doubleColumn("completion_rate").get(0), 1e-12);
        assertEquals("(onbekend)", t.stringColumn("location").get(2));
        assertEquals(0.0, t.doubleColumn("response_rate").get(2), 1e-12);
        // The nameting total follows its locations: opened 4 + 2 + 1 = 7, answered 6, finished 5.
        assertEquals("Alle locaties", t.stringColumn("location").get(3));
        assertEquals(7, t.intColumn("n_started").get(3));
        assertEquals(6.0 / 7, t.doubleColumn("response_rate").get(3), 1e-12);
        assertEquals(5.0 / 7, t.doubleColumn("completion_rate").get(3), 1e-12);
        // A wave with one location gets no total row.
        assertEquals(5, t.rowCount());
        assertEquals("voormeting", t.stringColumn("wave").get(4));
        assertNull(DataQualityTables.completion(List.of()), "no survey, no table");
    }
}
