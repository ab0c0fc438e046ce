package nl.samenkracht.ingest.contacts;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the roster interpreter needs for one file; see {@link ContactFilePlan}. */
record RosterFilePlan(String rosterId, String kind, String fileLabel, List<String> header,
                      Map<String, Integer> columns, DateReader dates, Set<String> schoolYears, Set<String> knownLocations)
        implements Serializable {
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
