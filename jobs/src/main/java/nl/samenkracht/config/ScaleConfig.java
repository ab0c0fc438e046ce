package nl.samenkracht.config;

import java.util.List;

/** A scale of an instrument (e.g. "structuur"): its items say which scale they belong to. */
public record ScaleConfig(String id, String label, List<String> factors) {
    public ScaleConfig {
        if (factors == null) factors = List.of();
        if (label == null) label = id;
    }
}
