package nl.samenkracht.validate;

/**
 * One thing {@code validate} found. {@link Kind#CONFIG} and {@link Kind#INPUT} stop a run (exit 2 and 1,
 * as docs/cli.md says); a {@link Kind#WARNING} does not.
 *
 * @param where   the study file, or the export (relative to the study folder)
 * @param message English, never with cell contents of an input file
 */
public record Problem(Kind kind, String where, String message) {
    public enum Kind {
        CONFIG("config error"), INPUT("input error"), WARNING("warning");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @Override
    public String toString() {
        return kind.label + ": " + (where == null || message.startsWith(where) ? "" : where + ": ") + message;
    }
}
