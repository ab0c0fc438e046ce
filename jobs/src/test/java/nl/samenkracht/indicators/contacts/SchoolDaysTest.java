package nl.samenkracht.indicators.contacts;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The longest gap read from a bitmap of contact days ({@link CounterpartMeasures.SchoolDays}) against the
 * definition it replaced: the largest difference between a contact's date and the previous one in date order.
 */
class SchoolDaysTest {

    @Test
    void gapsAcrossWordBoundariesAndTheWholeYear() {
        // 1 Aug (day 0) and 31 Jul of a leap school year (day 365): the first and the last bit used
        assertEquals(365, longest(0, 365));
        // days 63 and 64 sit in different words
        assertEquals(1, longest(63, 64));
        assertEquals(128, longest(0, 128, 129));
        // every day of the year
        int[] all = new int[366];
        for (int d = 0; d < all.length; d++) all[d] = d;
        assertEquals(1, longest(all));
        // contacts on one day only: gap 0 (the caller gives null for a single contact)
        assertEquals(0, longest(200));
    }

    @Test
    void sameAsConsecutiveDatesInDateOrder() {
        Random random = new Random(13);
        LocalDate start = LocalDate.of(2023, 8, 1);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 2 + random.nextInt(12);
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < n; i++) dates.add(start.plusDays(random.nextInt(366)));
            List<LocalDate> sorted = new ArrayList<>(dates);
            sorted.sort(null);
            long expected = 0;
            for (int i = 1; i < sorted.size(); i++) expected = Math.max(expected, ChronoUnit.DAYS.between(sorted.get(i - 1), sorted.get(i)));
            int[] days = dates.stream().mapToInt(d -> (int) ChronoUnit.DAYS.between(start, d)).toArray();
            Long[] words = bitmap(days);
            assertEquals((int) expected, new CounterpartMeasures.SchoolDays.Gap().call((long) n, words[0], words[1], words[2], words[3],
                    words[4], words[5]), dates.toString());
        }
    }

    @Test
    void aSingleContactHasNoGap() {
        Long[] words = bitmap(10);
        assertEquals(null, new CounterpartMeasures.SchoolDays.Gap().call(1L, words[0], words[1], words[2], words[3], words[4], words[5]));
    }

    private static int longest(int... days) {
        Long[] w = bitmap(days);
        long[] words = new long[w.length];
        for (int i = 0; i < w.length; i++) words[i] = w[i];
        return CounterpartMeasures.SchoolDays.longest(words);
    }

    /** What the bit_or of SchoolDays.word gives for these days. */
    private static Long[] bitmap(int... days) {
        Long[] words = new Long[CounterpartMeasures.SchoolDays.WORDS];
        java.util.Arrays.fill(words, 0L);
        for (int d : days) words[d / 64] |= 1L << (d % 64);
        return words;
    }
}
