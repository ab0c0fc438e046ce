package nl.samenkracht.indicators;

import nl.samenkracht.model.Codebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;

/**
 * The questionnaire's key figures for directie and bestuur: per scale, the mean score and the
 * share agreeing, per school year × location (and all locations), at the post wave when there is
 * one (where a year has only one wave, that wave), over all groups.
 */
public final class SurveyIndicators {
    private SurveyIndicators() {}

    public static List<IndicatorValue> fromDescriptives(List<DescriptiveRow> descriptives, Codebook codebook, String postWave) {
        return fromDescriptives(descriptives, codebook, postWave, Descriptives.ALL_GROUPS, null);
    }

    /**
     * The key figures of one respondent group: {@link Descriptives#ALL_GROUPS} (ids "instrument/scale/mean"),
     * or a focus group (ids "instrument/scale/mean@group", labels naming the group as {@code groupLabel}).
     */
    public static List<IndicatorValue> fromDescriptives(List<DescriptiveRow> descriptives, Codebook codebook, String postWave,
                                                        String group, String groupLabel) {
        List<IndicatorValue> out = new ArrayList<>();
        boolean all = Descriptives.ALL_GROUPS.equals(group);
        String idSuffix = all ? "" : "@" + group;
        String labelPart = all ? "" : " bij " + groupLabel;
        List<DescriptiveRow> scales = descriptives.stream().filter(r -> r.isScale() && group.equals(r.grp())).toList();
        Map<List<String>, String> waves = waves(scales, postWave);
        for (DescriptiveRow r : scales) {
            String year = r.schoolYear();
            String wave = r.wave();
            String instrument = r.instrument();
            if (!wave.equals(waves.get(List.of(instrument, year)))) continue;
            String scaleId = r.measure();
            Codebook.Scale scale = codebook.scale(instrument, scaleId);
            String label = scale == null ? scaleId : scale.label();
            String location = r.location();
            out.add(new IndicatorValue("vragenlijst", instrument + "/" + scaleId + "/mean" + idSuffix,
                    label + labelPart + " (gemiddelde, " + wave + ")", year, location, r.mean(), r.n(),
                    IndicatorValue.MEAN, null, true, group, null, true));
            out.add(new IndicatorValue("vragenlijst", instrument + "/" + scaleId + "/agree" + idSuffix,
                    label + labelPart + " (% eens, " + wave + ")", year, location, r.shareAgree(), r.n(),
                    IndicatorValue.SHARE, null, true, group, null, true));
        }
        return out;
    }

    /**
     * (instrument, school year) → the wave the key figures of that year use: the post wave when the year's
     * scale descriptives have it, else the first wave by name.
     */
    public static Map<List<String>, String> waves(List<DescriptiveRow> descriptives, String postWave) {
        Map<List<String>, Set<String>> present = new HashMap<>();
        for (DescriptiveRow r : descriptives)
            if (r.isScale()) present.computeIfAbsent(List.of(r.instrument(), r.schoolYear()), k -> new TreeSet<>()).add(r.wave());
        Map<List<String>, String> out = new HashMap<>();
        present.forEach((k, w) -> out.put(k, w.contains(postWave) ? postWave : w.iterator().next()));
        return out;
    }
}
