package nl.samenkracht.coverage;

/** Progress of one Kotter phase on a reference date; {@code report.methods.KotterText} words it in Dutch. */
public enum KotterStatus {
    GEDAAN,
    BEZIG,
    NOG_NIET_GESTART
}
