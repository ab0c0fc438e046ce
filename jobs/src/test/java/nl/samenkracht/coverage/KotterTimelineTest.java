package nl.samenkracht.coverage;

import static nl.samenkracht.coverage.KotterStatus.BEZIG;
import static nl.samenkracht.coverage.KotterStatus.GEDAAN;
import static nl.samenkracht.coverage.KotterStatus.NOG_NIET_GESTART;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Kotter progress on a hand-built log modelled on seed 003, hoofdstuk 3: phase 1 in December 2017,
 * 2 in February 2018, 3 in April, 4 in June, 5 in August 2018; phases 6-8 waiting for a pilot.
 * Expected statuses follow the rule in {@link KotterTimeline}: a started phase is "gedaan" once a
 * later phase has started, the highest started phase is "bezig", a phase without activity is
 * "nog niet gestart".
 */
class KotterTimelineTest {

    static List<KotterActivity> seed003Log() {
        return List.of(
                new KotterActivity(LocalDate.of(2017, 12, 5), 1, "Gesprekken met collega's"),
                new KotterActivity(LocalDate.of(2017, 12, 12), 1, "Overleg met de directie"),
                new KotterActivity(LocalDate.of(2017, 12, 19), 1, "Teamvergadering"),
                new KotterActivity(LocalDate.of(2018, 2, 6), 2, "Teamvergadering: focusgroep samenstellen"),
                new KotterActivity(LocalDate.of(2018, 2, 20), 2, "Gesprek met de IB-er"),
                new KotterActivity(LocalDate.of(2018, 4, 10), 3, "Gesprekken met leidend team en focusgroep"),
                new KotterActivity(LocalDate.of(2018, 4, 17), 3, "Vragenlijst"),
                new KotterActivity(LocalDate.of(2018, 4, 24), 3, "Interviews met nieuwere en langer zittende collega's"),
                new KotterActivity(LocalDate.of(2018, 6, 12), 4, "Teamvergadering: visie en strategie delen"),
                new KotterActivity(LocalDate.of(2018, 8, 20), 5, "Gesprek met schoolleider over het inwerkprotocol"),
                new KotterActivity(LocalDate.of(2018, 8, 27), 5, "Startvergadering"),
                new KotterActivity(LocalDate.of(2019, 1, 15), 6, "Pilot inwerkprotocol op één locatie"));
    }

    static KotterPhaseProgress p(int phase, String first, String last, int n, KotterStatus status) {
        return new KotterPhaseProgress(phase, first == null ? null : LocalDate.parse(first),
                last == null ? null : LocalDate.parse(last), n, status);
    }

    @Test
    void seed003AtTheStartOfSchoolYear2018() {
        // Reference 15 September 2018: the pilot of January 2019 is a plan and does not count.
        KotterTimeline t = KotterTimeline.from(seed003Log(), LocalDate.of(2018, 9, 15));
        assertEquals(List.of(
                p(1, "2017-12-05", "2017-12-19", 3, GEDAAN),
                p(2, "2018-02-06", "2018-02-20", 2, GEDAAN),
                p(3, "2018-04-10", "2018-04-24", 3, GEDAAN),
                p(4, "2018-06-12", "2018-06-12", 1, GEDAAN),
                p(5, "2018-08-20", "2018-08-27", 2, BEZIG),
                p(6, null, null, 0, NOG_NIET_GESTART),
                p(7, null, null, 0, NOG_NIET_GESTART),
                p(8, null, null, 0, NOG_NIET_GESTART)), t.phases());
        assertEquals(5, t.currentPhase());
        assertEquals("Medewerkers in staat stellen te veranderen; zorgen voor draagvlak",
                nl.samenkracht.report.methods.KotterText.phase(t.phase(5).phase()));
    }

    @Test
    void laterReferenceCountsThePilot() {
        KotterTimeline t = KotterTimeline.from(seed003Log(), LocalDate.of(2019, 2, 1));
        assertEquals(GEDAAN, t.phase(5).status());
        assertEquals(p(6, "2019-01-15", "2019-01-15", 1, BEZIG), t.phase(6));
        assertEquals(6, t.currentPhase());
    }

    @Test
    void activityOnTheReferenceDateCounts() {
        KotterTimeline t = KotterTimeline.from(seed003Log(), LocalDate.of(2018, 8, 20));
        assertEquals(p(5, "2018-08-20", "2018-08-20", 1, BEZIG), t.phase(5));
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<KotterActivity> shuffled = new ArrayList<>(seed003Log());
        Collections.shuffle(shuffled, new Random(42));
        assertEquals(KotterTimeline.from(seed003Log(), LocalDate.of(2018, 9, 15)),
                KotterTimeline.from(shuffled, LocalDate.of(2018, 9, 15)));
    }

    @Test
    void aSkippedPhaseStaysNotStarted() {
        KotterTimeline t = KotterTimeline.from(List.of(
                new KotterActivity(LocalDate.of(2024, 9, 1), 1, "Urgentie"),
                new KotterActivity(LocalDate.of(2024, 10, 1), 3, "Visie")), LocalDate.of(2024, 12, 1));
        assertEquals(List.of(GEDAAN, NOG_NIET_GESTART, BEZIG, NOG_NIET_GESTART, NOG_NIET_GESTART, NOG_NIET_GESTART,
                NOG_NIET_GESTART, NOG_NIET_GESTART), t.phases().stream().map(KotterPhaseProgress::status).toList());
    }

    @Test
    void emptyLog() {
        KotterTimeline t = KotterTimeline.from(List.of(), LocalDate.of(2024, 12, 1));
        assertEquals(0, t.currentPhase());
        assertEquals(8, t.phases().stream().filter(x -> x.status() == NOG_NIET_GESTART).count());
        assertEquals("nog niet gestart", nl.samenkracht.report.methods.KotterText.status(NOG_NIET_GESTART));
    }

    @Test
    void phaseOutsideOneToEight() {
        FrameworkException e = assertThrows(FrameworkException.class, () -> KotterTimeline.from(
                List.of(new KotterActivity(LocalDate.of(2024, 9, 1), 9, "?")), LocalDate.of(2024, 12, 1)));
        assertEquals("Kotter phase 9 does not exist: the model has phases 1 to 8", e.getMessage());
    }
}
