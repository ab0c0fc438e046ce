package nl.samenkracht.config;

/**
 * Pseudonymisation key and disclosure control.
 *
 * @param keyEnv          environment variable that holds the HMAC key (wins over the key file)
 * @param keyFile         key file, created on first use; must lie outside the output folder
 * @param minGroupSize    directie/bestuur outputs hide every figure about fewer people than this
 * @param includeFreeText whether open answers and interview segments may appear in the researcher workbook
 */
public record PrivacyConfig(String keyEnv, String keyFile, Integer minGroupSize, Boolean includeFreeText) {
    public static final PrivacyConfig DEFAULT = new PrivacyConfig(null, null, null, null);

    public PrivacyConfig {
        if (keyEnv == null) keyEnv = "SAMENKRACHT_KEY";
        if (keyFile == null) keyFile = "~/.samenkracht/pseudonym.key";
        if (minGroupSize == null) minGroupSize = 5;
        if (includeFreeText == null) includeFreeText = true;
        if (minGroupSize < 1) throw new ConfigException("privacy.min_group_size must be at least 1, got " + minGroupSize);
    }
}
