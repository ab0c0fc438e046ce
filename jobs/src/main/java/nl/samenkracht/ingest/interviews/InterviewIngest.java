package nl.samenkracht.ingest.interviews;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.DidYouMean;
import nl.samenkracht.config.InterviewConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.ingest.Checksums;
import nl.samenkracht.ingest.InputException;
import nl.samenkracht.ingest.InputFiles;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.frontend.RowAccounting;
import nl.samenkracht.ingest.frontend.RowKind;
import nl.samenkracht.ingest.survey.SourceFile;
import nl.samenkracht.model.SchoolYear;
import nl.samenkracht.privacy.Pseudonymizer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the configured interview exports with the readers of {@code ingest.interviews} and turns
 * every coded segment into a canonical row ({@code indicators.interviews.InterviewStage#SEGMENTS}) or a reject
 * ({@code Schemas.REJECTS}), keeping read = accepted + rejected per file. Runs on the driver:
 * coded-segment exports are small (hundreds to a few thousand rows) and are parsed by POI anyway.
 */
public final class InterviewIngest {
    /** Location of a segment whose export and config give none (as the survey ingest calls it). */
    public static final String UNKNOWN_LOCATION = "Onbekend";
    /** Role of a segment whose export and config give none. */
    public static final String NO_ROLE = "(geen rol)";

    /** What was read besides the segments themselves, which went to the {@link SegmentSink}. */
    public record Ingested(List<Row> rejects, List<RowAccount> accounts, List<SourceFile> sources, Map<String, Long> formats) {}

    /**
     * Receives every accepted segment as it is read, in canonical column order. The ingest keeps none
     * of them: a board's interviews are ~75,000 segments per 1× (issue 13, point 6).
     */
    public interface SegmentSink {
        void add(String schoolYear, String wave, String location, String role, String respondent, List<String> codePath,
                 String code, String text, String file, int row);

        /** Keeps nothing (validate only needs the accounting). */
        SegmentSink DISCARD = (sy, w, l, r, p, cp, c, t, f, row) -> {};
    }

    private InterviewIngest() {}

    public static Ingested read(Study study, List<InterviewConfig> interviews, Pseudonymizer pseudonymizer, SegmentSink segments) {
        return read(study, interviews, pseudonymizer, segments, null);
    }

    /** @param rowsRead the run's count of rows read (the progress line), or null */
    public static Ingested read(Study study, List<InterviewConfig> interviews, Pseudonymizer pseudonymizer, SegmentSink segments,
                         nl.samenkracht.ingest.frontend.RowsRead rowsRead) {
        InterviewConfigs.validate(study, interviews);
        Set<String> knownLocations = Set.copyOf(study.config().locations());
        List<Row> rejects = new ArrayList<>();
        List<RowAccount> accounts = new ArrayList<>();
        List<SourceFile> sources = new ArrayList<>();
        Map<String, Long> formats = new TreeMap<>();
        Map<Path, String> seen = new HashMap<>();
        for (int i = 0; i < interviews.size(); i++) {
            InterviewConfig c = interviews.get(i);
            InterviewReadOptions options = InterviewConfigs.options(study, i, c);
            String schoolYear = SchoolYear.parse(c.schoolYear());
            for (Path file : InputFiles.resolve(study, "interviews '" + c.id() + "'", c.files())) {
                String earlier = seen.putIfAbsent(file, c.id());
                if (earlier != null)
                    throw new ConfigException(InterviewConfigs.where(study, i, c) + ": file " + file.getFileName()
                            + " is already read by interviews '" + earlier + "'; every segment would count twice");
                // format: auto is detected by the reader from the export it opens anyway (one opening per file)
                InterviewReaders.Read read = readFile(file, options);
                InterviewFormat format = read.format();
                InterviewReadResult result = read.result();
                if (rowsRead != null) rowsRead.read(file.toAbsolutePath().normalize().toString(), result.rowsRead());
                formats.merge(format.key(), 1L, Long::sum);
                // relative to the study, as every other source names its files (two exports with the
                // same name in two folders must not share one line of the accounting)
                String name = study.dir().relativize(file).toString();
                Map<RejectReason, Long> reasons = new EnumMap<>(RejectReason.class);
                long accepted = 0;
                for (SegmentReject r : result.rejects()) {
                    rejects.add(reject(name, r.sourceRow(), r.reason(), r.column(), r.message(), schoolYear));
                    reasons.merge(r.reason(), 1L, Long::sum);
                }
                for (CodedSegment s : result.segments()) {
                    String wave = s.wave() != null ? s.wave() : blankToNull(c.wave());
                    if (wave == null) {
                        RejectReason why = RejectReason.NO_WAVE;
                        rejects.add(reject(name, s.sourceRow(), why, null, "documentgroep "
                                + (s.documentGroup() == null ? "(geen)" : "'" + s.documentGroup() + "'")
                                + " geeft geen meting; stel document_groups of wave in", schoolYear));
                        reasons.merge(why, 1L, Long::sum);
                        continue;
                    }
                    String location = s.location() != null ? s.location()
                            : c.location() != null && !c.location().isBlank() ? c.location().strip() : UNKNOWN_LOCATION;
                    if (!knownLocations.isEmpty() && !UNKNOWN_LOCATION.equals(location) && !knownLocations.contains(location)) {
                        RejectReason why = RejectReason.UNKNOWN_LOCATION;
                        rejects.add(reject(name, s.sourceRow(), why, null,
                                "'" + location + "'" + DidYouMean.hint(location, knownLocations), schoolYear));
                        reasons.merge(why, 1L, Long::sum);
                        continue;
                    }
                    String role = s.role() != null ? s.role() : c.role() != null && !c.role().isBlank() ? c.role().strip() : NO_ROLE;
                    segments.add(schoolYear, wave, location, role, pseudonymizer.pseudonym("i", s.respondent()),
                            s.codePath(), s.code(), s.text(), name, s.sourceRow());
                    accepted++;
                }
                SourceFile source = new SourceFile("interviews", c.id(), name, Checksums.sha256(file), "interviews", read.layout(), "", 0);
                List<RowAccounting.Count> counts = new ArrayList<>();
                counts.add(new RowAccounting.Count(source.source(), name, RowKind.ACCEPTED, null, accepted));
                reasons.forEach((reason, n) -> counts.add(new RowAccounting.Count(source.source(), name, RowKind.REJECTED, reason, n)));
                // rows without data (';;;;', the header again): skipped and counted apart, as for every source
                result.skipped().forEach((reason, n) -> counts.add(new RowAccounting.Count(source.source(), name, RowKind.SKIPPED, reason, n)));
                accounts.addAll(RowAccounting.accounts(counts, List.of(source)));
                sources.add(source);
            }
        }
        return new Ingested(rejects, accounts, sources, formats);
    }

    private static InterviewReaders.Read readFile(Path file, InterviewReadOptions options) {
        try {
            return InterviewReaders.readDetecting(file, options);
        } catch (MissingColumnException e) {
            throw new ConfigException(e.getMessage());
        } catch (InterviewFormatException e) {
            // the reader's message is English terminal text, names the file (and column) and quotes no cell: shown as is
            throw new InputException(e.getMessage());
        }
    }

    private static Row reject(String file, int row, RejectReason reason, String column, String detail, String schoolYear) {
        return RowFactory.create("interviews", file, row, "row", reason.code(), column, detail, schoolYear);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
