package nl.samenkracht.report.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import nl.samenkracht.indicators.stats.AnalysisReason;
import nl.samenkracht.indicators.stats.PairingReason;
import nl.samenkracht.statistics.NaReason;
import nl.samenkracht.statistics.NaReason.Kind;
import nl.samenkracht.statistics.ReliabilityWarning;
import org.junit.jupiter.api.Test;

/**
 * The na_reason, design_reason and warnings columns are output contract: each typed reason is worded exactly as the
 * statistics wrote it when they still held the Dutch (the expected texts are the literals of that code, commit
 * 3eae1e5), so a study's tables keep their bytes whichever reasons its data give, not only the sample's.
 */
class NaReasonTextTest {
    @Test
    void everyKindKeepsItsText() {
        Map<Kind, String> before = Map.ofEntries(
                Map.entry(Kind.NO_VALUES, "geen antwoorden"),
                Map.entry(Kind.SD_NEEDS_TWO_VALUES, "standaarddeviatie vraagt minstens 2 antwoorden"),
                Map.entry(Kind.FEWER_THAN_TWO_VALUES, "minder dan 2 antwoorden"),
                Map.entry(Kind.CONSTANT_ITEM, "constant item (variantie 0)"),
                Map.entry(Kind.ALL_VALUES_EQUAL, "alle waarden zijn gelijk"),
                Map.entry(Kind.ALL_DIFFERENCES_ZERO, "alle verschillen zijn 0"),
                Map.entry(Kind.FEWER_THAN_TWO_PAIRS, "minder dan 2 paren"),
                Map.entry(Kind.FEWER_THAN_TWO_GROUPS, "minder dan 2 groepen met antwoorden"),
                Map.entry(Kind.A_SAMPLE_WITHOUT_VALUES, "een van beide groepen heeft geen antwoorden"),
                Map.entry(Kind.A_GROUP_EMPTY, "een van beide groepen is leeg"),
                Map.entry(Kind.SCALE_WITHOUT_ITEMS, "schaal zonder items"),
                Map.entry(Kind.SCALE_OF_ONE_ITEM, "schaal met 1 item"),
                Map.entry(Kind.FEWER_THAN_TWO_ROWS, "minder dan 2 rijen"),
                Map.entry(Kind.TOTAL_VARIANCE_ZERO, "totale variantie is 0"),
                Map.entry(Kind.REST_VARIANCE_ZERO, "item-restcorrelatie: rest van de schaal heeft variantie 0"),
                Map.entry(Kind.ALPHA_IF_DELETED_ONE_ITEM, "alpha zonder dit item: schaal met 1 item"),
                Map.entry(Kind.ALPHA_IF_DELETED_VARIANCE_ZERO, "alpha zonder dit item: totale variantie is 0"));
        assertEquals(Kind.values().length, before.size(), "every kind is listed here");
        before.forEach((kind, text) -> assertEquals(text, NaReasonText.dutch(kind), kind.name()));
        assertNull(NaReasonText.dutch((NaReason) null));
    }

    @Test
    void reasonsWithItemsKeepTheirText() {
        assertEquals("minder dan 2 paren voor item 1 en item 2", NaReasonText.dutch(new NaReason.TooFewPairs("item 1", "item 2")));
        assertEquals("minder dan 2 items met variantie; weggelaten: a1 (constant item (variantie 0)), a2 (minder dan 2 antwoorden)",
                NaReasonText.dutch(new NaReason.TooFewItemsWithVariance(List.of(new NaReason.LeftOut("a1", Kind.CONSTANT_ITEM),
                        new NaReason.LeftOut("a2", Kind.FEWER_THAN_TWO_VALUES)))));
        assertEquals("schaal niet berekend: minder dan 2 paren voor a en b",
                NaReasonText.dutch(new NaReason.ScaleUndefined(new NaReason.TooFewPairs("a", "b"))));
        assertEquals("item-restcorrelatie: rest van de schaal heeft variantie 0; alpha zonder dit item: totale variantie is 0",
                NaReasonText.dutch(new NaReason.Both(Kind.REST_VARIANCE_ZERO, Kind.ALPHA_IF_DELETED_VARIANCE_ZERO)));
    }

    @Test
    void analysisReasonsKeepTheirText() {
        assertEquals("alle verschillen zijn 0", NaReasonText.dutch(new AnalysisReason.Statistic(Kind.ALL_DIFFERENCES_ZERO)));
        assertEquals("geen scores in de nameting", NaReasonText.dutch(new AnalysisReason.NoScoresIn(List.of("nameting"))));
        assertEquals("geen scores in voormeting en nameting",
                NaReasonText.dutch(new AnalysisReason.NoScoresIn(List.of("voormeting", "nameting"))));
        assertEquals("geen respondenten met antwoorden op deze schaal", NaReasonText.dutch(new AnalysisReason.NoRespondents()));
        assertEquals("geen scores voor 2024-2025", NaReasonText.dutch(new AnalysisReason.NoScoresFor("2024-2025")));
        assertEquals("groepsvergelijking vraagt precies 2 groepen, gevonden: 3", NaReasonText.dutch(new AnalysisReason.NotTwoGroups(3)));
        assertNull(NaReasonText.dutch((AnalysisReason) null));
    }

    @Test
    void pairingReasonsKeepTheirText() {
        assertEquals("6 gekoppelde paren", NaReasonText.dutch(new PairingReason.LinkedPairs(6)));
        assertEquals("anonieme metingen: niet te koppelen", NaReasonText.dutch(new PairingReason.AllAnonymous()));
        assertEquals("nameting anoniem: niet te koppelen", NaReasonText.dutch(new PairingReason.WaveAnonymous("nameting")));
        assertEquals("geen respondent in beide metingen: niet te koppelen", NaReasonText.dutch(new PairingReason.NoneInBothWaves()));
        assertEquals("1 gekoppeld paar: te weinig voor een gepaarde toets", NaReasonText.dutch(new PairingReason.OneLinkedPair()));
    }

    @Test
    void warningsKeepTheirTextJoined() {
        assertEquals("c2: constant item (variantie 0); telt niet mee in alpha; a5 correleert negatief met de rest van de schaal;"
                        + " controleer de omscoring; alpha listwise niet berekend: minder dan 2 volledig ingevulde rijen; alpha listwise"
                        + " niet berekend: totale variantie is 0 in de volledig ingevulde rijen",
                NaReasonText.dutch(List.of(new ReliabilityWarning.ItemLeftOut("c2", Kind.CONSTANT_ITEM),
                        new ReliabilityWarning.NegativeItem("a5"), ReliabilityWarning.Listwise.TOO_FEW_COMPLETE_ROWS,
                        ReliabilityWarning.Listwise.NO_VARIANCE_IN_COMPLETE_ROWS)));
        assertNull(NaReasonText.dutch(List.<ReliabilityWarning>of()));
    }
}
