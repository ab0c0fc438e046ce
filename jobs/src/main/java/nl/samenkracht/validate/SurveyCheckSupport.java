package nl.samenkracht.validate;

import java.util.ArrayList;
import java.util.List;

/** Small helpers the checks share. */
final class SurveyCheckSupport {
    private SurveyCheckSupport() {}

    /** A header record as text: null cells empty, surrounding spaces removed. */
    static List<String> clean(String[] rec) {
        List<String> out = new ArrayList<>();
        for (String c : rec) out.add(c == null ? "" : c.strip());
        return out;
    }
}
