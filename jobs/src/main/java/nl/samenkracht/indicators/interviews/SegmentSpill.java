package nl.samenkracht.indicators.interviews;

import nl.samenkracht.ingest.interviews.InterviewIngest;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import nl.samenkracht.canonical.CanonicalTable;
import nl.samenkracht.privacy.FreeTextMask;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The interview segments on their way from the driver-side readers into Spark, written one by one to
 * a JSON-lines file in the run's work folder and read back by Spark with the canonical schema
 * (issue 13, point 6). Before, every segment was held twice on the driver for the whole run: in the
 * list the readers filled, and in the {@code LocalRelation} that {@code createDataFrame(list)} puts in
 * the plan (which stays referenced until data/interview_segments is written at the end). A file
 * scan's plan holds only the path; the driver holds at most one export's rows while it is read.
 * JSON lines because they carry the {@code code_path} array, nulls and any text (line breaks are
 * escaped) without a schema of their own, and Spark reads them with the schema given, in parallel.
 */
final class SegmentSpill implements AutoCloseable, InterviewIngest.SegmentSink {
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final OutputStream out;
    private final JsonGenerator json;
    private final FreeTextMask mask;
    private long rows;

    /** @param mask applied to every passage before it is written */
    SegmentSpill(Path dir, FreeTextMask mask) {
        try {
            Files.createDirectories(dir);
            this.file = Files.createTempFile(dir, "interview-segments-", ".jsonl");
            file.toFile().deleteOnExit(); // a run removes its work folder itself; a test's temporary folder may not
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            this.json = JSON.createGenerator(out, JsonEncoding.UTF8);
            json.setRootValueSeparator(new SerializedString("\n")); // one segment per line
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the interview work file in " + dir + ": " + e.getMessage(), e);
        }
        this.mask = mask;
    }

    /**
     * One canonical segment, in the order of {@link CanonicalTable#INTERVIEW_SEGMENTS}: school year, wave,
     * location, role, respondent, code path, code, text, file, row.
     */
    @Override
    public void add(String schoolYear, String wave, String location, String role, String respondent, List<String> codePath,
             String code, String text, String fileName, int row) {
        try {
            json.writeStartObject();
            json.writeStringField("school_year", schoolYear);
            json.writeStringField("wave", wave);
            json.writeStringField("location", location);
            json.writeStringField("role", role);
            json.writeStringField("respondent", respondent);
            json.writeArrayFieldStart("code_path");
            for (String c : codePath) json.writeString(c);
            json.writeEndArray();
            json.writeStringField("code", code);
            if (text == null) json.writeNullField("text");
            else json.writeStringField("text", mask.enabled() ? mask.apply(text) : text);
            json.writeStringField("file", fileName);
            json.writeNumberField("row", row);
            json.writeEndObject();
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the interview work file " + file + ": " + e.getMessage(), e);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            json.close();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the interview work file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The segments written, as the canonical table (call after {@link #close()}); FAILFAST: a line that does not parse is a bug. */
    Dataset<Row> read(SparkSession spark) {
        return spark.read().schema(CanonicalTable.INTERVIEW_SEGMENTS.schema()).option("mode", "FAILFAST")
                .json(file.toString());
    }
}
