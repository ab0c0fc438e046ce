package nl.samenkracht.canonical;

import java.time.LocalDate;

/** roster: everyone a kind of contact should reach, per school year. */
public record RosterEntry(@Required String kind, @Required String schoolYear, @Required String counterpart,
                          @Required String location, @Column("class") String schoolClass, LocalDate startDate,
                          @Required String roster, @Required String file, int row) {}
