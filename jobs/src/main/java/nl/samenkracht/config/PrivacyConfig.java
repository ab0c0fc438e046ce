package nl.samenkracht.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Pseudonymisation key and disclosure control.
 *
 * @param keyEnv          environment variable that holds the HMAC key (wins over the key file)
 * @param keyFile         key file, created on first use; must lie outside the output folder
 * @param minGroupSize    directie/bestuur outputs hide every figure about fewer people than this
 * @param freeText        {@code include_free_text}: open answers and interview segments in the researcher
 *                        workbook and Parquet — masked (true, the default), as typed (raw) or not at all (false)
 */
public record PrivacyConfig(String keyEnv, String keyFile, Integer minGroupSize,
                            @JsonProperty("include_free_text") FreeText freeText) {
    public static final PrivacyConfig DEFAULT = new PrivacyConfig(null, null, null, (FreeText) null);

    /** What happens to free text (open answers, interview passages). */
    public enum FreeText {
        /** left out everywhere */
        NONE,
        /** kept, with e-mail addresses, phone numbers and roster names masked */
        MASKED,
        /** kept as typed */
        RAW;

        /** true, false or raw, as study.yaml writes it. */
        @JsonCreator
        public static FreeText of(Object v) {
            String s = v == null ? "" : String.valueOf(v).strip().toLowerCase(java.util.Locale.ROOT);
            return switch (s) {
                case "true", "yes", "masked" -> MASKED;
                case "false", "no" -> NONE;
                case "raw" -> RAW;
                default -> throw new ConfigException("privacy.include_free_text must be true, false or raw (got '" + v + "')");
            };
        }
    }

    public PrivacyConfig {
        if (keyEnv == null) keyEnv = "SAMENKRACHT_KEY";
        if (keyFile == null) keyFile = "~/.samenkracht/pseudonym.key";
        if (minGroupSize == null) minGroupSize = 5;
        if (freeText == null) freeText = FreeText.MASKED;
        if (minGroupSize < 1) throw new ConfigException("privacy.min_group_size must be at least 1, got " + minGroupSize);
    }

    /** @param includeFreeText null = the default (masked) */
    public PrivacyConfig(String keyEnv, String keyFile, Integer minGroupSize, Boolean includeFreeText) {
        this(keyEnv, keyFile, minGroupSize, includeFreeText == null ? null : includeFreeText ? FreeText.MASKED : FreeText.NONE);
    }

    /** Whether free text appears in the outputs at all. */
    public boolean includeFreeText() {
        return freeText != FreeText.NONE;
    }

    /** Whether free text is masked before it reaches an output. */
    public boolean maskFreeText() {
        return freeText == FreeText.MASKED;
    }
}
