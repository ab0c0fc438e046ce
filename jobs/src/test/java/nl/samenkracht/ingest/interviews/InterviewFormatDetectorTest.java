package nl.samenkracht.ingest.interviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewFormatDetectorTest {
    @TempDir
    Path dir;

    @Test
    void detectsEachFixture() throws Exception {
        assertEquals(InterviewFormat.MAXQDA, InterviewFormatDetector.detect(InterviewFixtures.maxqdaXlsx(dir)));
        assertEquals(InterviewFormat.MAXQDA, InterviewFormatDetector.detect(InterviewFixtures.resource("maxqda-coded-segments-de.csv")));
        assertEquals(InterviewFormat.ATLASTI, InterviewFormatDetector.detect(InterviewFixtures.atlasXlsx(dir)));
        assertEquals(InterviewFormat.QDPX, InterviewFormatDetector.detect(InterviewFixtures.qdpx(dir.resolve("p.qdpx"))));
        assertEquals(InterviewFormat.TABLE, InterviewFormatDetector.detect(InterviewFixtures.resource("simple-table.csv")));
    }

    @Test
    void headerRules() {
        // a hand-made table with a bare "document" column is not MAXQDA
        assertEquals(InterviewFormat.TABLE, InterviewFormatDetector.detect(List.of("document", "code", "segment")));
        assertEquals(InterviewFormat.MAXQDA, InterviewFormatDetector.detect(List.of("Document", "Code", "Segment", "Beginning")));
        assertEquals(InterviewFormat.ATLASTI, InterviewFormatDetector.detect(List.of("ID", "Document", "Codes", "Content")));
    }

    @Test
    void unsupportedFilesAreReported() throws Exception {
        Path docx = Files.writeString(dir.resolve("interview.docx"), "x");
        InterviewFormatException e1 = assertThrows(InterviewFormatException.class, () -> InterviewFormatDetector.detect(docx));
        assertEquals("interview.docx: unknown file extension; expected .xlsx, .xls, .csv or .txt", e1.getMessage());

        Path fakeQdpx = Files.writeString(dir.resolve("project.qdpx"), "<Project/>");
        InterviewFormatException e2 = assertThrows(InterviewFormatException.class, () -> InterviewFormatDetector.detect(fakeQdpx));
        assertTrue(e2.getMessage().startsWith("project.qdpx: has the extension .qdpx but is no zip archive"), e2.getMessage());
    }

    @Test
    void facadeReadsEveryFixtureWithAutoDetection() throws Exception {
        InterviewReadOptions auto = InterviewReadOptions.defaults();
        // rowsRead per fixture, counted from the fixture descriptions in InterviewFixtures and the resources
        assertEquals(8, InterviewReaders.read(InterviewFixtures.maxqdaXlsx(dir), auto).rowsRead());
        assertEquals(2, InterviewReaders.read(InterviewFixtures.resource("maxqda-coded-segments-de.csv"), auto).rowsRead());
        assertEquals(7, InterviewReaders.read(InterviewFixtures.atlasXlsx(dir), auto).rowsRead());
        assertEquals(6, InterviewReaders.read(InterviewFixtures.qdpx(dir.resolve("p.qdpx")), auto).rowsRead());
        assertEquals(6, InterviewReaders.read(InterviewFixtures.resource("simple-table.csv"), auto).rowsRead());
    }
}
