package nl.samenkracht.report.tables;

import nl.samenkracht.report.methods.NaReasonText;
import nl.samenkracht.report.methods.PMethodText;

import nl.samenkracht.indicators.stats.GroupSetting;
import nl.samenkracht.indicators.stats.GroupTest;
import nl.samenkracht.indicators.stats.ItemAlpha;
import nl.samenkracht.indicators.stats.PrePostTest;
import nl.samenkracht.indicators.stats.ScaleAlpha;
import nl.samenkracht.indicators.stats.StatisticsResults;
import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.report.tables.TableBuilder.Col;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * The statistics stage's results as report tables: the CSV contract's columns (docs/output-contract.md),
 * Dutch sheet titles and reading notes. Columns appended later stay at the end, so that positions hold.
 */
public final class StatisticsTables {
    public static final String SHEET_RELIABILITY = "Betrouwbaarheid";
    public static final String SHEET_RELIABILITY_ITEMS = "Betrouwbaarheid items";
    public static final String SHEET_PREPOST = "Voor- en nameting";
    public static final String SHEET_GROUPS = "Groepsvergelijking";

    static final Col[] RELIABILITY = {Col.s("instrument"), Col.s("scale"), Col.s("school_year"), Col.s("wave"),
            Col.i("n_items"), Col.i("n_complete"), Col.d("alpha_listwise"), Col.d("alpha_pairwise"),
            Col.d("feldt_lower"), Col.d("feldt_upper"), Col.d("average_r"), Col.i("n_rows"), Col.s("na_reason"),
            Col.s("warnings")};
    static final Col[] RELIABILITY_ITEMS = {Col.s("instrument"), Col.s("scale"), Col.s("school_year"), Col.s("wave"),
            Col.s("item"), Col.i("n"), Col.d("mean"), Col.d("sd"), Col.d("corrected_item_total_r"),
            Col.d("alpha_if_deleted"), Col.b("reverse"), Col.s("na_reason")};
    static final Col[] PREPOST = {Col.s("instrument"), Col.s("scale_or_item"), Col.s("design"), Col.i("n_pre"),
            Col.i("n_post"), Col.i("n_pairs"), Col.d("median_pre"), Col.d("median_post"), Col.d("mean_pre"),
            Col.d("mean_post"), Col.d("statistic"), Col.d("z"), Col.d("p"), Col.d("effect_r"),
            Col.d("rank_biserial"), Col.s("school_year"), Col.s("subset"), Col.s("level"),
            Col.d("rank_biserial_lower"), Col.d("rank_biserial_upper"), Col.d("hodges_lehmann"), Col.s("p_method"),
            Col.i("n_zero_differences"), Col.d("p_holm"), Col.s("design_reason"), Col.i("n_linked"),
            Col.i("n_unlinked"), Col.s("na_reason"),
            // appended (issue 16): the Hodges-Lehmann 95% interval, as R's wilcox.test(conf.int = TRUE)
            Col.d("hodges_lehmann_lower"), Col.d("hodges_lehmann_upper"),
            // appended (issue 16): SD (n − 1) beside mean_pre / mean_post, same respondents, for M (SD) in APA tables
            Col.d("sd_pre"), Col.d("sd_post")};
    static final Col[] GROUPS = {Col.s("instrument"), Col.s("scale_or_item"), Col.s("grouping"), Col.s("group_a"),
            Col.s("group_b"), Col.i("n_a"), Col.i("n_b"), Col.d("U"), Col.d("z"), Col.d("p"), Col.d("rank_biserial"),
            Col.s("school_year"), Col.s("wave"), Col.s("level"), Col.s("test"), Col.d("H"), Col.i("df"),
            Col.d("epsilon_squared"), Col.d("hodges_lehmann"), Col.d("p_holm"), Col.s("na_reason"),
            // appended (issue 16): intervals and the p method, so existing column positions hold
            Col.d("rank_biserial_lower"), Col.d("rank_biserial_upper"), Col.d("hodges_lehmann_lower"),
            Col.d("hodges_lehmann_upper"), Col.s("p_method")};

    private StatisticsTables() {}

