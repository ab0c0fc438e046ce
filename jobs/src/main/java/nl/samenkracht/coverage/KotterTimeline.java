package nl.samenkracht.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Progress through Kotter's eight phases on a reference date, from a log of activities.
 *
 * <p>Only activities dated on or before the reference date count (later ones are plans). Per phase:
 * <ul>
 *   <li><b>nog niet gestart</b>: no activity in this phase;</li>
 *   <li><b>gedaan</b>: activities in this phase, and a later phase has started too — the process
 *       moved on (as in seed 003, where phase 5 starts after phase 4's team meeting);</li>
 *   <li><b>bezig</b>: activities in this phase and none in any later phase.</li>
 * </ul>
 * A phase without activities stays "nog niet gestart" even when later phases have started: a
 * skipped phase is worth seeing (Kotter warns against skipping steps). Phases may overlap in time,
 * but at most one phase is "bezig": the highest phase that has started.
 *
 * @param reference the reference date
 * @param phases    the eight phases in order
 */
public record KotterTimeline(LocalDate reference, List<KotterPhaseProgress> phases) {
    public KotterTimeline {
        phases = List.copyOf(phases);
    }

    public static KotterTimeline from(List<KotterActivity> activities, LocalDate reference) {
        Objects.requireNonNull(reference, "reference");
        LocalDate[] first = new LocalDate[KotterPhases.COUNT + 1];
        LocalDate[] last = new LocalDate[KotterPhases.COUNT + 1];
        int[] count = new int[KotterPhases.COUNT + 1];
        int highestStarted = 0;
        for (KotterActivity a : activities) {
            KotterPhases.check(a.phase());
            if (a.date() == null) {
                // the description is not quoted: a hand-kept log can name anyone
                throw new FrameworkException("a Kotter activity in phase " + a.phase() + " has no date");
            }
            if (a.date().isAfter(reference)) continue;
            int p = a.phase();
            if (first[p] == null || a.date().isBefore(first[p])) first[p] = a.date();
            if (last[p] == null || a.date().isAfter(last[p])) last[p] = a.date();
            count[p]++;
            highestStarted = Math.max(highestStarted, p);
        }
        List<KotterPhaseProgress> phases = new ArrayList<>();
        for (int p = 1; p <= KotterPhases.COUNT; p++) {
            KotterStatus status = count[p] == 0 ? KotterStatus.NOG_NIET_GESTART
                    : p < highestStarted ? KotterStatus.GEDAAN : KotterStatus.BEZIG;
            phases.add(new KotterPhaseProgress(p, first[p], last[p], count[p], status));
        }
        return new KotterTimeline(reference, phases);
    }

    /** Phase 1..8. */
    public KotterPhaseProgress phase(int phase) {
        KotterPhases.check(phase);
        return phases.get(phase - 1);
    }

    /** The highest phase with an activity up to the reference date, or 0 if none has started. */
    public int currentPhase() {
        int current = 0;
        for (KotterPhaseProgress p : phases) if (p.activities() > 0) current = p.phase();
        return current;
    }
}
