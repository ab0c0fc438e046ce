package nl.samenkracht.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code answer_scales.*.options} either as a mapping (label: value, in order) or as a list
 * of labels from low to high. A list {@code [1, 2, 3, 4, 5, 6]} is the natural way to write a
 * numeric scale; a list of texts gets the values 1..k by position.
 */
public final class ScaleOptionsDeserializer extends JsonDeserializer<Map<String, Double>> {
    @Override
    public Map<String, Double> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.readValueAsTree();
        Map<String, Double> options = new LinkedHashMap<>();
        if (node.isArray()) {
            int position = 1;
            boolean allNumbers = true;
            for (JsonNode item : node) allNumbers &= item.isNumber();
            for (JsonNode item : node) {
                if (item.isContainerNode())
                    throw ConfigParse.error(ctxt, "a list of options holds labels or numbers, not nested lists or mappings");
                // YAML 1.1 reads an unquoted Yes/No/On/Off as true/false; the original spelling is lost.
                if (item.isBoolean())
                    throw ConfigParse.error(ctxt, "option " + position + " was read as true/false: quote labels such as 'Yes' and 'No'");
                String label = item.asText();
                double value = allNumbers ? item.asDouble() : position;
                if (options.put(label, value) != null)
                    throw ConfigParse.error(ctxt, "option '" + label + "' is listed twice");
                position++;
            }
        } else if (node.isObject()) {
            var fields = node.fields();
            while (fields.hasNext()) {
                var e = fields.next();
                JsonNode v = e.getValue();
                if (v.isNull()) options.put(e.getKey(), null);
                else if (v.isNumber()) options.put(e.getKey(), v.asDouble());
                else if (v.isTextual()) {
                    try {
                        options.put(e.getKey(), Double.parseDouble(v.asText().strip().replace(',', '.')));
                    } catch (NumberFormatException ex) {
                        throw ConfigParse.error(ctxt, "option '" + e.getKey() + "' needs a number as its value");
                    }
                } else throw ConfigParse.error(ctxt, "option '" + e.getKey() + "' needs a number as its value");
            }
        } else {
            throw ConfigParse.error(ctxt, "options must be a list of labels ([1, 2, 3, 4, 5]) or a mapping (label: value)");
        }
        return options;
    }
}
