package nl.samenkracht.report.tables;

import nl.samenkracht.report.methods.NaReasonText;
import nl.samenkracht.report.methods.PMethodText;

import nl.samenkracht.indicators.design.DesignComparison;
import nl.samenkracht.indicators.design.DesignStage;
import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.report.model.TableStyle;
import nl.samenkracht.report.tables.TableBuilder.Col;
import tech.tablesaw.api.Table;

import java.util.List;

/** The design stage's comparisons as tables/design.csv and the sheet "Opzet van het onderzoek". */
public final class DesignTables {
    public static final String SHEET = "Opzet van het onderzoek";

    static final Col[] COLUMNS = {Col.s("instrument"), Col.s("scale"), Col.s("comparison"), Col.s("school_year"),
            Col.s("subset"), Col.s("group_a"), Col.s("group_b"), Col.s("basis"), Col.i("n_a"), Col.i("n_b"),
            Col.d("mean_a"), Col.d("ci_lower_a"), Col.d("ci_upper_a"), Col.d("mean_b"), Col.d("ci_lower_b"),
            Col.d("ci_upper_b"), Col.d("u"), Col.d("z"), Col.d("p"), Col.s("p_method"), Col.d("rank_biserial"),
            Col.d("hodges_lehmann"), Col.s("na_reason"),
            // appended (issue 16): 95% intervals of the rank-biserial (Fisher z) and of the
            // Hodges-Lehmann shift (R's wilcox.test(conf.int = TRUE))
            Col.d("rank_biserial_lower"), Col.d("rank_biserial_upper"), Col.d("hodges_lehmann_lower"),
            Col.d("hodges_lehmann_upper")};

    private DesignTables() {}

    /** The design table; none when the study has no design. */
    public static List<ReportTable> reportTables(DesignStage.Results results) {
        if (!results.ran()) return List.of();
        return List.of(new ReportTable("design", SHEET, "Verandering van voor- naar nameting per gekoppelde respondent"
                + " (schaalscore nameting − voormeting), vergeleken tussen cohorten of groepen met Mann-Whitney U."
                + " Groep a = het cohort met de interventie (of de eerste groep); positieve rangbiseriële correlatie en"
                + " Hodges-Lehmann = groep a ging meer vooruit. Basis 'independent': niet te koppelen metingen, dan"
                + " zijn de nametingscores vergeleken in plaats van de verandering.", table(results.comparisons()), style()));
    }

    /** tables/design.csv. */
    public static Table table(List<DesignComparison> comparisons) {
        TableBuilder t = new TableBuilder("design", COLUMNS);
        for (DesignComparison c : comparisons)
            t.row(c.instrument(), c.scale(), c.comparison(), c.schoolYear(), c.subset(), c.groupA(), c.groupB(),
                    c.basis() == null ? null : c.basis().code(), c.nA(), c.nB(), c.meanA(), c.ciLowerA(), c.ciUpperA(),
                    c.meanB(), c.ciLowerB(), c.ciUpperB(), c.u(), c.z(), c.p(), PMethodText.dutch(c.pMethod()), c.rankBiserial(),
                    c.hodgesLehmann(), NaReasonText.dutch(c.naReason()), c.rbLower(), c.rbUpper(), c.hlLower(), c.hlUpper());
        return t.table();
    }

    /** Dutch headers of the design sheet for the columns that no other table has. */
    static TableStyle style() {
        return new TableStyle().header("comparison", "Vergelijking").header("subset", "Subgroep")
                .header("group_a", "Groep a").header("group_b", "Groep b").header("basis", "Basis")
                .header("n_a", "n a").header("n_b", "n b")
                .header("mean_a", "Gem. verandering a").header("ci_lower_a", "95%-BI ondergrens a")
                .header("ci_upper_a", "95%-BI bovengrens a").header("mean_b", "Gem. verandering b")
                .header("ci_lower_b", "95%-BI ondergrens b").header("ci_upper_b", "95%-BI bovengrens b")
                .header("u", "U").header("z", "z").header("p", "p").header("p_method", "p-methode")
                .header("rank_biserial", "Rangbiseriële correlatie").header("hodges_lehmann", "Hodges-Lehmann")
                .header("instrument", "Vragenlijst").header("scale", "Schaal").header("school_year", "Schooljaar")
                .header("na_reason", "Niet berekend omdat");
    }
}
