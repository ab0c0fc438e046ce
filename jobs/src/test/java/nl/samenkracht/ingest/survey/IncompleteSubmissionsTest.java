package nl.samenkracht.ingest.survey;

import nl.samenkracht.canonical.RejectReason;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import nl.samenkracht.config.Study;
import nl.samenkracht.generate.LayoutSamples;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.model.SchoolYear;
import nl.samenkracht.testing.StudyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 15: LimeSurvey's incomplete responses (no submission date; or nothing answered) in an export
 * with question-text headings, made by the project's generator, are counted as incomplete, not
 * rejected, and completion per school year × wave × location equals what the file itself says
 * (derived below from the file with univocity, independently of the ingest).
 */
class IncompleteSubmissionsTest {
    @TempDir
    Path dir;

    private static final String LOCATION = "Op welke locatie werk je?";
    private static final String FIRST_PAGE_ITEM = "Ik heb een vaste collega (buddy) bij wie ik terecht kan.";
    private static final String LAST_PAGE_ITEM = "Ik voel me welkom in het team.";

    @Test
    void limeSurveyIncompleteResponsesAreCountedPerLocationNotRejected() throws Exception {
        StudyFixture fx = new StudyFixture(dir);
        Path file = new LayoutSamples(20240801L, 12).write(LayoutSamples.Layout.LIMESURVEY, dir.resolve("exports"));
        Study study = fx.study("""
                version: 1
                study: {id: lime, name: Lime}
                locations: [Akker, Beek, Duin, Haven]
                instruments:
                  - id: q
                    answer_scale: eens5
                    scales: [{id: s}]
                    items:
                      - {id: a, scale: s, column: "%s"}
                      - {id: b, scale: s, column: "%s"}
                surveys:
                  - id: l
                    instrument: q
                    files: ["exports/%s"]
                    respondent: Token
                    wave: {value: nameting}
                    school_year: {from_date: "Date submitted"}
                    location: {column: "%s"}
                """.formatted(FIRST_PAGE_ITEM, LAST_PAGE_ITEM, file.getFileName(), LOCATION));
        SurveyData data = fx.ingest(study);

        // What the file says, row by row.
        CsvParserSettings settings = new CsvParserSettings();
        settings.setHeaderExtractionEnabled(true);
        settings.setLineSeparatorDetectionEnabled(true);
        CsvParser parser = new CsvParser(settings);
        List<String[]> records = parser.parseAll(file.toFile());
        List<String> header = List.of(parser.getContext().parsedHeaders());
        int submitted = header.indexOf("Date submitted"), started = header.indexOf("Date started"), loc = header.indexOf(LOCATION),
                a = header.indexOf(FIRST_PAGE_ITEM), b = header.indexOf(LAST_PAGE_ITEM);
        Map<String, long[]> expected = new TreeMap<>();
        long complete = 0, unfinished = 0, empty = 0;
        for (String[] r : records) {
            boolean done = r[submitted] != null, answered = r[a] != null || r[b] != null;
            String year = SchoolYear.of(LocalDate.parse((done ? r[submitted] : r[started]).substring(0, 10)));
            int slot = !answered ? 2 : done ? 0 : 1;
            expected.computeIfAbsent(year + "|" + r[loc], k -> new long[3])[slot]++;
            if (slot == 0) complete++;
            else if (slot == 1) unfinished++;
            else empty++;
        }
        assertEquals(12, complete);
        assertEquals(LayoutSamples.LIMESURVEY_UNFINISHED, unfinished);
        assertEquals(LayoutSamples.LIMESURVEY_EMPTY, empty);

        RowAccount account = data.accounts().get(0);
        assertEquals(records.size(), account.read());
        assertEquals(complete, account.accepted());
        assertEquals(0, account.rejected(), account.rejectsByReason().toString());
        assertEquals(unfinished + empty, account.incomplete());
        assertEquals(Map.of(RejectReason.UNFINISHED, unfinished, RejectReason.EMPTY_SUBMISSION, empty), account.incompleteByReason());

        Map<String, long[]> actual = new TreeMap<>();
        List<String> waves = new ArrayList<>();
        for (SurveyCompletion c : data.completion()) {
            actual.put(c.schoolYear() + "|" + c.location(), new long[]{c.complete(), c.unfinished(), c.empty()});
            waves.add(c.instrument() + "/" + c.wave());
        }
        assertEquals(toText(expected), toText(actual));
        assertEquals(List.of("q/nameting"), waves.stream().distinct().toList());
        // Only the finished submissions are analysed.
        assertEquals(complete, data.responses().select("respondent").distinct().count());
    }

    private static String toText(Map<String, long[]> m) {
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(k).append('=').append(java.util.Arrays.toString(v)).append('\n'));
        return b.toString();
    }
}
