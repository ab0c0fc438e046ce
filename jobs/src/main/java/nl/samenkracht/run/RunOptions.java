package nl.samenkracht.run;

import java.nio.file.Path;

/**
 * Command-line choices for one run.
 *
 * @param master     Spark master (default local[*])
 * @param outputRoot overrides the study's output folder
 * @param runName    folder name of this run (default: the latest school year in the data)
 */
public record RunOptions(String master, Path outputRoot, String runName) {}
