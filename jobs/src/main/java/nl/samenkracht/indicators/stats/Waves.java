package nl.samenkracht.indicators.stats;

import java.util.Comparator;

/** Order of waves in tables and charts: the pre wave, the post wave, then any other wave by name. */
record Waves(String pre, String post) implements Comparator<String> {
    @Override
    public int compare(String a, String b) {
        int ra = rank(a);
        int rb = rank(b);
        return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
    }

    private int rank(String w) {
        if (w.equals(pre)) return 0;
        if (w.equals(post)) return 1;
        if (w.equals(StatisticsStage.ALL)) return 3;
        return 2;
    }
}
