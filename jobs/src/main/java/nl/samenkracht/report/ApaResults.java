package nl.samenkracht.report;

import nl.samenkracht.model.Codebook;
import nl.samenkracht.report.model.PValueFormat;
import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.report.model.TableStyle;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * "Resultaten (APA)": the pre/post result of every scale (all respondents) as a reader cites
 * it: M (SD) before and after, n, the test statistic, z, p in Dutch APA style, the rank-biserial
 * r with its 95% interval and the Hodges-Lehmann shift with its 95% interval. Cells are text in
 * Dutch notation (decimal comma, "[onder; boven]"), so they can be copied into a report as they
 * are. Built from prepost.csv's rows; workbook only (the numbers are in prepost.csv).
 */
public final class ApaResults {
    static final String SHEET = "Resultaten (APA)";

    private ApaResults() {}

    public static ReportTable build(Table prepost, Codebook codebook, String allRespondents) {
        StringColumn instrument = StringColumn.create("instrument"), scale = StringColumn.create("scale"),
                year = StringColumn.create("school_year"), pre = StringColumn.create("apa_pre"),
                post = StringColumn.create("apa_post"), n = StringColumn.create("apa_n"),
                test = StringColumn.create("apa_test"), stat = StringColumn.create("apa_statistic"),
                z = StringColumn.create("apa_z"), p = StringColumn.create("apa_p"), rb = StringColumn.create("apa_rb"),
                hl = StringColumn.create("apa_hl"), method = StringColumn.create("p_method");
        for (int i = 0; i < prepost.rowCount(); i++) {
            if (!"schaal".equals(prepost.stringColumn("level").get(i))) continue;
            if (!allRespondents.equals(prepost.stringColumn("subset").get(i))) continue;
            String design = prepost.stringColumn("design").get(i);
            if (design == null || design.isEmpty()) continue;
            boolean paired = "paired".equals(design);
            String inst = prepost.stringColumn("instrument").get(i);
            String id = prepost.stringColumn("scale_or_item").get(i);
            Codebook.Scale sc = codebook.scale(inst, id);
            instrument.append(inst);
            scale.append(sc == null ? id : sc.label());
            year.append(prepost.stringColumn("school_year").get(i));
            pre.append(meanSd(d(prepost, "mean_pre", i), d(prepost, "sd_pre", i)));
            post.append(meanSd(d(prepost, "mean_post", i), d(prepost, "sd_post", i)));
            n.append(paired ? "n = " + integer(prepost, "n_pairs", i) + " paren"
                    : "n = " + integer(prepost, "n_pre", i) + " / " + integer(prepost, "n_post", i));
            test.append(paired ? "Wilcoxon (gepaard)" : "Mann-Whitney (onafhankelijk)");
            stat.append((paired ? "V = " : "W = ") + number(d(prepost, "statistic", i), 1));
            z.append(number(d(prepost, "z", i), 2));
            p.append(PValueFormat.text(d(prepost, "p", i)));
            rb.append(withInterval(d(prepost, "rank_biserial", i), d(prepost, "rank_biserial_lower", i),
                    d(prepost, "rank_biserial_upper", i)));
            hl.append(withInterval(d(prepost, "hodges_lehmann", i), d(prepost, "hodges_lehmann_lower", i),
                    d(prepost, "hodges_lehmann_upper", i)));
            method.append(prepost.stringColumn("p_method").get(i));
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

    private static double d(Table t, String column, int row) {
        return t.doubleColumn(column).isMissing(row) ? Double.NaN : t.doubleColumn(column).getDouble(row);
    }

    private static String integer(Table t, String column, int row) {
        return t.intColumn(column).isMissing(row) ? "–" : String.valueOf(t.intColumn(column).getInt(row));
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
