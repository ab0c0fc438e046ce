package nl.samenkracht.report.audience;

import nl.samenkracht.config.AnswerScales;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyLoader;
import nl.samenkracht.indicators.IndicatorValue;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.report.RunInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made key figures for the audience tests. The study is the sample's study.yaml (locations
 * Akker, Beek, Duin, Haven; instrument inwerken on a 1–5 scale), read without Spark.
 *
 * <p>Scale "structuur", nameting, 2024-2025 (the latest year):
 * <pre>
 *   location  n   mean     % eens
 *   Akker     12  3.5125   0.5        (6 of 12)
 *   Beek      17  3.2375   7/17
 *   Duin       9  3.8421   5/9
 *   Haven      3  2.1357   1/3        ← under the threshold 5
 *   total     41  (42.15 + 55.0375 + 34.5789 + 6.4071) / 41 = 138.1735 / 41 = 3.37008536…
 *                  % eens (6 + 7 + 5 + 1) / 41 = 19/41
 * </pre>
 * 2023-2024: Akker 11 × 3.41, Beek 16 × 3.12, Duin 10 × 3.63, Haven 8 × 2.97, total 45 × 3.2 (given
 * as a plain figure; the test of subtraction uses the latest year only).
 */
final class AudienceFixture {
    static final String YEAR = "2024-2025";
    static final String PREVIOUS = "2023-2024";
    static final String MEAN_ID = "inwerken/structuur/mean";
    static final String AGREE_ID = "inwerken/structuur/agree";
    static final String MEAN_LABEL = "Structuur (gemiddelde, nameting)";
    static final String AGREE_LABEL = "Structuur (% eens, nameting)";

    static final double HAVEN_MEAN = 2.1357;
    static final double HAVEN_AGREE = 1.0 / 3;
    static final long HAVEN_N = 3;
    static final double DUIN_MEAN = 3.8421;
    static final double DUIN_AGREE = 5.0 / 9;
    static final long DUIN_N = 9;
    static final double TOTAL_MEAN = 138.1735 / 41;

    private AudienceFixture() {}

    static List<IndicatorValue> indicators() {
        List<IndicatorValue> v = new ArrayList<>();
        mean(v, YEAR, "Akker", 3.5125, 12);
        mean(v, YEAR, "Beek", 3.2375, 17);
        mean(v, YEAR, "Duin", DUIN_MEAN, DUIN_N);
        mean(v, YEAR, "Haven", HAVEN_MEAN, HAVEN_N);
        mean(v, YEAR, Suppression.TOTAL, TOTAL_MEAN, 41);
        agree(v, YEAR, "Akker", 0.5, 12);
        agree(v, YEAR, "Beek", 7.0 / 17, 17);
        agree(v, YEAR, "Duin", DUIN_AGREE, DUIN_N);
        agree(v, YEAR, "Haven", HAVEN_AGREE, HAVEN_N);
        agree(v, YEAR, Suppression.TOTAL, 19.0 / 41, 41);
        mean(v, PREVIOUS, "Akker", 3.41, 11);
        mean(v, PREVIOUS, "Beek", 3.12, 16);
        mean(v, PREVIOUS, "Duin", 3.63, 10);
        mean(v, PREVIOUS, "Haven", 2.97, 8);
        mean(v, PREVIOUS, Suppression.TOTAL, 3.2, 45);
        agree(v, PREVIOUS, "Akker", 0.4, 11);
        agree(v, PREVIOUS, "Beek", 0.375, 16);
        agree(v, PREVIOUS, "Duin", 0.6, 10);
        agree(v, PREVIOUS, "Haven", 0.25, 8);
        agree(v, PREVIOUS, Suppression.TOTAL, 0.4, 45);
        return v;
    }

    private static void mean(List<IndicatorValue> v, String year, String location, double value, long n) {
        v.add(new IndicatorValue("vragenlijst", MEAN_ID, MEAN_LABEL, year, location, value, n, IndicatorValue.MEAN, null, true));
    }

    private static void agree(List<IndicatorValue> v, String year, String location, double value, long n) {
        v.add(new IndicatorValue("vragenlijst", AGREE_ID, AGREE_LABEL, year, location, value, n, IndicatorValue.SHARE, null, true));
    }

    static RunInfo run() throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        while (!Files.exists(repo.resolve("data-samples/study.yaml"))) repo = repo.getParent();
        Study study = StudyLoader.load(repo.resolve("data-samples/study.yaml"));
        Codebook codebook = Codebook.of(study.config(), AnswerScales.of(study.config()));
        return new RunInfo(study, "test", "2025-07-01T12:00:00+02:00", "0".repeat(64), codebook, List.of(), List.of(), null,
                List.of(PREVIOUS, YEAR));
    }
}
