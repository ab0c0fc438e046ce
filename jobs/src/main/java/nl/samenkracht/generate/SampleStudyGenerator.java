package nl.samenkracht.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates the SYNTHETIC sample study in data-samples/ (config: data-samples/study.yaml):
 * onboarding questionnaires of a VSO cluster-4 school, "VSO De Kompasroos", with four locations,
 * before and after a new onboarding protocol. Every name, address and answer is made up.
 * The same seed always gives the same files (byte for byte on the same JVM/zlib).
 *
 * <h2>Files (under {@code exports/})</h2>
 * <ul>
 *   <li>{@code inwerken_2023-2024_voormeting_msforms.xlsx}, {@code inwerken_2023-2024_nameting_msforms.xlsx},
 *       {@code inwerken_2024-2025_voormeting_msforms.xlsx}: Microsoft Forms exports (Dutch tenant, sheet
 *       "Form1", date cells "m/d/yy h:mm:ss");</li>
 *   <li>{@code inwerken_2024-2025_nameting_googleforms.csv}: a Google Forms download (UTF-8, comma, RFC 4180
 *       quoting, CRLF, Dutch timestamps "12-5-2025 10:15:03").</li>
 * </ul>
 * Voormeting in September, nameting in May/June of the next calendar year (a school year starts
 * on 1 August).
 *
 * <h2>People</h2>
 * Staff per location ({@link LocationPlan#SAMPLE}): 2023-2024 Akker 22 (7 new), Beek 21 (6), Duin 23 (7),
 * Haven 7 (2); 2024-2025 Akker 21 (6 new), Beek 22 (7), Duin 24 (7), Haven 7 (2): about 30% new
 * ("Korter dan een jaar") and Haven always below the privacy threshold of 5. Experienced staff in
 * 2024-2025 are the stayers from 2023-2024, 13 of them new the year before. Per wave 9 staff do not
 * respond (about 88% response), so some voormeting respondents have no nameting.
 *
 * <h2>Planted effects ({@link AnswerModel})</h2>
 * Latent level = mean + person trait (sd 0.45, kept across waves and years) + state (sd 0.2); each item =
 * latent + item offset + noise (sd 0.65), rounded and clipped to 1..5; con4 and dui4 are written reversed
 * (6 − x). Means: continuiteit 3.6, duidelijkheid 3.7, structuur 3.5, ondersteuning 3.9; new colleagues
 * −0.8 on duidelijkheid and structuur. 2024-2025 (new protocol): duidelijkheid and structuur rise from
 * voormeting to nameting by +1.0 for new and +0.3 for experienced colleagues; continuiteit and
 * ondersteuning do not change. 2023-2024 (the old way): nothing changes.
 *
 * <p>Measured independently with default seed {@value #DEFAULT_SEED} (python3 + scipy 1.17 on the written
 * files; scale mean of the answered items after reversing, later duplicate kept, pairs by e-mail
 * lowercased and trimmed, {@code wilcoxon(zero_method='wilcox', correction=False)}), 2024-2025, all
 * 58 linked pairs: duidelijkheid p = 3.6e-6 and structuur p = 2.3e-6 (mean rise +0.40 and +0.54; new colleagues
 * alone, 17 pairs: +0.81, p = 6.0e-4 and +1.15, p = 2.8e-4), continuiteit p = 0.62 and ondersteuning p = 0.52.
 * Expected ranges for the pipeline: duidelijkheid and structuur p &lt; 1e-5, continuiteit and ondersteuning
 * p &gt; 0.4, whether or not a continuity correction is used or zero differences are kept (Pratt).
 * 2023-2024, 55 pairs: p = 0.85, 0.48, 0.57, 0.87 (nothing planted). Voormeting 2024-2025, new vs experienced
 * (Mann-Whitney): duidelijkheid 2.89 vs 3.69, p = 2.7e-5; structuur 2.84 vs 3.38, p = 0.0017.
 * Script: jobs/src/test/python/verify_sample.py; {@code SamplePlantedEffectsTest} repeats the 2024-2025 test
 * with Commons Statistics.
 *
 * <h2>Blemishes</h2>
 * Three "Weet ik niet" answers, one duplicate voormeting 2024-2025 (the later submission counts), one
 * e-mail address typed with capitals and spaces in the Google Forms nameting, an open answer with a line
 * break and one with a comma and quotes in the CSV; {@link #blemishes()} says where.
 */
public final class SampleStudyGenerator {
    public static final long DEFAULT_SEED = 20240801L;
    public static final String EXPORTS = "exports";

    private final SampleStudy study;

    public SampleStudyGenerator() {
        this(DEFAULT_SEED);
    }

    public SampleStudyGenerator(long seed) {
        this.study = SampleStudy.generate(seed);
    }

    /** Writes the four survey exports into {@code dataSamplesDir/exports/}, replacing files of the same name. */
    public void writeSurveys(Path dataSamplesDir) {
        Path exports = dataSamplesDir.resolve(EXPORTS);
        try {
            Files.createDirectories(exports);
            for (SurveyFile f : study.files()) {
                Path target = exports.resolve(f.fileName());
                if (f.googleForms()) GoogleFormsCsv.write(f, target);
                else MsFormsWorkbook.write(f, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample surveys to " + exports, e);
        }
    }

    /** The file names written by {@link #writeSurveys}, relative to {@code exports/}. */
    public List<String> surveyFileNames() {
        return study.files().stream().map(SurveyFile::fileName).toList();
    }

    /** The deliberate imperfections and where they are. */
    public List<Blemish> blemishes() {
        return study.blemishes();
    }

    SampleStudy study() {
        return study;
    }

    /** For development: {@code java … SampleStudyGenerator data-samples [seed]}. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "data-samples");
        SampleStudyGenerator g = args.length > 1 ? new SampleStudyGenerator(Long.parseLong(args[1])) : new SampleStudyGenerator();
        g.writeSurveys(dir);
        for (Blemish b : g.blemishes()) System.out.println(b.file() + " row " + b.row() + " (" + b.person() + "): " + b.what());
    }
}
