package nl.samenkracht.canonical;

import java.time.LocalDate;

/**
 * contacts (data/contacts): one row per logged contact or collective activity.
 *
 * @param counterpart pseudonym; null for a collective activity
 * @param staff       pseudonym
 * @param onRoster    null: no roster for this kind, or a collective activity
 */
public record Contact(@Required String schoolYear, @Required LocalDate date, @Required String kind, @Required String location,
                      @Column("class") String schoolClass, String counterpart, String staff, @Required String type,
                      String channel, String initiator, String tone, Boolean childPresent, Integer attendance,
                      boolean collective, Boolean onRoster, @Required String log, @Required String file, int row) {}
