package nl.samenkracht.indicators.contacts;

import nl.samenkracht.coverage.EvidenceValue;

import java.util.List;

/**
 * The contact indicators of a run as typed rows ({@code report.tables.ContactTables} makes the
 * {@code tables/contacts_*.csv} of them), plus the evidence values for success-factor coverage. Every
 * row carries the n it is about (roster size, counterparts or contacts), so small groups can be
 * suppressed downstream. Rows are sorted by school year, kind, location (total last), class (total last).
 *
 * @param reach      reach per indicator (before a deadline, first weeks, any, home visit, per period)
 * @param frequency  contacts per counterpart
 * @param tone       tone, initiative and child-present shares
 * @param channels   channel mix
 * @param regularity counterparts reached in every period
 * @param collective collective activities (ouderavond …) per type, the total last
 * @param rhythm     contacts per calendar month, months in school-year order
 * @param evidence   contact_indicator evidence (parents, "Alle klassen") per school year × location
 */
public record ContactResults(List<Reach> reach, List<Frequency> frequency, List<Tone> tone, List<Channel> channels,
                             List<Regularity> regularity, List<Collective> collective, List<Rhythm> rhythm,
                             List<EvidenceValue> evidence) {
    public ContactResults {
        reach = List.copyOf(reach);
        frequency = List.copyOf(frequency);
        tone = List.copyOf(tone);
        channels = List.copyOf(channels);
        regularity = List.copyOf(regularity);
        collective = List.copyOf(collective);
        rhythm = List.copyOf(rhythm);
        evidence = List.copyOf(evidence);
    }

    /**
     * The group a row is about.
     *
     * @param kind     counterpart kind (ouder, nieuwe_collega, partner)
     * @param location a location or "Alle locaties"
     * @param clazz    a class, "(geen klas)" or "Alle klassen"
     */
    /**
     * The school years of the accepted contacts, sorted: every individual contact is counted in a month of
     * {@link #rhythm} (its location and board totals), every collective activity in {@link #collective}'s
     * totals. Read from the results, so naming a contacts-only run costs no Spark query.
     */
    public List<String> schoolYears() {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (Rhythm r : rhythm) out.add(r.group().schoolYear());
        for (Collective c : collective) out.add(c.group().schoolYear());
        return List.copyOf(out);
    }

    public record Group(String schoolYear, String kind, String location, String clazz) {}

    /** @param window the deadline or period as configured ("&lt;10-01", "start+7d", "6w", "year", a period label) */
    public record Reach(Group group, String indicator, String contactType, String window, int n, int reached, Double share) {}

    public record Frequency(Group group, int n, long contacts, int never, Double shareNever, Double mean, Double median,
                            Double p90) {}

    public record Tone(Group group, String indicator, int n, int count, Double share) {}

    public record Channel(Group group, String channel, int n, int count, Double share) {}

    public record Regularity(Group group, int n, int periodsRequired, int everyPeriod, Double shareEveryPeriod, int nGap,
                             Double medianLongestGapDays) {}

    /** @param contactType a collective type or "alle" */
    public record Collective(Group group, String contactType, int n, int withCount, Long attendanceTotal,
                             Double attendanceMean) {}

    /** @param month calendar month 1..12 */
    public record Rhythm(Group group, int month, int n) {}
}
