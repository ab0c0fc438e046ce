package nl.samenkracht.run;

import java.nio.file.Path;

/**
 * Command-line choices for one run.
 *
 * @param master     Spark master (default local[*])
 * @param outputRoot overrides the study's output folder
 * @param runName    folder name of this run (default: the latest school year in the data)
 * @param workDir    where converted inputs (xlsx → CSV, Windows-1252 → UTF-8) go; on a real cluster
 *                   this must be storage every executor reads (default: a local temp folder)
 */
public record RunOptions(String master, Path outputRoot, String runName, Path workDir) {
    public RunOptions(String master, Path outputRoot, String runName) {
        this(master, outputRoot, runName, null);
    }
}
