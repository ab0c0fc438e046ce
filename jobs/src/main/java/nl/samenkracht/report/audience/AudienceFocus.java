package nl.samenkracht.report.audience;

import nl.samenkracht.config.ReportConfig;
import nl.samenkracht.config.StudyConfig;
import nl.samenkracht.report.RunInfo;

import java.util.Set;

/**
 * What leads the audience reports (report.focus and report.intervention in study.yaml): the focus
 * group's questionnaire figures (ids ending "@group"), then the reach of the intervention's contact
 * types (ids "contact/kind/reach_before_deadline/type"), then everything else as context.
 */
record AudienceFocus(String group, String label, Set<String> intervention) {
    static final AudienceFocus NONE = new AudienceFocus(null, null, Set.of());

    static AudienceFocus of(RunInfo run) {
        StudyConfig c = run == null || run.study() == null ? null : run.study().config();
        if (c == null) return NONE;
        ReportConfig r = c.report();
        return new AudienceFocus(r.hasFocus() ? r.focus().group() : null, r.hasFocus() ? r.focus().label() : null,
                Set.copyOf(r.intervention()));
    }

    boolean isFocus(String id) {
        return group != null && id.endsWith("@" + group);
    }

    boolean isIntervention(String id) {
        if (!id.startsWith("contact/")) return false;
        String[] parts = id.split("/");
        return parts.length == 4 && intervention.contains(parts[3]);
    }

    /** 0 for the focus group, 1 for the intervention, 2 for the context. */
    int rank(String id) {
        return isFocus(id) ? 0 : isIntervention(id) ? 1 : 2;
    }

    boolean leads(String id) {
        return rank(id) < 2;
    }
}
