package nl.samenkracht.report.methods;

import java.util.ArrayList;
import java.util.List;
import nl.samenkracht.indicators.stats.AnalysisReason;
import nl.samenkracht.indicators.stats.PairingReason;
import nl.samenkracht.statistics.NaReason;
import nl.samenkracht.statistics.ReliabilityWarning;

/**
 * The Dutch wording of why a figure is missing ({@link NaReason}, {@link AnalysisReason}), of why a pre/post
 * comparison is paired or not ({@link PairingReason}) and of a scale's {@link ReliabilityWarning}s, as they stand in
 * the tables' columns na_reason, design_reason and warnings (the output contract: these texts are the ones the
 * statistics wrote themselves before they became typed, character for character).
 */
public final class NaReasonText {
    private NaReasonText() {}

    /** The Dutch reason, or null for none. */
    public static String dutch(NaReason reason) {
        if (reason == null) return null;
        if (reason instanceof NaReason.Kind k) return dutch(k);
        if (reason instanceof NaReason.TooFewPairs p) return "minder dan 2 paren voor " + p.itemA() + " en " + p.itemB();
        if (reason instanceof NaReason.TooFewItemsWithVariance t) {
            List<String> left = new ArrayList<>();
            for (NaReason.LeftOut l : t.leftOut()) left.add(l.item() + " (" + dutch(l.reason()) + ")");
            return "minder dan 2 items met variantie; weggelaten: " + String.join(", ", left);
        }
        if (reason instanceof NaReason.ScaleUndefined s) return "schaal niet berekend: " + dutch(s.scale());
        if (reason instanceof NaReason.Both b) return dutch(b.first()) + "; " + dutch(b.second());
        throw new IllegalArgumentException("no Dutch wording for " + reason);
    }

    private static String dutch(NaReason.Kind kind) {
        return switch (kind) {
            case NO_VALUES -> "geen antwoorden";
            case SD_NEEDS_TWO_VALUES -> "standaarddeviatie vraagt minstens 2 antwoorden";
            case FEWER_THAN_TWO_VALUES -> "minder dan 2 antwoorden";
            case CONSTANT_ITEM -> "constant item (variantie 0)";
            case ALL_VALUES_EQUAL -> "alle waarden zijn gelijk";
            case ALL_DIFFERENCES_ZERO -> "alle verschillen zijn 0";
            case FEWER_THAN_TWO_PAIRS -> "minder dan 2 paren";
            case FEWER_THAN_TWO_GROUPS -> "minder dan 2 groepen met antwoorden";
            case A_SAMPLE_WITHOUT_VALUES -> "een van beide groepen heeft geen antwoorden";
            case A_GROUP_EMPTY -> "een van beide groepen is leeg";
            case SCALE_WITHOUT_ITEMS -> "schaal zonder items";
            case SCALE_OF_ONE_ITEM -> "schaal met 1 item";
            case FEWER_THAN_TWO_ROWS -> "minder dan 2 rijen";
            case TOTAL_VARIANCE_ZERO -> "totale variantie is 0";
            case REST_VARIANCE_ZERO -> "item-restcorrelatie: rest van de schaal heeft variantie 0";
            case ALPHA_IF_DELETED_ONE_ITEM -> "alpha zonder dit item: schaal met 1 item";
            case ALPHA_IF_DELETED_VARIANCE_ZERO -> "alpha zonder dit item: totale variantie is 0";
        };
    }

    /** The Dutch reason, or null for none. */
    public static String dutch(AnalysisReason reason) {
        if (reason == null) return null;
        if (reason instanceof AnalysisReason.Statistic s) return dutch(s.reason());
        if (reason instanceof AnalysisReason.NoScoresIn n)
            return n.waves().size() == 1 ? "geen scores in de " + n.waves().get(0) : "geen scores in " + String.join(" en ", n.waves());
        if (reason instanceof AnalysisReason.NoRespondents) return "geen respondenten met antwoorden op deze schaal";
        if (reason instanceof AnalysisReason.NoScoresFor n) return "geen scores voor " + n.side();
        if (reason instanceof AnalysisReason.NotTwoGroups g) return "groepsvergelijking vraagt precies 2 groepen, gevonden: " + g.found();
        throw new IllegalArgumentException("no Dutch wording for " + reason);
    }

    /** The Dutch design reason (column design_reason), or null for none. */
    public static String dutch(PairingReason reason) {
        if (reason == null) return null;
        if (reason instanceof PairingReason.LinkedPairs p) return p.n() + " gekoppelde paren";
        if (reason instanceof PairingReason.AllAnonymous) return "anonieme metingen: niet te koppelen";
        if (reason instanceof PairingReason.WaveAnonymous w) return w.wave() + " anoniem: niet te koppelen";
        if (reason instanceof PairingReason.NoneInBothWaves) return "geen respondent in beide metingen: niet te koppelen";
        if (reason instanceof PairingReason.OneLinkedPair) return "1 gekoppeld paar: te weinig voor een gepaarde toets";
        throw new IllegalArgumentException("no Dutch wording for " + reason);
    }

    /** One warning in Dutch. */
    public static String dutch(ReliabilityWarning warning) {
        if (warning instanceof ReliabilityWarning.ItemLeftOut l)
            return l.item() + ": " + dutch(l.reason()) + "; telt niet mee in alpha";
        if (warning instanceof ReliabilityWarning.NegativeItem n)
            return n.item() + " correleert negatief met de rest van de schaal; controleer de omscoring";
        if (warning instanceof ReliabilityWarning.Listwise l) return switch (l) {
            case TOO_FEW_COMPLETE_ROWS -> "alpha listwise niet berekend: minder dan 2 volledig ingevulde rijen";
            case NO_VARIANCE_IN_COMPLETE_ROWS -> "alpha listwise niet berekend: totale variantie is 0 in de volledig ingevulde rijen";
        };
        throw new IllegalArgumentException("no Dutch wording for " + warning);
    }

    /** The warnings of one scale in Dutch, joined with "; " (column warnings), or null for none. */
    public static String dutch(List<ReliabilityWarning> warnings) {
        if (warnings == null || warnings.isEmpty()) return null;
        List<String> out = new ArrayList<>();
        for (ReliabilityWarning w : warnings) out.add(dutch(w));
        return String.join("; ", out);
    }
}
