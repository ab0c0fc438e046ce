package nl.samenkracht.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Kotter log as coverage evidence for the Kotter phases (kind {@code kotter_phase}, ref
 * {@code kotter:N}): per school year, the status of each phase at the end of that school year (31 July,
 * or the log's reference date when earlier): 1 = gedaan, 0.5 = bezig, 0 = nog niet gestart. The log is
 * about the whole school, so the value is for "Alle locaties" only; its n is the number of activities
 * of the phase so far (the log is not about people: suppression does not apply to it).
 */
public final class KotterEvidence {
    private KotterEvidence() {}

    public static List<EvidenceValue> from(List<KotterActivity> activities, LocalDate reference, List<String> schoolYears) {
        List<EvidenceValue> out = new ArrayList<>();
        for (String year : schoolYears) {
            LocalDate end = endOf(year);
            if (end == null) continue;
            LocalDate at = reference.isBefore(end) ? reference : end;
            KotterTimeline t = KotterTimeline.from(activities, at);
            for (KotterPhaseProgress p : t.phases()) {
                double value = switch (p.status()) {
                    case GEDAAN -> 1.0;
                    case BEZIG -> 0.5;
                    case NOG_NIET_GESTART -> 0.0;
                };
                // A phase nobody has worked on yet is "aandacht" only once the log has started at all.
                if (t.currentPhase() == 0) continue;
                out.add(new EvidenceValue(EvidenceRule.KOTTER_PHASE, "kotter:" + p.phase(), year, EvidenceValue.ALL_LOCATIONS, value,
                        Math.max(1, p.activities())));
            }
        }
        return out;
    }

    /** 31 July of the school year's second calendar year ("2024-2025" → 2025-07-31), or null. */
    static LocalDate endOf(String schoolYear) {
        if (schoolYear == null || !schoolYear.matches("\\d{4}-\\d{4}")) return null;
        return LocalDate.of(Integer.parseInt(schoolYear.substring(5)), 7, 31);
    }
}
