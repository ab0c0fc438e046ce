package nl.samenkracht.indicators.stats;

/** One measure (level {@link StatisticsStage#SCALE} or {@link StatisticsStage#ITEM}, scale or item id) within a setting. */
public record GroupKey(GroupSetting setting, String level, String measure) {}
