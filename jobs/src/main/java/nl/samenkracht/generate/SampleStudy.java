package nl.samenkracht.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Everything in the sample before it is written: the roster, who responded when with what,
 * and the planted blemishes. Each concern draws from its own random stream (derived from the
 * seed), so changing, say, the open answers does not reshuffle the scores.
 */
final class SampleStudy {
    /** Per wave this many staff do not respond: 9 of 73-74, a response of about 88%. */
    static final int NONRESPONDENTS_PER_WAVE = 9;

    private final StaffRoster roster;
    private final List<SurveyFile> files;
    private final List<Blemish> blemishes;

    private SampleStudy(StaffRoster roster, List<SurveyFile> files, List<Blemish> blemishes) {
        this.roster = roster;
        this.files = List.copyOf(files);
        this.blemishes = List.copyOf(blemishes);
    }

    StaffRoster roster() {
        return roster;
    }

    List<SurveyFile> files() {
        return files;
    }

    List<Blemish> blemishes() {
        return blemishes;
    }

    SurveyFile file(String schoolYear, Wave wave) {
        return files.stream().filter(f -> f.schoolYear().equals(schoolYear) && f.wave() == wave).findFirst().orElseThrow();
    }

    static SampleStudy generate(long seed) {
        StaffRoster roster = StaffRoster.build(LocationPlan.SAMPLE, stream(seed, 1));
        Random response = stream(seed, 2);
        AnswerModel model = new AnswerModel(stream(seed, 3));
        Random times = stream(seed, 4);
        OpenAnswers texts = new OpenAnswers(stream(seed, 5));
        Random blemish = stream(seed, 6);

        List<List<Submission>> waves = new ArrayList<>();
        for (String year : List.of(StaffRoster.FIRST_YEAR, StaffRoster.SECOND_YEAR)) {
            List<Employment> staff = roster.in(year);
            for (Wave wave : Wave.values()) {
                List<Employment> shuffled = new ArrayList<>(staff);
                java.util.Collections.shuffle(shuffled, response);
                Set<Employment> absent = new HashSet<>(shuffled.subList(0, NONRESPONDENTS_PER_WAVE));
                LocalDate[] window = window(year, wave);
                List<Submission> rows = new ArrayList<>();
                for (Employment e : staff) {
                    if (absent.contains(e)) continue;
                    LocalDateTime done = completedBetween(window[0], window[1], times);
                    rows.add(new Submission(e, wave, done.minusSeconds(150 + times.nextInt(750)), done,
                            e.person().email(), labels(model.answers(e, wave)), texts.maybe(e.group(), year, wave), null));
                }
                waves.add(rows);
            }
        }
        List<Submission> pre1 = waves.get(0), pre2 = waves.get(2), post2 = waves.get(3);
        Set<Integer> marked = new HashSet<>();

        // "Weet ik niet": a label the built-in scales count as missing, once in three files.
        dontKnow(pre1, "ond2", blemish, marked);
        dontKnow(pre2, "con3", blemish, marked);
        dontKnow(post2, "ond3", blemish, marked);

        // One person submitted the voormeting 2024-2025 twice, two to three days apart; the later counts.
        int d = pick(pre2, blemish, marked, s -> !s.completed().toLocalDate().isBefore(window(StaffRoster.SECOND_YEAR, Wave.VOORMETING)[0].plusDays(4)));
        Submission later = pre2.get(d);
        LocalDateTime firstDone = later.completed().minusDays(2).minusSeconds(3600 + blemish.nextInt(86400 - 7200));
        Submission earlier = new Submission(later.employment(), later.wave(), firstDone.minusSeconds(200 + blemish.nextInt(400)), firstDone,
                later.email(), labels(model.answers(later.employment(), Wave.VOORMETING)), null,
                "dubbele inzending, de eerste: telt niet (de latere inzending van dezelfde persoon telt)");
        pre2.set(d, later.withBlemish("dubbele inzending, de laatste: deze telt"));
        pre2.add(earlier);

        // The same person types the e-mail address differently in the two waves of 2024-2025.
        Set<Integer> inPre2 = new HashSet<>();
        for (Submission s : pre2) inPre2.add(s.employment().person().id());
        int m = pick(post2, blemish, marked, s -> inPre2.contains(s.employment().person().id()));
        Submission typed = post2.get(m);
        post2.set(m, typed.withEmail(" " + capitalised(typed.email()) + " ",
                "e-mailadres met hoofdletters en spaties (voormeting: " + typed.email() + "); normaliseren koppelt ze"));

        // CSV traps in the Google Forms download: a line break, and a comma with quotes, inside answers.
        int lb = pick(post2, blemish, marked, s -> true);
        post2.set(lb, post2.get(lb).withOpen(OpenAnswers.WITH_LINE_BREAK, "open antwoord met een regelovergang (tussen aanhalingstekens)"));
        int cq = pick(post2, blemish, marked, s -> true);
        post2.set(cq, post2.get(cq).withOpen(OpenAnswers.WITH_COMMA_AND_QUOTE, "open antwoord met komma en aanhalingstekens"));

        List<SurveyFile> files = new ArrayList<>();
        List<Blemish> blemishes = new ArrayList<>();
        int i = 0;
        for (String year : List.of(StaffRoster.FIRST_YEAR, StaffRoster.SECOND_YEAR)) {
            for (Wave wave : Wave.values()) {
                List<Submission> rows = new ArrayList<>(waves.get(i++));
                rows.sort(Comparator.comparing(Submission::completed).thenComparing(s -> s.employment().person().id()));
                boolean google = year.equals(StaffRoster.SECOND_YEAR) && wave == Wave.NAMETING;
                SurveyFile f = new SurveyFile(SurveyFile.name(year, wave, google), year, wave, google, rows);
                files.add(f);
                for (int r = 0; r < rows.size(); r++) {
                    Submission s = rows.get(r);
                    if (s.blemish() != null) blemishes.add(new Blemish(f.fileName(), r + 2, s.employment().person().displayName(), s.blemish()));
                }
            }
        }
        return new SampleStudy(roster, files, blemishes);
    }

