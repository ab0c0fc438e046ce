package nl.samenkracht.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A failed write into the output, already told in plain words: what could not be written, where,
 * and why ({@link IoMessages#describe}). The pipeline passes it on as it is; any other I/O failure
 * while the report is written becomes one of these, naming the output folder, whichever layer
 * (Spark's Parquet writer, POI, ImageIO) noticed it first. A type, so that nobody has to guess from
 * a message's text whether it already names the cause.
 */
public final class WriteFailure extends UncheckedIOException {
    /**
     * @param what  e.g. "cannot create the output folder under"
     * @param where the folder or file
     */
    public WriteFailure(String what, Path where, IOException cause) {
        super(what + " " + where + ": " + IoMessages.describe(cause), cause);
    }
}