    /** The four tables as report tables: CSV id (the contract's file name), sheet title and a reading note. */
    public static List<ReportTable> reportTables(StatisticsResults results) {
        return List.of(
                new ReportTable("reliability", SHEET_RELIABILITY, "Cronbachs alfa na omscoren, zoals psych::alpha:"
                        + " pairwise (hoofdgetal) en listwise, met 95%-interval volgens Feldt. n_rows = respondenten met"
                        + " ten minste één antwoord op de schaal; n_complete = met alle items. Schooljaar en meting \"alle\""
                        + " = alle metingen samen.", reliability(results)),
                new ReportTable("reliability_items", SHEET_RELIABILITY_ITEMS, "Per item: n, gemiddelde en SD na omscoren,"
                        + " gecorrigeerde item-totaalcorrelatie en alfa zonder het item.", reliabilityItems(results)),
                new ReportTable("prepost", SHEET_PREPOST, "Gepaard (Wilcoxon-rangtekentoets) bij ten minste 2 gekoppelde"
                        + " paren, anders onafhankelijk (Mann-Whitney U); zie design_reason. n, medianen en gemiddelden"
                        + " beschrijven de getoetste scores (bij gepaard alleen de paren). Positieve z en rangbiseriële"
                        + " correlatie = hoger in de nameting. p_holm: Holm binnen schooljaar × subgroep × niveau.", prepost(results)),
                new ReportTable("groups", SHEET_GROUPS, "Twee groepen: Mann-Whitney U (U en rangbiseriële correlatie voor"
                        + " group_a). Drie of meer: Kruskal-Wallis (rij \"alle groepen\") en Dunn per paar. p_holm:"
                        + " Mann-Whitney/Kruskal-Wallis binnen schooljaar × meting × niveau × indeling; Dunn binnen de paren"
                        + " van één schaal of item.", groups(results)));
    }

    /** tables/reliability.csv. */
    public static Table reliability(StatisticsResults results) {
        TableBuilder t = new TableBuilder("reliability", RELIABILITY);
        for (ScaleAlpha a : results.reliability())
            t.row(a.instrument(), a.scale(), a.schoolYear(), a.wave(), a.nItems(), a.nComplete(), a.alphaListwise(),
                    a.alphaPairwise(), a.feldtLower(), a.feldtUpper(), a.averageR(), a.nRows(), NaReasonText.dutch(a.naReason()),
                    NaReasonText.dutch(a.warnings()));
        return t.table();
    }

    /** tables/reliability_items.csv. */
    public static Table reliabilityItems(StatisticsResults results) {
        TableBuilder t = new TableBuilder("reliability_items", RELIABILITY_ITEMS);
        for (ItemAlpha a : results.reliabilityItems())
            t.row(a.instrument(), a.scale(), a.schoolYear(), a.wave(), a.item(), a.n(), a.mean(), a.sd(),
                    a.correctedItemTotalR(), a.alphaIfDeleted(), a.reverse(), NaReasonText.dutch(a.naReason()));
        return t.table();
    }

    /** tables/prepost.csv. */
    public static Table prepost(StatisticsResults results) {
        TableBuilder t = new TableBuilder("prepost", PREPOST);
        for (PrePostTest l : results.prepost())
            t.row(l.key().instrument(), l.key().measure(), l.design() == null ? null : l.design().code(), l.nPre(), l.nPost(),
                    l.nPairs(), l.medianPre(), l.medianPost(), l.meanPre(), l.meanPost(), l.statistic(), l.z(), l.p(),
                    l.effectR(), l.rankBiserial(), l.key().schoolYear(), l.key().subset(), l.key().level(),
                    l.rbLower(), l.rbUpper(), l.hodgesLehmann(), PMethodText.dutch(l.pMethod()), l.nZero(), l.pHolm(),
                    NaReasonText.dutch(l.designReason()), l.nLinked(), l.nUnlinked(), NaReasonText.dutch(l.naReason()), l.hlLower(), l.hlUpper(),
                    l.sdPre(), l.sdPost());
        return t.table();
    }

    /** tables/groups.csv. */
    public static Table groups(StatisticsResults results) {
        TableBuilder t = new TableBuilder("groups", GROUPS);
        for (GroupTest l : results.groups()) {
            GroupSetting s = l.key().setting();
            t.row(s.instrument(), l.key().measure(), s.grouping(), l.groupA(), l.groupB(), l.nA(), l.nB(), l.u(),
                    l.z(), l.p(), l.rankBiserial(), s.schoolYear(), s.wave(), l.key().level(), l.test().code(), l.h(),
                    l.df(), l.epsilonSquared(), l.hodgesLehmann(), l.pHolm(), NaReasonText.dutch(l.naReason()),
                    l.rbLower(), l.rbUpper(), l.hlLower(), l.hlUpper(), PMethodText.dutch(l.pMethod()));
        }
        return t.table();
    }
}
