package nl.samenkracht.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** run.json: what produced this output — version, config hash, input checksums, row accounting, options, timings. */
public final class RunManifest {
    private final Map<String, Object> root = new LinkedHashMap<>();

    public RunManifest put(String key, Object value) {
        root.put(key, value);
        return this;
    }

    public Map<String, Object> asMap() {
        return root;
    }

    public void write(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }
}
