package nl.samenkracht.generate;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One filled-in questionnaire as it will appear in an export.
 *
 * @param employment  who, where, new or experienced
 * @param wave        voormeting or nameting
 * @param started     Begintijd (Microsoft Forms only)
 * @param completed   Tijd van voltooien / Tijdstempel
 * @param email       the e-mail address as written in the export (may differ in case or spaces)
 * @param answers     16 answer labels in questionnaire order
 * @param open        answer to the open question, or null
 * @param blemish     what is deliberately odd about this row, or null
 */
record Submission(Employment employment, Wave wave, LocalDateTime started, LocalDateTime completed, String email,
                  List<String> answers, String open, String blemish) {
    Submission {
        answers = List.copyOf(answers);
    }

    Submission withAnswer(int index, String label, String note) {
        List<String> a = new java.util.ArrayList<>(answers);
        a.set(index, label);
        return new Submission(employment, wave, started, completed, email, a, open, note(note));
    }

    Submission withEmail(String written, String note) {
        return new Submission(employment, wave, started, completed, written, answers, open, note(note));
    }

    Submission withOpen(String text, String note) {
        return new Submission(employment, wave, started, completed, email, answers, text, note(note));
    }

    Submission withBlemish(String note) {
        return new Submission(employment, wave, started, completed, email, answers, open, note(note));
    }

    private String note(String more) {
        return blemish == null ? more : blemish + "; " + more;
    }
}
