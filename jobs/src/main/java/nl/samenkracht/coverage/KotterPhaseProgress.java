package nl.samenkracht.coverage;

import java.time.LocalDate;

/**
 * One phase on the timeline.
 *
 * @param phase      1..8
 * @param firstDate  date of the first activity up to the reference date, or null
 * @param lastDate   date of the last activity up to the reference date, or null
 * @param activities number of activities up to the reference date
 * @param status     gedaan, bezig or nog niet gestart
 */
public record KotterPhaseProgress(int phase, LocalDate firstDate, LocalDate lastDate, int activities,
                                  KotterStatus status) {}
