package nl.samenkracht.privacy;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.PrivacyConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The pseudonymisation key and the keyed hash. Reference pseudonyms computed with Python's hmac
 * module, independently of this code:
 * <pre>
 * import hmac, hashlib
 * hmac.new(b'pseudonym-test-key-0123456789', b'lieke.vanderlinden@kompasroos.nl', hashlib.sha256).hexdigest()[:16]
 *   → '5660b1c47db849a0'
 * hmac.new(bytes.fromhex('0011…eeff' (the 64 hex digits below)), b'lieke.vanderlinden@kompasroos.nl', hashlib.sha256).hexdigest()[:16]
 *   → '53df374fc1b7024f'
 * hmac.new(b'pseudonym-test-key-0123456789', 'zoë de vries'.encode(), hashlib.sha256).hexdigest()[:16]
 *   → 'c340b8a15844bf16'
 * </pre>
 */
class KeyStoreTest {
    private static final String TEXT_KEY = "pseudonym-test-key-0123456789";
    private static final String HEX_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final String LIEKE = "lieke.vanderlinden@kompasroos.nl";

    @TempDir
    Path dir;

    private PrivacyConfig privacy(Path keyFile) {
        return new PrivacyConfig("TEST_SAMENKRACHT_KEY", keyFile.toString(), null, (Boolean) null);
    }

    @Test
    void pseudonymIsHmacSha256OfTheNormalisedIdentifier() {
        Pseudonymizer p = new Pseudonymizer(TEXT_KEY.getBytes());
        assertEquals("r-5660b1c47db849a0", p.pseudonym("r", LIEKE));
        // case, surrounding and repeated spaces, a non-breaking space: the same person
        assertEquals("r-5660b1c47db849a0", p.pseudonym("r", "  Lieke.Vanderlinden@Kompasroos.NL\u00a0"));
        // ë written as e + combining diaeresis (NFD, as macOS file names and some exports have it) = ë (NFC)
        assertEquals("r-c340b8a15844bf16", p.pseudonym("r", "Zoe\u0308   de  Vries"));
        assertEquals("r-c340b8a15844bf16", p.pseudonym("r", "ZOË DE VRIES"));
        assertNull(p.pseudonym("r", "  "));
        assertNotEquals(p.pseudonym("r", LIEKE), new Pseudonymizer("another-key-0123456789".getBytes()).pseudonym("r", LIEKE));
    }

    @Test
    void theEnvironmentVariableWinsOverTheKeyFile() throws Exception {
        Path keyFile = dir.resolve("keys/pseudonym.key");
        Files.createDirectories(keyFile.getParent());
        Files.writeString(keyFile, HEX_KEY + "\n");
        List<String> notices = new ArrayList<>();
        Pseudonymizer fromEnv = KeyStore.open(privacy(keyFile), dir.resolve("reports"), Map.of("TEST_SAMENKRACHT_KEY", TEXT_KEY), notices::add);
        assertEquals("r-5660b1c47db849a0", fromEnv.pseudonym("r", LIEKE));
        Pseudonymizer fromFile = KeyStore.open(privacy(keyFile), dir.resolve("reports"), Map.of(), notices::add);
        assertEquals("r-53df374fc1b7024f", fromFile.pseudonym("r", LIEKE), "the file's 64 hex digits are the key bytes");
        assertEquals(List.of(), notices, "an existing key file is used without a notice");
    }

    @Test
    void aKeyCopiedFromTheFileIntoTheEnvironmentGivesTheSamePseudonyms() throws Exception {
        Path keyFile = dir.resolve("pseudonym.key");
        Files.writeString(keyFile, HEX_KEY + "\n");
        Pseudonymizer fromFile = KeyStore.open(privacy(keyFile), null, Map.of(), s -> {});
        Pseudonymizer fromEnv = KeyStore.open(privacy(dir.resolve("unused.key")), null, Map.of("TEST_SAMENKRACHT_KEY", " " + HEX_KEY + " "), s -> {});
        assertEquals(fromFile.pseudonym("r", LIEKE), fromEnv.pseudonym("r", LIEKE));
        assertFalse(Files.exists(dir.resolve("unused.key")), "with the variable set, no key file is created");
    }

    @Test
    void aMissingKeyFileIsCreatedOwnerOnlyWithAClearMessage() throws Exception {
        Path keyFile = dir.resolve("nieuw/.samenkracht/pseudonym.key");
        List<String> notices = new ArrayList<>();
        Pseudonymizer first = KeyStore.open(privacy(keyFile), dir.resolve("reports"), Map.of(), notices::add);
        assertTrue(Files.isRegularFile(keyFile));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        String content = Files.readString(keyFile).strip();
        assertTrue(content.matches("[0-9a-f]{64}"), "256 random bits as hex: " + content.length());
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("created a new pseudonymisation key in " + keyFile), notices.get(0));
        assertTrue(notices.get(0).contains("keep it safe"), notices.get(0));
        // a second run uses the same key: the same person gets the same pseudonym
        Pseudonymizer second = KeyStore.open(privacy(keyFile), dir.resolve("reports"), Map.of(), notices::add);
        assertEquals(first.pseudonym("r", LIEKE), second.pseudonym("r", LIEKE));
        assertEquals(1, notices.size(), "no second notice");
    }

    @Test
    void aKeyFileInsideTheOutputFolderIsRefused() {
        Path reports = dir.resolve("reports");
        ConfigException e = assertThrows(ConfigException.class,
                () -> KeyStore.open(privacy(reports.resolve("inwerken/pseudonym.key")), reports, Map.of(), s -> {}));
        assertTrue(e.getMessage().contains("lies inside the output folder"), e.getMessage());
        assertFalse(Files.exists(reports.resolve("inwerken/pseudonym.key")), "and it was not created there");
        // a relative path that leads into the output folder is caught as well
        Path sneaky = dir.resolve("elders/../reports/k.key");
        assertThrows(ConfigException.class, () -> KeyStore.open(privacy(sneaky), reports, Map.of(), s -> {}));
    }

    @Test
    void shortKeysAreRefused() throws Exception {
        assertThrows(ConfigException.class, () -> KeyStore.open(privacy(dir.resolve("k")), null, Map.of("TEST_SAMENKRACHT_KEY", "kort"), s -> {}));
        Path keyFile = dir.resolve("short.key");
        Files.writeString(keyFile, "abc\n");
        assertThrows(ConfigException.class, () -> KeyStore.open(privacy(keyFile), null, Map.of(), s -> {}));
    }
}
