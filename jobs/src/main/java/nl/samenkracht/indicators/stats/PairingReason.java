package nl.samenkracht.indicators.stats;

/**
 * Why a pre/post comparison is paired or independent (column design_reason of tables/prepost.csv). Typed:
 * {@code report.methods.NaReasonText} words it in Dutch.
 */
public sealed interface PairingReason permits PairingReason.LinkedPairs, PairingReason.AllAnonymous,
        PairingReason.WaveAnonymous, PairingReason.NoneInBothWaves, PairingReason.OneLinkedPair {

    /** Paired: this many respondents linked between the waves. */
    record LinkedPairs(int n) implements PairingReason {}

    /** Independent: both waves anonymous. */
    record AllAnonymous() implements PairingReason {}

    /** Independent: this wave anonymous. */
    record WaveAnonymous(String wave) implements PairingReason {}

    /** Independent: no respondent in both waves. */
    record NoneInBothWaves() implements PairingReason {}

    /** Independent: one linked pair, too few for a paired test. */
    record OneLinkedPair() implements PairingReason {}
}
