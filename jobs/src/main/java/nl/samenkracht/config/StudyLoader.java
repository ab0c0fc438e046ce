package nl.samenkracht.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reads study.yaml strictly: an unknown key is an error with a "did you mean", never ignored. */
public final class StudyLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private StudyLoader() {}

    public static Study load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": study file not found");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read study file (" + e.getMessage() + ")");
        }
        if (text.isBlank()) throw new ConfigException(file + ": study file is empty");
        StudyConfig config;
        try {
            config = YAML.readValue(text, StudyConfig.class);
        } catch (UnrecognizedPropertyException e) {
            List<String> known = e.getKnownPropertyIds() == null ? List.of()
                    : e.getKnownPropertyIds().stream().map(Object::toString).collect(Collectors.toList());
            throw new ConfigException(file + keyLine(text, e.getPropertyName(), e.getLocation()) + ": unknown key '" + e.getPropertyName()
                    + "' under " + path(e) + DidYouMean.hint(e.getPropertyName(), known)
                    + "; allowed: " + String.join(", ", known.stream().sorted().toList()));
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof ConfigException ? cause.getMessage() : e.getOriginalMessage();
            throw new ConfigException(file + where(e.getLocation()) + ": " + path(e) + ": " + firstLine(why));
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + where(e.getLocation()) + ": not valid YAML: " + firstLine(e.getOriginalMessage()));
        }
        Study study = new Study(file.toAbsolutePath().normalize(), config);
        StudyValidator.validate(study);
        return study;
    }

    /**
     * Jackson buffers a record's properties, so its location points past the object; the line
     * of the offending key itself is found in the text (the last occurrence before that point).
     */
    static String keyLine(String text, String key, JsonLocation loc) {
        int limit = loc == null || loc.getLineNr() < 1 ? Integer.MAX_VALUE : loc.getLineNr();
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(^|[\\s{,\\-])" + java.util.regex.Pattern.quote(key) + "\\s*:");
        String[] lines = text.split("\n", -1);
        int found = -1;
        for (int i = 0; i < lines.length && i < limit; i++) if (p.matcher(lines[i]).find()) found = i + 1;
        return found > 0 ? ", line " + found : where(loc);
    }

    private static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? "" : ", line " + loc.getLineNr();
    }

    /** YAML path like surveys[0].wave, readable for a user who wrote the file. */
    static String path(JsonMappingException e) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) parts.add(parts.isEmpty() ? r.getFieldName() : "." + r.getFieldName());
            else if (r.getIndex() >= 0) parts.add("[" + r.getIndex() + "]");
        }
        if (!parts.isEmpty() && e instanceof UnrecognizedPropertyException) parts.remove(parts.size() - 1);
        return parts.isEmpty() ? "the top level" : String.join("", parts);
    }

    private static String firstLine(String s) {
        if (s == null) return "invalid value";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