    /** Fieldwork windows: voormeting in September, nameting in May/June of the following calendar year. */
    static LocalDate[] window(String schoolYear, Wave wave) {
        int start = Integer.parseInt(schoolYear.substring(0, 4));
        return wave == Wave.VOORMETING
                ? new LocalDate[]{LocalDate.of(start, 9, start == 2023 ? 11 : 9), LocalDate.of(start, 9, start == 2023 ? 29 : 27)}
                : new LocalDate[]{LocalDate.of(start + 1, 5, start == 2023 ? 21 : 12), LocalDate.of(start + 1, 6, start == 2023 ? 14 : 6)};
    }

    /** A weekday in the window; mostly during or after school hours, some in the evening. */
    private static LocalDateTime completedBetween(LocalDate from, LocalDate to, Random r) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1))
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) days.add(d);
        LocalDate day = days.get(r.nextInt(days.size()));
        int second = r.nextDouble() < 0.75 ? 8 * 3600 + r.nextInt(9 * 3600 + 1800) : 19 * 3600 + r.nextInt(3 * 3600);
        return day.atStartOfDay().plusSeconds(second);
    }

    private static List<String> labels(List<Integer> values) {
        return values.stream().map(v -> SampleQuestions.EENS5.get(v - 1)).toList();
    }

    private static void dontKnow(List<Submission> rows, String item, Random r, Set<Integer> marked) {
        int i = pick(rows, r, marked, s -> true);
        rows.set(i, rows.get(i).withAnswer(SampleQuestions.itemIndex(item), SampleQuestions.DONT_KNOW,
                "'" + SampleQuestions.DONT_KNOW + "' bij " + item + " (telt als ontbrekend)"));
    }

    /** A random row whose person has no blemish yet, so each blemish stays easy to find. */
    private static int pick(List<Submission> rows, Random r, Set<Integer> marked, java.util.function.Predicate<Submission> ok) {
        while (true) {
            int i = r.nextInt(rows.size());
            Submission s = rows.get(i);
            if (ok.test(s) && marked.add(s.employment().person().id())) return i;
        }
    }

    /** "lotte.dekker@kompasroos.nl" → "Lotte.Dekker@Kompasroos.nl". */
    static String capitalised(String email) {
        int at = email.indexOf('@');
        StringBuilder b = new StringBuilder(email.length());
        boolean up = true;
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            b.append(up ? Character.toUpperCase(c) : c);
            up = i < at ? c == '.' : c == '@';
        }
        return b.toString();
    }

    /** An independent random stream per concern: the seed mixed with the stream number (SplitMix64 finaliser). */
    static Random stream(long seed, int streamNo) {
        long z = seed + streamNo * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }
}
