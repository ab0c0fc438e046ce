package nl.samenkracht.report.audience;

import nl.samenkracht.config.AnswerScales;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyLoader;
import nl.samenkracht.coverage.CoverageCalculator;
import nl.samenkracht.coverage.CoverageRow;
import nl.samenkracht.coverage.EvidenceCheck;
import nl.samenkracht.coverage.EvidenceRule;
import nl.samenkracht.coverage.EvidenceValue;
import nl.samenkracht.coverage.Framework;
import nl.samenkracht.coverage.FrameworkRegistry;
import nl.samenkracht.coverage.StudyMapping;
import nl.samenkracht.indicators.IndicatorValue;
import nl.samenkracht.indicators.SurveyIndicators;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.report.ReportWriter;
import nl.samenkracht.report.RunInfo;
import nl.samenkracht.report.model.Report;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Not a test: renders directie.xlsx and bestuur.xlsx from a finished sample run (its
 * tables/descriptives.csv) for a look by eye, without Spark. Coverage comes
 * from the inwerken framework with four scales mapped to factors (targets made up for the demo),
 * and the coverage summary becomes "dekking" indicators.
 *
 * <p>Usage: {@code AudienceSampleRender <run dir> <out dir> [min_group_size]}
 */
public final class AudienceSampleRender {
    public static void main(String[] args) throws Exception {
        Path runDir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Path repo = Path.of("").toAbsolutePath();
        while (!Files.exists(repo.resolve("data-samples/study.yaml"))) repo = repo.getParent();
        Study study = StudyLoader.load(repo.resolve("data-samples/study.yaml"));
        int k = args.length > 2 ? Integer.parseInt(args[2]) : study.config().privacy().minGroupSize();
        Codebook codebook = Codebook.of(study.config(), AnswerScales.of(study.config()));
        Map<String, ColumnType> types = new HashMap<>();
        for (String s : List.of("instrument", "level", "measure", "school_year", "wave", "location", "grp"))
            types.put(s, ColumnType.STRING);
        types.put("n", ColumnType.LONG);
        for (String d : List.of("mean", "sd", "median", "q1", "q3", "min", "max", "share_agree", "share_disagree"))
            types.put(d, ColumnType.DOUBLE);
        Table desc = Table.read().usingOptions(CsvReadOptions.builder(runDir.resolve("tables/descriptives.csv").toFile())
                .columnTypesPartial(types));
        List<IndicatorValue> indicators = new ArrayList<>(SurveyIndicators.fromDescriptives(rows(desc), codebook,
                study.config().options().postWave()));
        List<String> years = new ArrayList<>(new TreeSet<>(desc.stringColumn("school_year").asList()));

        List<CoverageCellInput> coverage = coverage(indicators, years, study.config().locations());
        for (var s : CoverageCalculator.summarize(rows)) {
            // Achievement: the share of the mapped factors that meet their target (n: smallest group behind it).
            indicators.add(new IndicatorValue("dekking", s.framework() + "/achievement", "Succesfactoren op orde (inwerken)",
                    s.schoolYear(), s.location(), (double) s.meetingTarget() / Math.max(1, s.withEvidence()),
                    smallest.getOrDefault(List.of(s.schoolYear(), s.location()), 0L), IndicatorValue.SHARE, 0.75, true));
        }
        RunInfo run = new RunInfo(study, "dev", "2025-07-01T12:00:00+02:00", "(demo)", codebook, List.of(), List.of(), null, years);
        for (Report r : AudienceReports.build(run, indicators, coverage, k)) {
            ReportWriter.write(r, out);
            System.out.println(out.resolve(r.fileName()));
        }
    }

    private static List<CoverageRow> rows = List.of();
    private static final Map<List<String>, Long> smallest = new HashMap<>();

    private static List<CoverageCellInput> coverage(List<IndicatorValue> indicators, List<String> years, List<String> locations) {
        Framework fw = FrameworkRegistry.builtIn().get("inwerken");
        List<StudyMapping> mappings = List.of(
                StudyMapping.of("inwerken/leeromgeving-continuiteit", new EvidenceRule("survey_scale", "inwerken/continuiteit", "at_least", 3.6, "Continuïteit (gemiddelde)")),
                StudyMapping.of("inwerken/leeromgeving-duidelijkheid", new EvidenceRule("survey_scale", "inwerken/duidelijkheid", "at_least", 3.6, "Duidelijkheid (gemiddelde)")),
                StudyMapping.of("inwerken/leeromgeving-structuur", new EvidenceRule("survey_scale", "inwerken/structuur", "at_least", 3.6, "Structuur (gemiddelde)")),
                StudyMapping.of("inwerken/buddy-systeem", new EvidenceRule("survey_scale", "inwerken/ondersteuning", "at_least", 3.8, "Ondersteuning (gemiddelde)")));
        List<EvidenceValue> values = new ArrayList<>();
        for (IndicatorValue v : indicators) {
            if (!v.id().endsWith("/mean")) continue;
            String ref = v.id().substring(0, v.id().length() - "/mean".length());
            values.add(new EvidenceValue("survey_scale", ref, v.schoolYear(), v.location(), v.value(), (int) v.n()));
            smallest.merge(List.of(v.schoolYear(), v.location()), v.n(), Math::min);
        }
        List<String> locs = new ArrayList<>(locations);
        locs.add(EvidenceValue.ALL_LOCATIONS);
        rows = CoverageCalculator.compute(fw, mappings, values, years, locs);
        Map<List<String>, Long> n = new HashMap<>();
        for (EvidenceCheck c : CoverageCalculator.details(fw, mappings, values, years, locs))
            if (c.n() != null) n.merge(List.of(c.factor(), c.schoolYear(), c.location()), (long) c.n(), Math::min);
        List<CoverageCellInput> out = new ArrayList<>();
        for (CoverageRow r : rows) out.add(CoverageCellInput.of(r, n.get(List.of(r.factor(), r.schoolYear(), r.location()))));
        return out;
    }

    /** descriptives.csv read back as the stage's rows (a missing number is NaN). */
    private static List<nl.samenkracht.indicators.DescriptiveRow> rows(Table d) {
        List<nl.samenkracht.indicators.DescriptiveRow> out = new ArrayList<>();
        for (int i = 0; i < d.rowCount(); i++) {
            double[] v = new double[9];
            String[] names = {"mean", "sd", "median", "q1", "q3", "min", "max", "share_agree", "share_disagree"};
            for (int j = 0; j < 9; j++) v[j] = d.doubleColumn(names[j]).getDouble(i);
            out.add(new nl.samenkracht.indicators.DescriptiveRow(d.stringColumn("instrument").get(i), d.stringColumn("level").get(i),
                    d.stringColumn("measure").get(i), d.stringColumn("school_year").get(i), d.stringColumn("wave").get(i),
                    d.stringColumn("location").get(i), d.stringColumn("grp").get(i), d.longColumn("n").getLong(i),
                    v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]));
        }
        return out;
    }
}
