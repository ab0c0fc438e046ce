package nl.samenkracht.indicators.interviews;

import java.util.Locale;

/**
 * Short reject reasons for counting (data-quality sheet, run.json): the readers give one full Dutch
 * message per record ("Geen code: kolom 'Code' is leeg"); the category is its stable part ("geen
 * code"), the full message stays in the reject's detail.
 */
final class RejectReasons {
    private RejectReasons() {}

    static String category(String message) {
        String m = message.strip();
        if (m.startsWith("Rij heeft ")) return "verkeerd aantal velden";
        if (m.contains("tegenstrijdige")) return "tegenstrijdige documentgroepen";
        if (m.startsWith("Onbekende code-verwijzing")) return "onbekende code";
        if (m.startsWith("Geen tekstselectie")) return "geen tekstselectie";
        int colon = m.indexOf(':');
        String head = colon > 0 ? m.substring(0, colon) : m;
        // A head with quotes or digits carries data (a name, a position): not a stable category.
        if (colon > 0 && head.length() <= 40 && !head.matches(".*['\"\\d].*")) return head.toLowerCase(Locale.ROOT);
        return m;
    }
}
