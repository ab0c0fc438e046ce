package nl.samenkracht.coverage;

import java.util.Collection;
import java.util.TreeSet;

/**
 * Which wave's values count as a school year's evidence. Coverage answers "where do we stand this
 * school year", so by default the latest measurement counts: the post wave when the year has one
 * (e.g. the nameting after a new protocol), else the pre wave, else the last wave by name. A study
 * can fix the wave ({@code coverage.wave}); a year without that wave then has no evidence from that
 * source. Applied per source (an instrument, or the interviews) and school year.
 *
 * @param configured the wave set in study.yaml, or null
 * @param preWave    options.pre_wave
 * @param postWave   options.post_wave
 */
public record EvidenceWaves(String configured, String preWave, String postWave) {

    /** The wave to use among those present, or null when none is present (or the configured one is absent). */
    public String choose(Collection<String> present) {
        if (configured != null) return present.contains(configured) ? configured : null;
        if (present.contains(postWave)) return postWave;
        if (present.contains(preWave)) return preWave;
        TreeSet<String> sorted = new TreeSet<>();
        for (String w : present) if (w != null) sorted.add(w);
        return sorted.isEmpty() ? null : sorted.last();
    }
}
