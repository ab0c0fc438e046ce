package nl.samenkracht.privacy;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.PrivacyConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the pseudonymisation key: the environment variable named in the config, else the key
 * file, which is created (random 256 bits, owner-only) on first use with a message saying so.
 * The key file must not lie inside the output folder, or the pseudonyms could be reversed by
 * anyone who receives the reports.
 */
public final class KeyStore {
    private KeyStore() {}

    public static Pseudonymizer open(PrivacyConfig privacy, Path outputRoot, Map<String, String> env, Consumer<String> notice) {
        String fromEnv = env.get(privacy.keyEnv());
        if (fromEnv != null && !fromEnv.isBlank()) {
            byte[] key = decode(fromEnv);
            if (key.length < 16) throw new ConfigException("environment variable " + privacy.keyEnv() + " holds a key shorter than 16 characters");
            return new Pseudonymizer(key);
        }
        Path file = expand(privacy.keyFile());
        if (outputRoot != null && file.toAbsolutePath().normalize().startsWith(outputRoot.toAbsolutePath().normalize()))
            throw new ConfigException("privacy.key_file " + file + " lies inside the output folder " + outputRoot + "; keep the key apart from the reports");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.toAbsolutePath().getParent());
                createOwnerOnly(file);
                Files.writeString(file, HexFormat.of().formatHex(key) + "\n");
                notice.accept("created a new pseudonymisation key in " + file
                        + " - keep it safe and outside the reports: without the same key, people cannot be linked across runs.");
            }
            byte[] key = decode(Files.readString(file));
            if (key.length < 16) throw new ConfigException("key file " + file + " holds a key shorter than 16 bytes");
            return new Pseudonymizer(key);
        } catch (IOException e) {
            throw new ConfigException("cannot read or create the key file " + file + ": " + e.getMessage());
        }
    }

    /**
     * The same text gives the same key wherever it is kept: an even number (at least 32) of hex
     * digits is read as hex (what a created key file holds), anything else as UTF-8 text. So a
     * key copied from the key file into the environment variable keeps every pseudonym the same.
     */
    static byte[] decode(String text) {
        String t = text.strip();
        if (t.length() >= 32 && t.length() % 2 == 0 && t.matches("[0-9a-fA-F]+")) return HexFormat.of().parseHex(t);
        return t.getBytes(StandardCharsets.UTF_8);
    }

    /** Creates the file readable by its owner only from the first moment (no window in which others could read it). */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system (Windows): the folder's own rights apply
        }
    }

    static Path expand(String path) {
        if (path.startsWith("~/")) return Path.of(System.getProperty("user.home"), path.substring(2));
        return Path.of(path);
    }
}
