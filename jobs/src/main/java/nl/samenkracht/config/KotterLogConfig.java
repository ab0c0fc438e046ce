package nl.samenkracht.config;

/**
 * A log of change-process activities per Kotter phase, under {@code coverage.kotter_log:}.
 *
 * @param file          CSV relative to the study folder: date; phase (1-8); description, with or
 *                      without a header row, {@code ;} or {@code ,} delimited
 * @param referenceDate the date progress is shown for (yyyy-mm-dd or dd-mm-yyyy); activities after
 *                      it are plans. Default: the day of the run (set it to make runs reproducible)
 */
public record KotterLogConfig(String file, String referenceDate) {}
