package nl.samenkracht.report.audience;

import nl.samenkracht.config.StudyConfig;
import nl.samenkracht.report.RunInfo;

import java.util.ArrayList;
import java.util.List;

/** The "Overzicht" sheet of directie.xlsx and bestuur.xlsx: the study, the run, how to read, the privacy policy. */
final class AudienceOverview {
    private AudienceOverview() {}

    static List<String[]> rows(RunInfo run, String report, String purpose, IndicatorGrid grid, Suppression policy,
                               List<String[]> sheets) {
        List<String[]> kv = new ArrayList<>();
        kv.add(new String[]{"Rapport", report});
        kv.add(new String[]{"Waarvoor", purpose});
        StudyConfig c = run != null && run.study() != null ? run.study().config() : null;
        if (c != null) {
            kv.add(new String[]{"Onderzoek", c.study().name()});
            if (c.study().organisation() != null && !c.study().organisation().isBlank())
                kv.add(new String[]{"Organisatie", c.study().organisation()});
            if (c.study().synthetic())
                kv.add(new String[]{"Let op", "SYNTHETISCHE GEGEVENS: verzonnen voorbeelddata, geen echte personen."});
        }
        kv.add(new String[]{"Schooljaren", grid.years().isEmpty() ? "geen" : String.join(", ", grid.years())});
        if (!grid.locations().isEmpty()) kv.add(new String[]{"Locaties", String.join(", ", grid.locations())});
        if (run != null) {
            kv.add(new String[]{"Gemaakt op", run.startedAt()});
            kv.add(new String[]{"Samenkracht-versie", run.version()});
            kv.add(new String[]{"Configuratie (SHA-256)", run.configSha256()});
        }
        kv.add(new String[]{"", ""});
        kv.add(new String[]{"Tabbladen", ""});
        kv.addAll(sheets);
        kv.add(new String[]{"", ""});
        kv.add(new String[]{"Privacy", "Minimale groepsgrootte: " + policy.minGroupSize() + " personen."});
        kv.addAll(policy.policy());
        return kv;
    }
}
