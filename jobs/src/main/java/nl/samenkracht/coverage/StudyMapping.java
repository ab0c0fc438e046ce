package nl.samenkracht.coverage;

/**
 * An evidence rule a study adds to a factor (from study.yaml). A study rule with the same kind and
 * ref as one of the factor's default rules replaces that default (so a study can set its own
 * target); otherwise it is added after the defaults.
 *
 * @param framework framework id
 * @param factor    factor id within that framework
 * @param rule      the evidence rule
 */
public record StudyMapping(String framework, String factor, EvidenceRule rule) {

    /** A mapping from a {@code framework/factor} reference, e.g. {@code rug-succesfactoren/rug-10}. */
    public static StudyMapping of(String factorRef, EvidenceRule rule) {
        int slash = factorRef == null ? -1 : factorRef.indexOf('/');
        if (slash <= 0 || slash == factorRef.length() - 1) {
            throw new FrameworkException("'" + factorRef + "' is not a factor reference: expected 'framework/factor', "
                    + "e.g. 'rug-succesfactoren/rug-10'");
        }
        return new StudyMapping(factorRef.substring(0, slash), factorRef.substring(slash + 1), rule);
    }
}
