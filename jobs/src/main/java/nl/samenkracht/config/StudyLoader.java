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
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
                    // a key written twice must not silently replace the first block (issue 17)
                    .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private StudyLoader() {}

    public static Study load(Path file) {
        String text;
        if (Files.isDirectory(file))
            throw new ConfigException(file + ": is a folder, not a study file"
                    + (Files.isRegularFile(file.resolve("study.yaml")) ? "; did you mean " + file.resolve("study.yaml") + "?" : ""));
        try {
            text = decodeUtf8(file, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": study file not found");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read study file (" + e.getMessage() + ")");
        }
        if (text.isBlank()) throw new ConfigException(file + ": study file is empty");
        // YAML forbids tabs for indentation; the parser says only "while scanning for the next token"
        // and points at the line before.
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++)
            if (lines[i].matches("^ *\t.*"))
                throw new ConfigException(file + ", line " + (i + 1) + ": indented with a tab; YAML needs spaces (replace the tab by spaces)");
        StudyConfig config;
        // Unknown keys are collected (and skipped) so that all of them, and the other problems of the
        // file, are reported at once; a value of the wrong type still stops the parse.
        ConfigProblems problems = new ConfigProblems(file.toString(), YamlLines.of(text));
        UnknownKeys unknown = new UnknownKeys(file, text, problems);
        try {
            config = YAML.readerFor(StudyConfig.class).withHandler(unknown).readValue(text);
        } catch (UnrecognizedPropertyException e) {
            List<String> known = e.getKnownPropertyIds() == null ? List.of()
                    : e.getKnownPropertyIds().stream().map(Object::toString).collect(Collectors.toList());
            throw new ConfigException(file + keyLine(text, e.getPropertyName(), e.getLocation()) + ": unknown key '" + e.getPropertyName()
                    + "' under " + path(e) + DidYouMean.hint(e.getPropertyName(), known)
                    + "; allowed: " + String.join(", ", known.stream().sorted().toList()));
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof ConfigException ? cause.getMessage() : plainEnglish(e.getOriginalMessage());
            problems.add(file + where(e.getLocation()) + ": " + path(e) + ": " + firstLine(why));
            problems.throwIfAny();
            throw new IllegalStateException("unreachable");
        } catch (JsonProcessingException e) {
            String msg = String.valueOf(e.getOriginalMessage());
            java.util.regex.Matcher dup = java.util.regex.Pattern.compile("Duplicate field '([^']*)'").matcher(msg);
            if (dup.find()) throw new ConfigException(file + ": key '" + dup.group(1) + "' is written twice (" + keyLines(text, dup.group(1))
                    + "); the second would silently replace the first: merge them into one");
            throw new ConfigException(file + where(e.getLocation()) + ": not valid YAML: " + firstLine(plainEnglish(msg)));
        }
        Study study = new Study(file.toAbsolutePath().normalize(), config);
        StudyValidator.validate(study, problems);
        problems.throwIfAny();
        return study;
    }

    /** Records every unknown key with its line, path and a did-you-mean, and skips its value. */
    private static final class UnknownKeys extends com.fasterxml.jackson.databind.deser.DeserializationProblemHandler {
        private final Path file;
        private final String text;
        private final ConfigProblems problems;

        UnknownKeys(Path file, String text, ConfigProblems problems) {
            this.file = file;
            this.text = text;
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(com.fasterxml.jackson.databind.DeserializationContext ctxt, com.fasterxml.jackson.core.JsonParser p,
                                             com.fasterxml.jackson.databind.JsonDeserializer<?> deserializer, Object bean, String name)
                throws IOException {
            List<String> known = deserializer == null || deserializer.getKnownPropertyNames() == null ? List.of()
                    : deserializer.getKnownPropertyNames().stream().map(Object::toString).sorted().toList();
            // The object holding the key is the context whose current name is the key: where the
            // parser stands (on the value, inside it, or on a buffered copy of a record's
            // properties) differs with the value's shape, so look for it instead of counting levels.
            com.fasterxml.jackson.core.JsonStreamContext holder = p.getParsingContext();
            while (holder != null && !(holder.inObject() && name.equals(holder.getCurrentName()))) holder = holder.getParent();
            if (holder == null) holder = p.getParsingContext();
            String under = holder.getParent() == null ? "" : YamlLines.readable(holder.getParent().pathAsPointer().toString());
            problems.add(file + keyLine(text, name, p.currentTokenLocation()) + ": unknown key '" + name + "' under "
                    + (under.isEmpty() ? "the top level" : under) + DidYouMean.hint(name, known) + "; allowed: " + String.join(", ", known));
            p.skipChildren();
            return true;
        }
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

    /** Strict UTF-8: a Windows-1252 file is named with its first bad line, not "Input length = 3". */
    static String decodeUtf8(Path file, byte[] bytes) {
        java.nio.charset.CharsetDecoder d = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try {
            String text = d.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.charset.CharacterCodingException e) {
            int line = 1;
            for (int start = 0, i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    try {
                        java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                                .decode(java.nio.ByteBuffer.wrap(bytes, start, i - start));
                    } catch (java.nio.charset.CharacterCodingException bad) {
                        break;
                    }
                    line++;
                    start = i + 1;
                }
            }
            throw new ConfigException(file + ": study.yaml is not UTF-8 (line " + line + "); save it as UTF-8");
        }
    }

    /** Every line where a top-level key is written, e.g. "line 9 and line 15". */
    static String keyLines(String text, String key) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("^\\s*" + java.util.regex.Pattern.quote(key) + "\\s*:");
        String[] lines = text.split("\n", -1);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) if (p.matcher(lines[i]).find()) found.add("line " + (i + 1));
        return found.isEmpty() ? "line unknown" : String.join(" and ", found);
    }

    /**
     * Jackson's messages name Java types and tokens (JsonToken.START_ARRAY) and SnakeYAML's carry
     * spec references ([M.1.14]); a user who wrote YAML gets the plain-English cause instead.
     */
    static String plainEnglish(String msg) {
        if (msg == null) return "invalid value";
        if (msg.contains("from Array value") || msg.contains("START_ARRAY")) return "expected a single value, found a list";
        if (msg.contains("from Object value") || msg.contains("START_OBJECT")) return "expected a single value, found a block of keys";
        if (msg.contains("from String value") && msg.contains("Collection")) return "expected a list, found a single value";
        if (msg.contains("Cannot deserialize") || msg.contains("Cannot construct")) return "this value has the wrong type";
        return firstLine(msg).replaceAll("\\s*\\[[A-Z]\\.[0-9.]+\\]", "").replaceAll("`[^`]*`", "value").replaceAll("JsonToken\\.[A-Z_]+", "value");
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
