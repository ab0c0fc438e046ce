package nl.samenkracht.indicators.stats;

import nl.samenkracht.statistics.NaReason;
import nl.samenkracht.statistics.RankTestOptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The design choice of one pre/post cell, on hand-made counts (no Spark). */
class PrePostDesignTest {
    private static final PrePostKey KEY =
            new PrePostKey("inw", "2024-2025", StatisticsStage.ALL_RESPONDENTS, StatisticsStage.SCALE, "sa");

    /** One respondent, in both waves: a single pair is neither a paired nor an independent sample. */
    @Test
    void oneRespondentInBothWavesIsUndefined() {
        PrePostAnalysis.Sample s = new PrePostAnalysis.Sample();
        s.pre.add(3, 1);
        s.post.add(4, 1);
        s.pairs.put(new PrePostAnalysis.Pair(4, 3), 1L);
        PrePostTest l = PrePostAnalysis.analyse(KEY, s, "voormeting", "nameting", RankTestOptions.DEFAULT);
        assertEquals(PrePostDesign.INDEPENDENT, l.design());
        assertEquals(new AnalysisReason.Statistic(NaReason.Kind.FEWER_THAN_TWO_PAIRS), l.naReason());
        assertEquals(new PairingReason.OneLinkedPair(), l.designReason());
        assertTrue(Double.isNaN(l.p()));
        assertEquals(0, l.nUnlinked());
    }

    /**
     * One linked pair among 3 + 3 scores: Mann-Whitney on all scores. Hand-worked U for
     * x = post {3, 4, 5} against y = pre {2, 3, 4}: 3 beats 2 and ties 3 (1.5), 4 beats 2, 3
     * and ties 4 (2.5), 5 beats all (3) → U = 7.
     */
    @Test
    void oneLinkedPairFallsBackToMannWhitney() {
        PrePostAnalysis.Sample s = new PrePostAnalysis.Sample();
        for (double v : new double[] {2, 3, 4}) s.pre.add(v, 1);
        for (double v : new double[] {3, 4, 5}) s.post.add(v, 1);
        s.pairs.put(new PrePostAnalysis.Pair(4, 3), 1L);
        PrePostTest l = PrePostAnalysis.analyse(KEY, s, "voormeting", "nameting", RankTestOptions.DEFAULT);
        assertEquals(PrePostDesign.INDEPENDENT, l.design());
        assertEquals(7, l.statistic(), 0);
        assertEquals(1, l.nLinked());
        assertEquals(4, l.nUnlinked());
        assertNull(l.nPairs());
        assertNull(l.naReason());
    }

    /** The nameting anonymous, the voormeting not: the reason names the wave. */
    @Test
    void anonymousPostWaveIsNamed() {
        PrePostAnalysis.Sample s = new PrePostAnalysis.Sample();
        s.pre.add(2, 2);
        s.post.add(4, 2);
        s.anonymousPost = 2;
        PrePostTest l = PrePostAnalysis.analyse(KEY, s, "voormeting", "nameting", RankTestOptions.DEFAULT);
        assertEquals(new PairingReason.WaveAnonymous("nameting"), l.designReason());
    }
}
