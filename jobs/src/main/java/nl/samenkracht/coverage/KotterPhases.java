package nl.samenkracht.coverage;

/**
 * Kotter's eight phases, by number, and their factors in the built-in {@code inwerken} framework
 * ({@code kotter-1} … {@code kotter-8}). Their Dutch names are report text: {@code report.methods.KotterText}.
 */
public final class KotterPhases {
    public static final int COUNT = 8;

    private KotterPhases() {}

    /** The factor id of the phase in the {@code inwerken} framework. */
    public static String factorId(int phase) {
        check(phase);
        return "kotter-" + phase;
    }

    static void check(int phase) {
        if (phase < 1 || phase > COUNT) {
            throw new FrameworkException("Kotter phase " + phase + " does not exist: the model has phases 1 to 8");
        }
    }
}
