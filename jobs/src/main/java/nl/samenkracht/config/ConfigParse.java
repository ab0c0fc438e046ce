package nl.samenkracht.config;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A config value of the wrong shape, reported through Jackson so the loader adds the YAML path. */
final class ConfigParse {
    private ConfigParse() {}

    static JsonMappingException error(DeserializationContext ctxt, String message) {
        return JsonMappingException.from(ctxt, message);
    }
}
