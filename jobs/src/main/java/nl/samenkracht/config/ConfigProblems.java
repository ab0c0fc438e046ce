package nl.samenkracht.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every problem of one study.yaml, reported together (issue 15: a user who fixes one problem at a
 * time needs as many runs as there are problems). A check throws {@link ConfigException} as
 * before; {@link #check} records its message and goes on with the next check, so independent parts
 * of the file (each instrument, item, survey, the contacts section …) are all looked at. A message
 * that names a YAML path ({@code surveys[1]}, {@code instruments[0].items[2]}) gets the line it is on.
 */
final class ConfigProblems {
    private static final Pattern PATH = Pattern.compile("^([a-z_]+(?:\\[\\d+])?(?:\\.[a-z_]+(?:\\[\\d+])?)*)");

    private final String file;
    private final YamlLines lines;
    private final List<String> messages = new ArrayList<>();

    ConfigProblems(String file, YamlLines lines) {
        this.file = file;
        this.lines = lines;
    }

    /** Runs one check; its problem is recorded, not thrown. */
    void check(Runnable check) {
        try {
            check.run();
        } catch (ConfigException e) {
            add(e.getMessage());
        }
    }

    /** Records a problem (a message that starts with the file name, as every config message does). */
    void add(String message) {
        messages.add(withLine(message));
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    /** One problem: its message as it is; several: a count, then one per line. */
    void throwIfAny() {
        if (messages.isEmpty()) return;
        if (messages.size() == 1) throw new ConfigException(messages.get(0));
        StringBuilder b = new StringBuilder(messages.size() + " problems in " + file + ":");
        for (String m : messages) b.append("\n  - ").append(m);
        throw new ConfigException(b.toString());
    }

    /** "file: surveys[1] (x).wave …" becomes "file, line 40: surveys[1] (x).wave …" when the path is found in the text. */
    private String withLine(String message) {
        String prefix = file + ": ";
        if (lines == null || !message.startsWith(prefix)) return message;
        String rest = message.substring(prefix.length());
        Matcher m = PATH.matcher(rest);
        if (!m.find()) return message;
        int line = lines.lineOf(m.group(1));
        return line < 1 ? message : file + ", line " + line + ": " + rest;
    }
}
