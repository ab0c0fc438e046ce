package nl.samenkracht.report.tables;

import nl.samenkracht.indicators.contacts.ContactResults;
import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.report.tables.TableBuilder.Col;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The contact indicators as tables/contacts_*.csv and their research sheets. */
public final class ContactTables {
    private static final Col[] GROUP = {Col.s("school_year"), Col.s("kind"), Col.s("location"), Col.s("class")};
    static final Col[] REACH = group(Col.s("indicator"), Col.s("contact_type"), Col.s("window"), Col.i("n"), Col.i("reached"),
            Col.d("share"));
    static final Col[] FREQUENCY = group(Col.i("n"), Col.l("contacts"), Col.i("never"), Col.d("share_never"), Col.d("mean"),
            Col.d("median"), Col.d("p90"));
    static final Col[] TONE = group(Col.s("indicator"), Col.i("n"), Col.i("count"), Col.d("share"));
    static final Col[] CHANNELS = group(Col.s("channel"), Col.i("n"), Col.i("count"), Col.d("share"));
    static final Col[] REGULARITY = group(Col.i("n"), Col.i("periods_required"), Col.i("every_period"),
            Col.d("share_every_period"), Col.i("n_gap"), Col.d("median_longest_gap_days"));
    static final Col[] COLLECTIVE = group(Col.s("contact_type"), Col.i("n"), Col.i("with_count"), Col.l("attendance_total"),
            Col.d("attendance_mean"));
    static final Col[] RHYTHM = group(Col.i("month"), Col.i("n"));

    private static final String NOTE = "Contactindicatoren per schooljaar, locatie, klas en soort contactpersoon; n = waar het"
            + " cijfer over gaat.";
    /** Seed 004 (Samen zijn wij school): opkomst is geen maat voor betrokkenheid. */
    static final String COLLECTIVE_CAVEAT = "Opkomst bij ouderavonden, koffieochtenden en inloop zegt op zichzelf weinig over "
            + "ouderbetrokkenheid: ouders die niet komen, kunnen even betrokken zijn bij hun kind. Lees deze cijfers naast het "
            + "individuele contact (startgesprek, bereik, contactafspraken op maat), niet als maat voor betrokkenheid.";

    private ContactTables() {}

    /** The seven tables in a stable order: contacts_reach … contacts_rhythm. */
    public static List<ReportTable> reportTables(ContactResults r) {
        return List.of(
                new ReportTable("contacts_reach", "Contact bereik", NOTE, reach(r)),
                new ReportTable("contacts_frequency", "Contact frequentie", NOTE, frequency(r)),
                new ReportTable("contacts_tone", "Contact toon", NOTE, tone(r)),
                new ReportTable("contacts_channels", "Contact kanalen", NOTE, channels(r)),
                new ReportTable("contacts_regularity", "Contact regelmaat", NOTE, regularity(r)),
                new ReportTable("contacts_collective", "Collectieve activiteiten", NOTE + " " + COLLECTIVE_CAVEAT, collective(r)),
                new ReportTable("contacts_rhythm", "Contact ritme", NOTE, rhythm(r)));
    }

    public static Table reach(ContactResults r) {
        TableBuilder t = new TableBuilder("contacts_reach", REACH);
        for (ContactResults.Reach x : r.reach())
            t.row(with(x.group(), x.indicator(), x.contactType(), x.window(), x.n(), x.reached(), x.share()));
        return t.table();
    }

    public static Table frequency(ContactResults r) {
        TableBuilder t = new TableBuilder("contacts_frequency", FREQUENCY);
        for (ContactResults.Frequency x : r.frequency())
            t.row(with(x.group(), x.n(), x.contacts(), x.never(), x.shareNever(), x.mean(), x.median(), x.p90()));
        return t.table();
    }

    public static Table tone(ContactResults r) {
        TableBuilder t = new TableBuilder("contacts_tone", TONE);
        for (ContactResults.Tone x : r.tone()) t.row(with(x.group(), x.indicator(), x.n(), x.count(), x.share()));
        return t.table();
    }

    public static Table channels(ContactResults r) {
        TableBuilder t = new TableBuilder("contacts_channels", CHANNELS);
        for (ContactResults.Channel x : r.channels()) t.row(with(x.group(), x.channel(), x.n(), x.count(), x.share()));
        return t.table();
    }

    public static Table regularity(ContactResults r) {
        TableBuilder t = new TableBuilder("contacts_regularity", REGULARITY);
        for (ContactResults.Regularity x : r.regularity())
            t.row(with(x.group(), x.n(), x.periodsRequired(), x.everyPeriod(), x.shareEveryPeriod(), x.nGap(),
                    x.medianLongestGapDays()));
        return t.table();
    }

    public static Table collective(ContactResults r) {
        TableBuilder t = new TableBuilder("contacts_collective", COLLECTIVE);
        for (ContactResults.Collective x : r.collective())
            t.row(with(x.group(), x.contactType(), x.n(), x.withCount(), x.attendanceTotal(), x.attendanceMean()));
        return t.table();
    }

    public static Table rhythm(ContactResults r) {
        TableBuilder t = new TableBuilder("contacts_rhythm", RHYTHM);
        for (ContactResults.Rhythm x : r.rhythm()) t.row(with(x.group(), x.month(), x.n()));
        return t.table();
    }

    private static Col[] group(Col... more) {
        Col[] all = Arrays.copyOf(GROUP, GROUP.length + more.length);
        System.arraycopy(more, 0, all, GROUP.length, more.length);
        return all;
    }

    /** The group's four columns, then the row's own values. */
    private static Object[] with(ContactResults.Group g, Object... more) {
        List<Object> all = new ArrayList<>(Arrays.asList(g.schoolYear(), g.kind(), g.location(), g.clazz()));
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }
}
