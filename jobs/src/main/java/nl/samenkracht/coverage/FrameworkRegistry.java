package nl.samenkracht.coverage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frameworks of a run: the built-ins plus the user's, looked up by id. Two frameworks with
 * the same id are an error naming both files (a user framework cannot silently shadow a built-in;
 * give it its own id).
 */
public final class FrameworkRegistry {
    private final Map<String, Framework> byId = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();

    private FrameworkRegistry() {}

    /** The six built-in frameworks. */
    public static FrameworkRegistry builtIn() {
        return withUserFrameworks(List.of());
    }

    /** The built-ins plus every framework file in {@code paths} (each a file or a folder of YAML files). */
    public static FrameworkRegistry withUserFrameworks(List<Path> paths) {
        FrameworkRegistry registry = new FrameworkRegistry();
        List<Framework> builtIns = FrameworkLoader.loadBuiltIns();
        for (Framework f : builtIns) registry.add(f, FrameworkLoader.builtInOrigin(f.id()));
        for (Path path : paths) {
            for (Path file : FrameworkLoader.frameworkFiles(path)) registry.add(FrameworkLoader.load(file), file.toString());
        }
        return registry;
    }

    /** A registry of the given frameworks only; {@code origins} (same order) name their files in messages. */
    public static FrameworkRegistry of(List<Framework> frameworks, List<String> origins) {
        if (frameworks.size() != origins.size()) throw new IllegalArgumentException("one origin per framework");
        FrameworkRegistry registry = new FrameworkRegistry();
        for (int i = 0; i < frameworks.size(); i++) registry.add(frameworks.get(i), origins.get(i));
        return registry;
    }

    private void add(Framework framework, String origin) {
        String earlier = origins.get(framework.id());
        if (earlier != null) {
            throw new FrameworkException(origin + ": framework id '" + framework.id() + "' already exists (in " + earlier
                    + "); give this framework an id of its own");
        }
        byId.put(framework.id(), framework);
        origins.put(framework.id(), origin);
    }

    /** All frameworks, built-ins first, in load order. */
    public List<Framework> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return new ArrayList<>(byId.keySet());
    }

    public Optional<Framework> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The framework, or a {@link FrameworkException} with a did-you-mean hint. */
    public Framework get(String id) {
        Framework f = byId.get(id);
        if (f == null) {
            throw new FrameworkException("framework '" + id + "' does not exist" + Suggestions.hint(id, byId.keySet())
                    + "; known: " + String.join(", ", byId.keySet()));
        }
        return f;
    }

    /** The factor, or a {@link FrameworkException}: "factor 'x' does not exist in framework 'y' (did you mean 'z'?)". */
    public Factor factor(String frameworkId, String factorId) {
        Framework f = get(frameworkId);
        return f.factor(factorId).orElseThrow(() -> new FrameworkException(unknownFactor(f, factorId)));
    }

    /** Where a framework was loaded from (a file path or the built-in resource). */
    public String origin(String frameworkId) {
        return origins.get(frameworkId);
    }

    static String unknownFactor(Framework framework, String factorId) {
        return "factor '" + factorId + "' does not exist in framework '" + framework.id() + "'"
                + Suggestions.hint(factorId, framework.factorIds());
    }
}
