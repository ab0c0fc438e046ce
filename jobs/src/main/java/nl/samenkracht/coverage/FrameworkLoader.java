package nl.samenkracht.coverage;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads framework YAML files: the six built-ins from the classpath ({@code frameworks/*.yaml}) and
 * user frameworks from a file or a folder of {@code .yaml}/{@code .yml} files. Unknown fields are
 * errors (a misspelt key must not be ignored silently). Every problem found in a file is reported
 * at once, in one {@link FrameworkException} naming the file. Messages are English, like every other
 * configuration error on the terminal (docs/architecture.md); the frameworks' own labels stay Dutch.
 */
public final class FrameworkLoader {
    /** The built-in framework ids; each is stored as {@code frameworks/<id>.yaml} on the classpath. */
    public static final List<String> BUILT_IN_IDS = List.of(
            "rug-succesfactoren", "pedagogisch-partnerschap", "verbindend-gezag-steun",
            "samenwerking-partners", "samen-zijn-wij-school", "inwerken");

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    // The file schema: boxed and nullable, so that a missing field is reported instead of defaulted.
    record FrameworkDoc(String id, String label, String description, String source, List<GroupDoc> groups,
                        List<FactorDoc> factors) {}

    record GroupDoc(String id, String label, String description) {}

    record FactorDoc(String id, String label, String description, String source, String group,
                     List<EvidenceDoc> evidence) {}

    record EvidenceDoc(String kind, String ref, String comparison, Double target, String label) {}

    private FrameworkLoader() {}

    /** The origin shown in messages for a built-in framework. */
    public static String builtInOrigin(String id) {
        return "built-in framework frameworks/" + id + ".yaml";
    }

    /** The six built-in frameworks, in {@link #BUILT_IN_IDS} order. */
    public static List<Framework> loadBuiltIns() {
        List<Framework> frameworks = new ArrayList<>();
        for (String id : BUILT_IN_IDS) {
            String resource = "frameworks/" + id + ".yaml";
            try (InputStream in = FrameworkLoader.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) throw new FrameworkException(builtInOrigin(id) + ": not found on the class path");
                frameworks.add(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), builtInOrigin(id)));
            } catch (IOException e) {
                throw new FrameworkException(builtInOrigin(id) + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return frameworks;
    }

    /** One framework file. */
    public static Framework load(Path file) {
        if (!Files.isRegularFile(file)) throw new FrameworkException(file + ": framework file not found");
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new FrameworkException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The YAML files a user path stands for: the file itself, or a folder's *.yaml / *.yml files sorted by name. */
    public static List<Path> frameworkFiles(Path fileOrFolder) {
        if (Files.isRegularFile(fileOrFolder)) return List.of(fileOrFolder);
        if (!Files.isDirectory(fileOrFolder)) throw new FrameworkException(fileOrFolder + ": framework file or folder not found");
        try (Stream<Path> files = Files.list(fileOrFolder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.ya?ml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new FrameworkException(fileOrFolder + ": folder cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Parses and validates YAML text; {@code origin} names the file in messages. */
    public static Framework parse(String yaml, String origin) {
        FrameworkDoc doc;
        try {
            doc = YAML.readValue(yaml, FrameworkDoc.class);
        } catch (UnrecognizedPropertyException e) {
            List<String> allowed = e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            String where = path(e, true);
            throw new FrameworkException(origin + ": unknown field '" + e.getPropertyName() + "'"
                    + (where.isEmpty() ? "" : " in " + where) + line(e, yaml)
                    + Suggestions.hint(e.getPropertyName(), allowed) + "; allowed: " + String.join(", ", allowed));
        } catch (MismatchedInputException e) {
            // A file with only comments has no content at all: Jackson calls that a mismatch at the root.
            if (e.getPath().isEmpty()) throw new FrameworkException(origin + ": the file is empty or not a block of fields");
            throw new FrameworkException(origin + ": invalid value at '" + path(e, false) + "'" + line(e, yaml)
                    + " (expected " + expected(e.getTargetType()) + ")");
        } catch (JsonParseException e) {
            throw new FrameworkException(origin + ": not valid YAML" + syntaxProblem(e));
        } catch (JsonProcessingException e) {
            throw new FrameworkException(origin + ": cannot be read" + line(e) + ": " + e.getOriginalMessage());
        }
        if (doc == null) throw new FrameworkException(origin + ": the file is empty or not a block of fields");
        return validate(doc, origin);
    }

    private static Framework validate(FrameworkDoc doc, String origin) {
        List<String> problems = new ArrayList<>();
        checkId(doc.id(), "the framework", problems);
        if (isBlank(doc.label())) problems.add("the framework's label is missing");

        List<FactorGroup> groups = new ArrayList<>();
        Set<String> groupIds = new HashSet<>();
        List<GroupDoc> groupDocs = doc.groups() == null ? List.of() : doc.groups();
        for (int i = 0; i < groupDocs.size(); i++) {
            GroupDoc g = groupDocs.get(i);
            if (g == null) { problems.add("group no. " + (i + 1) + " is empty"); continue; }
            String name = isBlank(g.id()) ? "group no. " + (i + 1) : "group '" + g.id() + "'";
            checkId(g.id(), name, problems);
            if (!isBlank(g.id()) && !groupIds.add(g.id())) problems.add("group id '" + g.id() + "' occurs more than once");
            if (isBlank(g.label())) problems.add(name + ": label is missing");
            groups.add(new FactorGroup(g.id(), strip(g.label()), strip(g.description())));
        }

        List<FactorDoc> factorDocs = doc.factors() == null ? List.of() : doc.factors();
        if (factorDocs.isEmpty()) problems.add("the framework has no factors");
        List<Factor> factors = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < factorDocs.size(); i++) {
            FactorDoc f = factorDocs.get(i);
            if (f == null) { problems.add("factor no. " + (i + 1) + " is empty"); continue; }
            String name = isBlank(f.id()) ? "factor no. " + (i + 1) : "factor '" + f.id() + "'";
            checkId(f.id(), name, problems);
            if (!isBlank(f.id())) {
                Integer earlier = firstIndex.putIfAbsent(f.id(), i + 1);
                if (earlier != null) {
                    problems.add("factor id '" + f.id() + "' occurs more than once (factor no. " + earlier + " and no. " + (i + 1) + ")");
                }
            }
            if (isBlank(f.label())) problems.add(name + ": label is missing");
            if (f.group() != null && !groupIds.contains(f.group())) {
                problems.add(name + ": group '" + f.group() + "' does not exist" + Suggestions.hint(f.group(), groupIds)
                        + (groupIds.isEmpty() ? "; the framework defines no groups"
                                              : "; known: " + String.join(", ", groupIds.stream().sorted().toList())));
            }
            List<EvidenceRule> rules = new ArrayList<>();
            List<EvidenceDoc> evidenceDocs = f.evidence() == null ? List.of() : f.evidence();
            for (int j = 0; j < evidenceDocs.size(); j++) {
                EvidenceDoc e = evidenceDocs.get(j);
                String where = name + ", evidence no. " + (j + 1);
                if (e == null) { problems.add(where + " is empty"); continue; }
                if (e.target() == null) problems.add(where + ": target is missing");
                // comparison defaults to at_least: most evidence (reach, shares, agreement) is "higher is better".
                EvidenceRule rule = new EvidenceRule(strip(e.kind()), strip(e.ref()),
                        e.comparison() == null ? EvidenceRule.AT_LEAST : e.comparison().strip(),
                        e.target() == null ? 0.0 : e.target(), strip(e.label()));
                for (String p : EvidenceRuleValidator.problems(rule)) problems.add(where + ": " + p);
                for (EvidenceRule earlier : rules) {
                    if (rule.kind() != null && rule.ref() != null && rule.sameEvidenceAs(earlier)) {
                        problems.add(where + ": the same evidence (" + rule.kind() + " " + rule.ref() + ") is already listed for this factor");
                    }
                }
                rules.add(rule);
            }
            factors.add(new Factor(f.id(), strip(f.label()), strip(f.description()), strip(f.source()), f.group(), rules));
        }

        if (!problems.isEmpty()) {
            if (problems.size() == 1) throw new FrameworkException(origin + ": " + problems.get(0));
            throw new FrameworkException(origin + ": " + problems.size() + " problems:"
                    + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
        }
        return new Framework(doc.id(), strip(doc.label()), strip(doc.description()), strip(doc.source()), groups, factors);
    }

    private static void checkId(String id, String what, List<String> problems) {
        if (isBlank(id)) {
            problems.add(what + ": id is missing");
        } else if (!ID.matcher(id).matches()) {
            problems.add(what + ": id '" + id + "' is invalid; use lower-case letters, digits and '-' (no spaces or accents)");
        }
    }

    private static String path(JsonMappingException e, boolean dropLast) {
        List<JsonMappingException.Reference> refs = e.getPath();
        int end = dropLast ? refs.size() - 1 : refs.size();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < end; i++) {
            JsonMappingException.Reference r = refs.get(i);
            if (r.getFieldName() != null) {
                if (sb.length() > 0) sb.append('.');
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** " (line n): problem" for a YAML syntax error, in plain words for the common cases. */
    private static String syntaxProblem(JsonParseException e) {
        String problem = e.getOriginalMessage().lines().findFirst().orElse("").strip();
        String line = line(e);
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
            // SnakeYAML's own problem text and mark say what is wrong and where, better than Jackson's summary.
            problem = yaml.getProblem().strip();
            if (yaml.getProblemMark() != null) line = " (line " + (yaml.getProblemMark().getLine() + 1) + ")";
        }
        if (problem.startsWith("Duplicate field")) {
            problem = "field " + problem.substring("Duplicate field".length()).strip() + " occurs twice";
        } else if (problem.contains("\\t(TAB)")) {
            problem = "tab found; indent with spaces";
        }
        return line + ": " + problem;
    }

    private static String line(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }

    /**
     * The line of the field a mapping error is about. Jackson reports an unknown field of a record
     * only after reading the whole object, so its location points past it; instead the YAML is
     * scanned again for the token at the error's path.
     */
    private static String line(JsonMappingException e, String yaml) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            pointer.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        String wanted = pointer.toString();
        try (JsonParser parser = YAML.getFactory().createParser(yaml)) {
            while (parser.nextToken() != null) {
                String here = parser.getParsingContext().pathAsPointer().toString();
                if (here.equals(wanted)) return " (line " + parser.currentTokenLocation().getLineNr() + ")";
            }
        } catch (IOException | RuntimeException ignored) {
            // fall back to Jackson's own location
        }
        return line(e);
    }

    private static String expected(Class<?> type) {
        if (type == null) return "another value";
        if (type == Double.class || type == double.class) return "a number, e.g. 0.8";
        if (type == String.class) return "text";
        if (List.class.isAssignableFrom(type)) return "a list";
        return "a block of fields";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
