package nl.samenkracht.ingest.contacts;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.DidYouMean;
import nl.samenkracht.model.AnswerScale;

import java.util.List;

/**
 * Finds configured headers in a file's header row, with case and repeated spaces folded (exports
 * differ in these); a header that is not there is a config error naming the file and the closest
 * header.
 */
final class HeaderColumns {
    private final String fileLabel;
    private final String owner;
    private final List<String> header;

    HeaderColumns(String fileLabel, String owner, List<String> header) {
        this.fileLabel = fileLabel;
        this.owner = owner;
        this.header = header;
    }

    /** Index of the header configured for {@code logical}, -1 when not configured. */
    int index(String configuredHeader, String logical) {
        if (configuredHeader == null) return -1;
        String want = AnswerScale.normalise(configuredHeader);
        for (int i = 0; i < header.size(); i++) if (AnswerScale.normalise(header.get(i)).equals(want)) return i;
        throw new ConfigException(fileLabel + ": " + owner + ": columns." + logical + ": column '" + configuredHeader
                + "' not found in the header" + DidYouMean.hint(configuredHeader, header) + " (the file has " + header.size()
                + " columns: " + String.join(" | ", header) + ")");
    }
}
