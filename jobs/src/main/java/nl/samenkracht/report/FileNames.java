package nl.samenkracht.report;

import java.text.Normalizer;
import java.util.Locale;

/** File names made from data (scale ids, school years): a plain slug that cannot leave its folder. */
public final class FileNames {
    private FileNames() {}

    public static String slug(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) continue;
            if (b.length() > 0) b.append('_');
            String n = Normalizer.normalize(p, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            b.append(n.replaceAll("[^a-z0-9_-]+", "-").replaceAll("^[-_]+|[-_]+$", ""));
        }
        String s = b.toString();
        if (s.isEmpty()) s = "x";
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
