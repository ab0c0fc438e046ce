package nl.samenkracht.indicators.stats;

import java.util.List;

/**
 * What the statistics stage produced, as typed results; {@code report} decides tables, charts and the
 * methods text.
 *
 * @param reliability      one per instrument × scale × school year × wave, then one over every wave
 *                         ({@link StatisticsStage#ALL}) per instrument × scale
 * @param reliabilityItems one per item of each of those
 * @param prepost          pre/post per instrument × school year × subset × level × scale or item, in table order
 * @param groups           Mann-Whitney, Kruskal-Wallis and Dunn rows, in table order
 * @param spreads          the pre/post chart's medians and quartiles per instrument × school year × scale × wave
 * @param warnings         Dutch warnings for the run log
 */
public record StatisticsResults(List<ScaleAlpha> reliability, List<ItemAlpha> reliabilityItems, List<PrePostTest> prepost,
                                List<GroupTest> groups, List<ScoreSpread> spreads, List<String> warnings) {
    public StatisticsResults {
        reliability = List.copyOf(reliability);
        reliabilityItems = List.copyOf(reliabilityItems);
        prepost = List.copyOf(prepost);
        groups = List.copyOf(groups);
        spreads = List.copyOf(spreads);
        warnings = List.copyOf(warnings);
    }
}
