package nl.samenkracht.coverage;

import java.time.LocalDate;

/**
 * A logged activity of a change process, assigned to one of Kotter's eight phases.
 *
 * @param date        when it took place
 * @param phase       1..8
 * @param description what was done, e.g. "Teamvergadering: focusgroep samenstellen"
 */
public record KotterActivity(LocalDate date, int phase, String description) {}
