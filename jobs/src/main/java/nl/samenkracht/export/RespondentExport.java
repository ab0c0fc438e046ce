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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Set<String> instruments = new LinkedHashSet<>();
        codebook.likertItems().forEach(i -> instruments.add(i.instrument()));
        List<Path> written = new ArrayList<>();
        for (String instrument : instruments) {
            ExportVariables vars = ExportVariables.of(codebook, instrument);
            String base = nl.samenkracht.report.FileNames.slug(instrument);
            Path csv = dir.resolve(base + ".csv");
            Path excel = dir.resolve(base + "_excel.csv");
            Map<String, Integer> widths = new HashMap<>();
            List<ExportVariable> all = vars.all();
            try (ExportCsv out = new ExportCsv(csv, excel, all)) {
                Iterator<Object[]> rows = WideRows.of(responses, scaleScores, instrument, vars);
                while (rows.hasNext()) {
                    Object[] r = rows.next();
                    for (int i = 0; i < all.size(); i++)
                        if (r[i] instanceof String s)
                            widths.merge(all.get(i).name(), s.getBytes(StandardCharsets.UTF_8).length + 1, Math::max);
                    out.write(r);
                }
            }
            String heading = title + " — vragenlijst " + instrument;
            Path sps = dir.resolve(base + ".sps");
            Files.writeString(sps, SpssSyntax.of(heading, csv.getFileName().toString(), all, widths), StandardCharsets.UTF_8);
            Path r = dir.resolve(base + ".R");
            Files.writeString(r, RScriptText.of(heading, csv.getFileName().toString(), all, waveOrder), StandardCharsets.UTF_8);
            written.addAll(List.of(csv, excel, sps, r));
        }
        return written;
    }
}
