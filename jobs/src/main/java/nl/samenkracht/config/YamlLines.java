package nl.samenkracht.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every key and list element of a YAML text, by path ({@code surveys[1].wave}), so that
 * a problem found after parsing (in the parsed records, which have no positions) can say where it
 * is. Built from the token positions of Jackson's streaming YAML parser.
 */
final class YamlLines {
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlLines() {}

    /** The index of a text; empty (every lookup 0) when the text is not valid YAML. */
    static YamlLines of(String text) {
        YamlLines y = new YamlLines();
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            while (p.nextToken() != null) {
                // A key: the context names it; a list element: the context's index is the element.
                JsonToken t = p.currentToken();
                String path = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
                        ? readable(p.getParsingContext().getParent() == null ? "" : p.getParsingContext().getParent().pathAsPointer().toString())
                        : readable(p.getParsingContext().pathAsPointer().toString());
                y.lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
            }
        } catch (IOException | RuntimeException e) {
            // Not YAML: the parser's own message names the line.
        }
        return y;
    }

    /** The line of a path, or of its longest known prefix ({@code study.id} when only {@code study} is written); 0 when unknown. */
    int lineOf(String path) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            Integer n = lines.get(p);
            if (n != null) return n;
        }
        return 0;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /** "/surveys/1/wave" → "surveys[1].wave". */
    static String readable(String pointer) {
        StringBuilder b = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) continue;
            if (part.chars().allMatch(Character::isDigit)) b.append('[').append(part).append(']');
            else b.append(b.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
        }
        return b.toString();
    }
}
