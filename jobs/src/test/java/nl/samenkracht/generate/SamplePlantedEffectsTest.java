package nl.samenkracht.generate;

import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample carries the effects it is meant to show. Reference: scipy 1.17.1 on the generated files,
 * jobs/src/test/python/verify_sample.py, which scores each submission (mean of the answered items per
 * scale, con4/dui4 as 6 − x, "Weet ik niet" missing, at least 2 of 4 answered), keeps the later of a
 * duplicate, pairs by e-mail lowercased and trimmed, and runs
 * scipy.stats.wilcoxon(pre, post, zero_method='wilcox', correction=False) (normal approximation, tie
 * correction). It printed for 2024-2025, all 58 linked pairs:
 * <pre>
 *   continuiteit   p=0.624548
 *   duidelijkheid  p=3.62154e-06
 *   structuur      p=2.29361e-06
 *   ondersteuning  p=0.518015
 * </pre>
 * and for 2023-2024 (55 pairs): 0.854, 0.482, 0.568, 0.874 (nothing planted). Commons Statistics with
 * zero differences dropped first, asymptotic p and no continuity correction computes the same test.
 */
class SamplePlantedEffectsTest {
    private static final List<String> SCALES = List.of("continuiteit", "duidelijkheid", "structuur", "ondersteuning");
    private static final List<String> EENS5 = List.of("Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens");

    @TempDir
    static Path dir;
    private static Map<String, double[]> pre1, post1, pre2, post2;

    @BeforeAll
    static void generate() throws IOException {
        new SampleStudyGenerator().writeSurveys(dir);
        Path e = dir.resolve("exports");
        pre1 = scores(SampleExports.read(e.resolve("inwerken_2023-2024_voormeting_msforms.xlsx")));
        post1 = scores(SampleExports.read(e.resolve("inwerken_2023-2024_nameting_msforms.xlsx")));
        pre2 = scores(SampleExports.read(e.resolve("inwerken_2024-2025_voormeting_msforms.xlsx")));
        post2 = scores(SampleExports.read(e.resolve("inwerken_2024-2025_nameting_googleforms.csv")));
    }

    @Test
    void protocolYearRaisesDuidelijkheidAndStructuurOnly() {
        double[] scipy = {0.624548, 3.62154e-06, 2.29361e-06, 0.518015};
        for (int s = 0; s < 4; s++) {
            double p = pairedP(pre2, post2, s);
            assertEquals(scipy[s], p, scipy[s] * 1e-4, SCALES.get(s));
        }
        assertTrue(pairedP(pre2, post2, 1) < 0.001 && pairedP(pre2, post2, 2) < 0.001);
        assertTrue(pairedP(pre2, post2, 0) > 0.2 && pairedP(pre2, post2, 3) > 0.2);
    }

    @Test
    void comparisonYearChangesNothing() {
        double[] scipy = {0.854, 0.482, 0.568, 0.874};
        for (int s = 0; s < 4; s++) assertEquals(scipy[s], pairedP(pre1, post1, s), 0.0005, SCALES.get(s));
    }

    private static double pairedP(Map<String, double[]> pre, Map<String, double[]> post, int scale) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (var e : pre.entrySet()) {
            double[] b = post.get(e.getKey());
            if (b == null || Double.isNaN(e.getValue()[scale]) || Double.isNaN(b[scale])) continue;
            if (e.getValue()[scale] == b[scale]) continue; // drop zero differences before ranking, as R and scipy 'wilcox'
            x.add(e.getValue()[scale]);
            y.add(b[scale]);
        }
        return WilcoxonSignedRankTest.withDefaults().with(PValueMethod.ASYMPTOTIC).with(ContinuityCorrection.DISABLED)
                .test(x.stream().mapToDouble(Double::doubleValue).toArray(), y.stream().mapToDouble(Double::doubleValue).toArray())
                .getPValue();
    }

    /** Scale means per person, the latest submission per (normalised) e-mail. */
    private static Map<String, double[]> scores(SampleExports.Export export) {
        Map<String, double[]> m = new HashMap<>();
        for (SampleExports.Response r : export.rows()) { // rows are in submission order: a later one replaces
            double[] sc = new double[4];
            for (int s = 0; s < 4; s++) {
                double sum = 0;
                int n = 0;
                for (int k = 4 * s; k < 4 * s + 4; k++) {
                    int v = EENS5.indexOf(r.answers().get(k)) + 1;
                    if (v == 0) continue;
                    sum += (k == 3 || k == 7) ? 6 - v : v; // con4, dui4
                    n++;
                }
                sc[s] = n >= 2 ? sum / n : Double.NaN;
            }
            m.put(r.email().strip().toLowerCase(Locale.ROOT), sc);
        }
        return m;
    }
}
