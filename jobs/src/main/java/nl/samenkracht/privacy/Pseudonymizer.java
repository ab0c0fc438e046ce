package nl.samenkracht.privacy;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Replaces an identifier (name, e-mail address, pupil number) by a keyed hash, HMAC-SHA-256.
 * Identifiers are normalised first (case, accents' encoding, spaces) so the same person links
 * across files and waves. Without the key a pseudonym cannot be linked back to the person nor
 * reproduced in another run. Serializable: Spark ships it to executors inside the row functions.
 */
public final class Pseudonymizer implements Serializable {
    /** 16 hex characters (64 bits): collisions are negligible for school-sized populations. */
    private static final int HEX_CHARS = 16;
    private final byte[] key;
    private transient Mac mac;

    public Pseudonymizer(byte[] key) {
        if (key.length < 16) throw new IllegalArgumentException("pseudonymisation key must be at least 16 bytes");
        this.key = key.clone();
    }

    public static String normalise(String identifier) {
        // NFKC folds width variants (full-width letters) and no-break spaces; format characters
        // (Cf: zero-width space, BOM, joiners) are invisible in Excel yet broke pre/post linking.
        String n = Normalizer.normalize(identifier, Normalizer.Form.NFKC).replace('\u00a0', ' ');
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(b::appendCodePoint);
        // case folding applies to every id (it did before), so an e-mail address is folded too
        return b.toString().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Pseudonym with a prefix saying what kind of identifier it was (r = respondent, o = counterpart, …). */
    public String pseudonym(String prefix, String identifier) {
        if (identifier == null || identifier.isBlank()) return null;
        byte[] digest = mac().doFinal(normalise(identifier).getBytes(StandardCharsets.UTF_8));
        return prefix + "-" + HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
    }

    private Mac mac() {
        if (mac == null) {
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
            }
        }
        return mac;
    }
}
