package nl.samenkracht.config;

import java.util.List;

/**
 * One questionnaire item.
 *
 * @param id          short id used in tables (e.g. "str1")
 * @param column      exact header of the column (whitespace and case are folded)
 * @param pattern     or: a regular expression that must match exactly one header
 * @param text        question text for the codebook (default: the matched header)
 * @param scale       scale id within the instrument, or null for a stand-alone item
 * @param reverse     reverse-keyed: scored as (min + max) − x in every statistic
 * @param answerScale answer scale id, overriding the instrument's
 * @param type        likert (default) or open (free text, only in the researcher workbook)
 * @param factors     success factors this item gives evidence for ("framework/factor")
 */
public record ItemConfig(String id, String column, String pattern, String text, String scale, Boolean reverse,
                         String answerScale, String type, List<String> factors) {
    public ItemConfig {
        if (reverse == null) reverse = false;
        if (type == null) type = "likert";
        if (factors == null) factors = List.of();
    }

    public boolean isOpen() {
        return "open".equals(type);
    }
}
