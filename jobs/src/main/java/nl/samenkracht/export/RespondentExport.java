package nl.samenkracht.export;

import nl.samenkracht.model.Codebook;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Respondent-level data for SPSS, JASP and R under {@code export/} of the run folder, per
 * instrument: {@code <instrument>.csv} (UTF-8), {@code <instrument>_excel.csv} (Dutch Excel),
 * {@code <instrument>.sps} and {@code <instrument>.R}. Respondents appear only as their
 * pseudonyms; open (free-text) items are never exported. Small-group suppression does not apply:
 * this is the researcher's own data, and the folder belongs to the research output only.
 */
public final class RespondentExport {
    public static final String FOLDER = "export";

    private RespondentExport() {}

    /** @return the files written */
    public static List<Path> write(Path runDir, Dataset<Row> responses, Dataset<Row> scaleScores, Codebook codebook,
                                   String title, List<String> waveOrder) throws IOException {
        Path dir = runDir.resolve(FOLDER);
        Files.createDirectories(dir);
        // The export is about labels: coded keys (canonical.KeyCodes) are turned back into them in Spark.
        responses = nl.samenkracht.canonical.KeyCodes.decode(responses);
        scaleScores = nl.samenkracht.canonical.KeyCodes.decode(scaleScores);
        Map<String, ExportVariables> byInstrument = new LinkedHashMap<>();
        codebook.likertItems().forEach(i -> byInstrument.computeIfAbsent(i.instrument(), k -> ExportVariables.of(codebook, k)));
        // Every instrument's files are open at once: one Spark action streams the rows of all of them.
        Map<String, ExportCsv> files = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> widths = new HashMap<>();
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, ExportVariables> e : byInstrument.entrySet()) {
                String base = nl.samenkracht.report.FileNames.slug(e.getKey());
                files.put(e.getKey(), new ExportCsv(dir.resolve(base + ".csv"), dir.resolve(base + "_excel.csv"), e.getValue().all()));
                widths.put(e.getKey(), new HashMap<>());
            }
            Iterator<WideRows.Tagged> rows = WideRows.of(responses, scaleScores, byInstrument);
            while (rows.hasNext()) {
                WideRows.Tagged t = rows.next();
                List<ExportVariable> all = byInstrument.get(t.instrument()).all();
                Object[] r = t.values();
                for (int i = 0; i < all.size(); i++)
                    if (r[i] instanceof String s)
                        widths.get(t.instrument()).merge(all.get(i).name(), s.getBytes(StandardCharsets.UTF_8).length + 1, Math::max);
                files.get(t.instrument()).write(r);
            }
        } finally {
            for (ExportCsv f : files.values()) f.close();
        }
        for (Map.Entry<String, ExportVariables> e : byInstrument.entrySet()) {
            String instrument = e.getKey();
            List<ExportVariable> all = e.getValue().all();
            String base = nl.samenkracht.report.FileNames.slug(instrument);
            Path csv = dir.resolve(base + ".csv");
            String heading = title + " — vragenlijst " + instrument;
            Path sps = dir.resolve(base + ".sps");
            Files.writeString(sps, SpssSyntax.of(heading, csv.getFileName().toString(), all, widths.get(instrument)), StandardCharsets.UTF_8);
            Path r = dir.resolve(base + ".R");
            Files.writeString(r, RScriptText.of(heading, csv.getFileName().toString(), all, waveOrder), StandardCharsets.UTF_8);
            written.addAll(List.of(csv, dir.resolve(base + "_excel.csv"), sps, r));
        }
        return written;
    }
}
