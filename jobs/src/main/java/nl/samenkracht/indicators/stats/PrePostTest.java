package nl.samenkracht.indicators.stats;

/**
 * One pre/post comparison (a row of tables/prepost.csv). Missing numbers are NaN, missing counts null.
 *
 * @param key          what was compared
 * @param design       paired or independent; null when a wave has no scores
 * @param nPre         scores tested in the pre wave (the pairs in the paired design)
 * @param nPost        scores tested in the post wave
 * @param nPairs       linked pairs tested (paired design only)
 * @param statistic    V (paired) or U (independent)
 * @param effectR      z / √n
 * @param rbLower      lower end of the rank-biserial's 95% interval
 * @param rbUpper      upper end of the rank-biserial's 95% interval
 * @param pMethod      how p was computed (exact, normal approximation …)
 * @param nZero        zero differences (paired design only)
 * @param designReason why this design
 * @param nLinked      respondents linked between the waves
 * @param nUnlinked    scores without a partner
 * @param naReason     why a value is missing, or null
 * @param hlLower      lower end of the Hodges-Lehmann 95% interval
 * @param hlUpper      upper end of the Hodges-Lehmann 95% interval
 * @param sdPre        SD (n − 1) of the tested pre scores
 * @param sdPost       SD (n − 1) of the tested post scores
 * @param pHolm        Holm-adjusted p within school year × subset × level
 */
public record PrePostTest(PrePostKey key, PrePostDesign design, Integer nPre, Integer nPost, Integer nPairs,
                          double medianPre, double medianPost, double meanPre, double meanPost, double statistic,
                          double z, double p, double effectR, double rankBiserial, double rbLower, double rbUpper,
                          double hodgesLehmann, nl.samenkracht.statistics.PMethod pMethod, Integer nZero, PairingReason designReason, int nLinked,
                          int nUnlinked, AnalysisReason naReason, double hlLower, double hlUpper, double sdPre, double sdPost,
                          double pHolm) {
    /** This comparison with its Holm-adjusted p. */
    PrePostTest withPHolm(double adjusted) {
        return new PrePostTest(key, design, nPre, nPost, nPairs, medianPre, medianPost, meanPre, meanPost, statistic, z, p,
                effectR, rankBiserial, rbLower, rbUpper, hodgesLehmann, pMethod, nZero, designReason, nLinked, nUnlinked,
                naReason, hlLower, hlUpper, sdPre, sdPost, adjusted);
    }
}
