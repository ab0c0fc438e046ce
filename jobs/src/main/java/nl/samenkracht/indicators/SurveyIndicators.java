package nl.samenkracht.indicators;

import nl.samenkracht.model.Codebook;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The questionnaire's key figures for directie and bestuur: per scale, the mean score and the
 * share agreeing, per school year × location (and all locations), at the post wave when there is
 * one (where a year has only one wave, that wave), over all groups.
 */
public final class SurveyIndicators {
    private SurveyIndicators() {}

    public static List<IndicatorValue> fromDescriptives(Table descriptives, Codebook codebook, String postWave) {
        return fromDescriptives(descriptives, codebook, postWave, Descriptives.ALL_GROUPS, null);
    }

    /**
     * The key figures of one respondent group: {@link Descriptives#ALL_GROUPS} (ids "instrument/scale/mean"),
     * or a focus group (ids "instrument/scale/mean@group", labels naming the group as {@code groupLabel}).
     */
    public static List<IndicatorValue> fromDescriptives(Table descriptives, Codebook codebook, String postWave,
                                                        String group, String groupLabel) {
        List<IndicatorValue> out = new ArrayList<>();
        if (descriptives.rowCount() == 0) return out;
        boolean all = Descriptives.ALL_GROUPS.equals(group);
        String idSuffix = all ? "" : "@" + group;
        String labelPart = all ? "" : " bij " + groupLabel;
        Table scales = descriptives.where(descriptives.stringColumn("level").isEqualTo("schaal")
                .and(descriptives.stringColumn("grp").isEqualTo(group)));
        for (int i = 0; i < scales.rowCount(); i++) {
            String year = scales.stringColumn("school_year").get(i);
            String wave = scales.stringColumn("wave").get(i);
            String instrument = scales.stringColumn("instrument").get(i);
            if (!wave.equals(waveFor(scales, instrument, year, postWave))) continue;
            String scaleId = scales.stringColumn("measure").get(i);
            Codebook.Scale scale = codebook.scale(instrument, scaleId);
            String label = scale == null ? scaleId : scale.label();
            String location = scales.stringColumn("location").get(i);
            long n = ((Number) scales.column("n").get(i)).longValue();
            out.add(new IndicatorValue("vragenlijst", instrument + "/" + scaleId + "/mean" + idSuffix,
                    label + labelPart + " (gemiddelde, " + wave + ")", year, location, scales.doubleColumn("mean").get(i), n,
                    IndicatorValue.MEAN, null, true, group, null, true));
            out.add(new IndicatorValue("vragenlijst", instrument + "/" + scaleId + "/agree" + idSuffix,
                    label + labelPart + " (% eens, " + wave + ")", year, location, scales.doubleColumn("share_agree").get(i), n,
                    IndicatorValue.SHARE, null, true, group, null, true));
        }
        return out;
    }

    /** (instrument, school year) → the wave the key figures of that year use: the post wave when there is one. */
    public static java.util.Map<List<String>, String> waves(Table descriptives, String postWave) {
        java.util.Map<List<String>, String> out = new java.util.HashMap<>();
        if (descriptives.rowCount() == 0) return out;
        Table scales = descriptives.where(descriptives.stringColumn("level").isEqualTo("schaal"));
        for (int i = 0; i < scales.rowCount(); i++) {
            String instrument = scales.stringColumn("instrument").get(i), year = scales.stringColumn("school_year").get(i);
            out.computeIfAbsent(List.of(instrument, year), k -> waveFor(scales, instrument, year, postWave));
        }
        return out;
    }

    private static String waveFor(Table scales, String instrument, String year, String postWave) {
        Table t = scales.where(scales.stringColumn("instrument").isEqualTo(instrument).and(scales.stringColumn("school_year").isEqualTo(year)));
        List<String> waves = t.stringColumn("wave").unique().asList();
        if (waves.contains(postWave)) return postWave;
        return waves.stream().sorted().findFirst().orElse(postWave);
    }
}
