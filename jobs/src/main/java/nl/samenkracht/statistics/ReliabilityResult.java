package nl.samenkracht.statistics;

import java.util.List;

/**
 * Cronbach's alpha of one scale, as R's {@code psych::alpha}.
 *
 * @param nItems            items in the input (including constant items that were left out)
 * @param nRows             rows in the input (respondents); also the n of the Feldt interval
 * @param nComplete         rows with every non-constant item answered (the listwise n)
 * @param alphaListwise     raw alpha over the complete rows only
 * @param alphaPairwise     raw alpha from the pairwise covariance matrix (psych's
 *                          {@code raw_alpha}, the main figure)
 * @param feldtLower        Feldt 95% lower bound of alphaPairwise (psych's {@code alpha.ci})
 * @param feldtUpper        Feldt 95% upper bound
 * @param averageInterItemR psych's {@code average_r}: mean off-diagonal entry of cov2cor(C)
 * @param items             one entry per input column, in column order
 * @param warnings          warnings for the report (negatively correlating items, left-out
 *                          constant items, an undefined listwise alpha)
 * @param naReason          null when alphaPairwise is defined, else why; then every
 *                          scale-level figure is NaN. A NaN alphaListwise next to a defined
 *                          alphaPairwise is explained in {@code warnings}.
 */
public record ReliabilityResult(
        int nItems,
        int nRows,
        int nComplete,
        double alphaListwise,
        double alphaPairwise,
        double feldtLower,
        double feldtUpper,
        double averageInterItemR,
        List<ItemReliability> items,
        List<ReliabilityWarning> warnings,
        NaReason naReason) {

    public ReliabilityResult {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}
