package nl.samenkracht.ingest.contacts;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the contact-log interpreter needs for one file, built on the driver from study.yaml
 * and the file's header and shipped to the executors.
 *
 * @param columns          logical column → index in the file's header (absent: not configured)
 * @param values           logical column → normalised export label → canonical value
 * @param collectiveTypes  types that are collective activities
 * @param schoolYears      the study's school years; empty = accept every year
 * @param knownLocations   the study's locations; empty = accept every location
 */
record ContactFilePlan(String logId, String kind, String fileLabel, List<String> header,
                       Map<String, Integer> columns, Map<String, Map<String, String>> values, DateReader dates,
                       Set<String> collectiveTypes, Set<String> schoolYears, Set<String> knownLocations) implements Serializable {
    int width() {
        return header.size();
    }

    int column(String logical) {
        return columns.getOrDefault(logical, -1);
    }

    String headerOf(String logical) {
        int i = column(logical);
        return i < 0 ? null : header.get(i);
    }
}
