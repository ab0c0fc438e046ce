package nl.samenkracht.cli;

/** Documented in docs/cli.md. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Input problems: a file that cannot be read, or more rejected rows than options.reject_threshold allows. */
    public static final int INPUT = 1;
    /** study.yaml is invalid, or points at files or columns that are not there. */
    public static final int CONFIG = 2;
    /** The output could not be written (disk full, no permission). */
    public static final int OUTPUT = 3;
    /** A bug: the message says where the details were logged. */
    public static final int INTERNAL = 4;
    /** Wrong command-line usage. */
    public static final int USAGE = 64;

    private ExitCodes() {}
}
