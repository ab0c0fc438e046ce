package nl.samenkracht.indicators.stats;

import java.util.List;
import nl.samenkracht.statistics.NaReason;

/**
 * Why a figure of an analysis result (pre/post, reliability, the design comparison) is missing: the statistic's
 * own reason, or one about the study's data that the statistics cannot know (a wave without scores, a scale
 * without respondents). Typed: {@code report.methods.NaReasonText} words it in Dutch for the na_reason columns.
 */
public sealed interface AnalysisReason permits AnalysisReason.Statistic, AnalysisReason.NoScoresIn,
        AnalysisReason.NoRespondents, AnalysisReason.NoScoresFor, AnalysisReason.NotTwoGroups {

    /** The statistic's reason. */
    record Statistic(NaReason reason) implements AnalysisReason {}

    /** No scores in these waves (one or both of pre and post, in that order). */
    record NoScoresIn(List<String> waves) implements AnalysisReason {
        public NoScoresIn {
            waves = List.copyOf(waves);
        }
    }

    /** A scale without any respondent who answered it (in this school year and wave). */
    record NoRespondents() implements AnalysisReason {}

    /** A side of a design comparison (a cohort or group) without scores. */
    record NoScoresFor(String side) implements AnalysisReason {}

    /** A group comparison of the design needs exactly two groups; the data have {@code found}. */
    record NotTwoGroups(int found) implements AnalysisReason {}

    /** The statistic's reason as an analysis reason; null for null. */
    static AnalysisReason of(NaReason reason) {
        return reason == null ? null : new Statistic(reason);
    }
}
