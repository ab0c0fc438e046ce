package nl.samenkracht.statistics;

/** Which test of two proportions gave a {@link ProportionTestResult}; {@code report} names it in Dutch. */
public enum ProportionTest {
    /** The pooled two-proportion z-test ({@link TwoProportionTest}). */
    Z_TEST,
    /** Fisher's exact test ({@link FisherExact}). */
    FISHER
}
