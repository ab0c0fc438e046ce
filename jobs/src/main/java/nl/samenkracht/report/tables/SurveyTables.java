package nl.samenkracht.report.tables;

import nl.samenkracht.indicators.DescriptiveRow;
import nl.samenkracht.indicators.OptionCount;
import nl.samenkracht.indicators.SurveyResults;
import nl.samenkracht.report.WaveOrder;
import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.report.tables.TableBuilder.Col;
import tech.tablesaw.api.Table;

import java.util.List;

/** The survey descriptives and item distributions as report tables (descriptives, item_distributions). */
public final class SurveyTables {
    static final Col[] DESCRIPTIVES = {Col.s("instrument"), Col.s("level"), Col.s("measure"), Col.s("school_year"),
            Col.s("wave"), Col.s("location"), Col.s("grp"), Col.l("n"), Col.d("mean"), Col.d("sd"), Col.d("median"),
            Col.d("q1"), Col.d("q3"), Col.d("min"), Col.d("max"), Col.d("share_agree"), Col.d("share_disagree")};
    static final Col[] DISTRIBUTIONS = {Col.s("instrument"), Col.s("item"), Col.s("school_year"), Col.s("wave"),
            Col.s("location"), Col.s("option"), Col.d("value"), Col.i("count"), Col.d("share"), Col.i("n_valid"),
            Col.i("n_missing")};

    private SurveyTables() {}

    /** @param waveOrder the study's waves in design order (voormeting, nameting): the rows follow it ({@link WaveOrder}) */
    public static List<ReportTable> reportTables(SurveyResults surveys, List<String> waveOrder) {
        return List.of(new ReportTable("descriptives", "Beschrijvend",
                        "Schaalscores na omscoren; items zoals beantwoord. % eens = de bovenste twee antwoordopties.",
                        WaveOrder.sorted(descriptives(surveys.descriptives()), waveOrder)),
                new ReportTable("item_distributions", "Itemverdeling",
                        "Elke antwoordoptie, ook als niemand die koos. Aandeel = van de geldige antwoorden.",
                        WaveOrder.sorted(distributions(surveys.distributions()), waveOrder)));
    }

    /** tables/descriptives.csv. */
    public static Table descriptives(List<DescriptiveRow> rows) {
        TableBuilder t = new TableBuilder("descriptives", DESCRIPTIVES);
        for (DescriptiveRow r : rows)
            t.row(r.instrument(), r.level(), r.measure(), r.schoolYear(), r.wave(), r.location(), r.grp(), r.n(), r.mean(),
                    r.sd(), r.median(), r.q1(), r.q3(), r.min(), r.max(), r.shareAgree(), r.shareDisagree());
        return t.table();
    }

    /** tables/item_distributions.csv. */
    public static Table distributions(List<OptionCount> rows) {
        TableBuilder t = new TableBuilder("item_distributions", DISTRIBUTIONS);
        for (OptionCount o : rows)
            t.row(o.instrument(), o.item(), o.schoolYear(), o.wave(), o.location(), o.option(), o.value(), o.count(), o.share(),
                    o.nValid(), o.nMissing());
        return t.table();
    }
}
