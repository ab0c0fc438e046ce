package nl.samenkracht.ingest.contacts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import nl.samenkracht.config.ConfigException;

/**
 * Reads a YAML document whose top level is {@code contacts:} (the section as it appears in
 * study.yaml) with the same strict settings as the study loader. For the benchmark, the sample
 * snippet and tests; a study run reads the section as part of study.yaml.
 */
public final class ContactsYaml {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private record Document(ContactsConfig contacts) {}

    private ContactsYaml() {}

    /** Parses and validates; {@code where} names the source in messages. */
    public static ContactsConfig parse(String yaml, String where) {
        Document d;
        try {
            d = YAML.readValue(yaml, Document.class);
        } catch (JsonProcessingException e) {
            throw new ConfigException(where + ": " + e.getOriginalMessage());
        }
        ContactsConfig c = d == null || d.contacts() == null ? ContactsConfig.NONE : d.contacts();
        ContactsValidator.validate(c, where);
        return c;
    }
}
