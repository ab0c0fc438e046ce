package nl.samenkracht.report;

import nl.samenkracht.indicators.stats.PrePostDesign;
import nl.samenkracht.indicators.stats.PrePostKey;
import nl.samenkracht.indicators.stats.PrePostTest;
import nl.samenkracht.indicators.stats.StatisticsStage;

import nl.samenkracht.model.Codebook;
import nl.samenkracht.report.model.PValueFormat;
import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.report.model.TableStyle;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * "Resultaten (APA)": the pre/post result of every scale (all respondents) as a reader cites
 * it: M (SD) before and after, n, the test statistic, z, p in Dutch APA style, the rank-biserial
 * r with its 95% interval and the Hodges-Lehmann shift with its 95% interval. Cells are text in
 * Dutch notation (decimal comma, "[onder; boven]"), so they can be copied into a report as they
 * are. Built from the pre/post results (the rows of prepost.csv); workbook only (the numbers are in prepost.csv).
 */
public final class ApaResults {
    static final String SHEET = "Resultaten (APA)";

    private ApaResults() {}

    public static ReportTable build(List<PrePostTest> prepost, Codebook codebook, String allRespondents) {
        StringColumn instrument = StringColumn.create("instrument"), scale = StringColumn.create("scale"),
                year = StringColumn.create("school_year"), pre = StringColumn.create("apa_pre"),
                post = StringColumn.create("apa_post"), n = StringColumn.create("apa_n"),
                test = StringColumn.create("apa_test"), stat = StringColumn.create("apa_statistic"),
                z = StringColumn.create("apa_z"), p = StringColumn.create("apa_p"), rb = StringColumn.create("apa_rb"),
                hl = StringColumn.create("apa_hl"), method = StringColumn.create("p_method");
        for (PrePostTest t : prepost) {
            PrePostKey k = t.key();
            if (!StatisticsStage.SCALE.equals(k.level()) || !allRespondents.equals(k.subset()) || t.design() == null) continue;
            boolean paired = t.design() == PrePostDesign.PAIRED;
            Codebook.Scale sc = codebook.scale(k.instrument(), k.measure());
            instrument.append(k.instrument());
            scale.append(sc == null ? k.measure() : sc.label());
            year.append(k.schoolYear());
            pre.append(meanSd(d(t.meanPre()), d(t.sdPre())));
            post.append(meanSd(d(t.meanPost()), d(t.sdPost())));
            n.append(paired ? "n = " + integer(t.nPairs()) + " paren" : "n = " + integer(t.nPre()) + " / " + integer(t.nPost()));
            test.append(paired ? "Wilcoxon (gepaard)" : "Mann-Whitney (onafhankelijk)");
            stat.append((paired ? "V = " : "W = ") + number(d(t.statistic()), 1));
            z.append(number(d(t.z()), 2));
            p.append(PValueFormat.text(d(t.p())));
            rb.append(withInterval(d(t.rankBiserial()), d(t.rbLower()), d(t.rbUpper())));
            hl.append(withInterval(d(t.hodgesLehmann()), d(t.hlLower()), d(t.hlUpper())));
            method.append(t.pMethod() == null ? "" : nl.samenkracht.report.methods.PMethodText.dutch(t.pMethod()));
        }
        // Printed readable on one landscape page: the long texts wrap, and one questionnaire needs no column of its own.
        boolean oneInstrument = instrument.unique().size() <= 1;
        TableStyle style = new TableStyle().header("instrument", "Vragenlijst").header("scale", "Schaal")
                .header("school_year", "Schooljaar").header("apa_pre", "Voormeting M (SD)")
                .header("apa_post", "Nameting M (SD)").header("apa_n", "n").header("apa_test", "Toets")
                .header("apa_statistic", "Toetsgrootheid").header("apa_z", "z").header("apa_p", "p")
                .header("apa_rb", "r_rb [95%-BI]").header("apa_hl", "HL [95%-BI]")
                .header("p_method", "p-methode").wrap("apa_test", 13).wrap("p_method", 16).wrap("apa_n", 9);
        if (oneInstrument) style.hide("instrument");
        String which = oneInstrument && instrument.size() > 0 ? " (vragenlijst " + instrument.get(0) + ")" : "";
        return new ReportTable("resultaten_apa", SHEET, "Per schaal de voor- en nameting van alle respondenten" + which + ", zoals in een"
                + " verslag te citeren. M (SD) van de geteste respondenten (gepaard: de gekoppelde paren). r_rb ="
                + " rangbiseriële correlatie; HL = Hodges-Lehmann-verschuiving in schaalpunten (nameting − voormeting)."
                + " Alle getallen staan ook in tables/prepost.csv.",
                Table.create("resultaten_apa").addColumns(instrument, scale, year, pre, post, n, test, stat, z, p, rb, hl,
                        method), style);
    }

    /** A value prepost.csv leaves empty (NaN, infinite) is NaN. */
    private static double d(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    private static String integer(Integer v) {
        return v == null ? "–" : String.valueOf(v);
    }

    static String meanSd(double m, double sd) {
        if (Double.isNaN(m)) return "–";
        return number(m, 2) + " (" + (Double.isNaN(sd) ? "–" : number(sd, 2)) + ")";
    }

    static String withInterval(double v, double lo, double hi) {
        if (Double.isNaN(v)) return "–";
        String s = number(v, 2);
        return Double.isNaN(lo) || Double.isNaN(hi) ? s : s + " [" + number(lo, 2) + "; " + number(hi, 2) + "]";
    }

    /** Dutch notation with a real minus sign; "–" for a missing value. */
    static String number(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "–";
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        if (s.matches("-0(,0*)?")) s = s.substring(1);
        return s.replace('-', '−');
    }
}
