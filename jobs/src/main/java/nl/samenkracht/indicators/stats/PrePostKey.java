package nl.samenkracht.indicators.stats;

/**
 * One pre/post comparison: instrument × school year × subset ({@link StatisticsStage#ALL_RESPONDENTS} or
 * "groep: …") × level ({@link StatisticsStage#SCALE} or {@link StatisticsStage#ITEM}) × scale or item id.
 */
public record PrePostKey(String instrument, String schoolYear, String subset, String level, String measure) {}
