package nl.samenkracht.config;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ScaleOptionsDeserializerTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private static AnswerScaleConfig read(String yaml) throws Exception {
        return YAML.readValue(yaml, AnswerScaleConfig.class);
    }

    @Test
    void aListOfNumbersIsANumericScale() throws Exception {
        AnswerScaleConfig c = read("options: [1, 2, 3, 4, 5, 6]\n");
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), List.copyOf(c.options().keySet()));
        assertEquals(6.0, c.options().get("6"));
    }

    @Test
    void aListOfLabelsGetsValuesByPosition() throws Exception {
        AnswerScaleConfig c = read("options: ['No', 'Yes', Misschien]\n");
        assertEquals(Map.of("No", 1.0, "Yes", 2.0, "Misschien", 3.0), c.options());
        assertEquals(List.of("No", "Yes", "Misschien"), List.copyOf(c.options().keySet()));
    }

    @Test
    void aMappingKeepsItsOrderAndValues() throws Exception {
        AnswerScaleConfig c = read("options: {Laag: 0, Midden: 5, Hoog: 10}\n");
        assertEquals(List.of("Laag", "Midden", "Hoog"), List.copyOf(c.options().keySet()));
        assertEquals(5.0, c.options().get("Midden"));
    }

    @Test
    void aRepeatedLabelOrANonNumberIsAnError() {
        assertThrows(JsonMappingException.class, () -> read("options: [Ja, Ja]\n"));
        assertThrows(JsonMappingException.class, () -> read("options: {Ja: veel}\n"));
        assertThrows(JsonMappingException.class, () -> read("options: 5\n"));
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> read("options: [No, Yes]\n"));
        assertTrue(e.getOriginalMessage().contains("quote"), e.getOriginalMessage());
    }
}
