package nl.samenkracht.ingest.survey;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Header rows as the tools export them (first row only), and the layout they must be taken for. */
class ExportLayoutTest {
    @Test
    void legacyQualtricsIsRecognisedByItsV1ToV10RowAndSkipsTheLabelRow() {
        List<String> legacy = List.of("V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9", "V10", "Q1_1", "Q1_2");
        assertEquals(ExportLayout.QUALTRICS_LEGACY, ExportLayout.detect(legacy));
        assertEquals(2, ExportLayout.QUALTRICS_LEGACY.headerRows, "names row + label row, then data");
        assertEquals("V9", ExportLayout.QUALTRICS_LEGACY.submittedAtColumn, "V9 is EndDate in the legacy export");
        assertEquals(ExportLayout.QUALTRICS_LEGACY, ExportLayout.forFormat("qualtrics", legacy));
        assertEquals(ExportLayout.QUALTRICS_LEGACY, ExportLayout.forFormat("auto", legacy));
    }

    @Test
    void currentQualtricsAndPlainFilesAreNotTakenForLegacy() {
        assertEquals(ExportLayout.QUALTRICS, ExportLayout.detect(List.of("StartDate", "EndDate", "Status", "ResponseId", "Q1")));
        assertEquals(ExportLayout.QUALTRICS, ExportLayout.forFormat("qualtrics", List.of("StartDate", "EndDate", "ResponseId")));
        // a hand-made file with a column V1 only is plain CSV
        assertEquals(ExportLayout.PLAIN, ExportLayout.detect(List.of("V1", "leerling", "datum")));
        assertEquals(ExportLayout.PLAIN, ExportLayout.detect(List.of("V1", "V2", "V3")));
    }

    @Test
    void limeSurveyWithQuestionTextOrCodeAndTextHeadingsIsRecognised() {
        List<String> text = List.of("Response ID", "Date submitted", "Last page", "Start language", "Seed", "Ik voel me welkom");
        assertEquals(ExportLayout.LIMESURVEY_TEXT, ExportLayout.detect(text));
        assertEquals("Date submitted", ExportLayout.LIMESURVEY_TEXT.submittedAtIn(text));
        List<String> both = List.of("id. Response ID", "submitdate. Date submitted", "lastpage. Last page", "G01Q01. Ik voel me welkom");
        assertEquals(ExportLayout.LIMESURVEY_TEXT, ExportLayout.forFormat("auto", both));
        assertEquals(ExportLayout.LIMESURVEY_TEXT, ExportLayout.forFormat("limesurvey", both));
        assertEquals("submitdate. Date submitted", ExportLayout.LIMESURVEY_TEXT.submittedAtIn(both));
        assertEquals(ExportLayout.LIMESURVEY, ExportLayout.detect(List.of("id", "submitdate", "lastpage", "G01Q01")));
        assertEquals(ExportLayout.PLAIN, ExportLayout.detect(List.of("Date submitted", "Vraag 1")));
    }
}
