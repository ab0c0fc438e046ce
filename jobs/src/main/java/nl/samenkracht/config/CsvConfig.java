package nl.samenkracht.config;

/**
 * How to read a CSV export; "auto" detects from the file's first bytes and header.
 *
 * @param delimiter  auto | ; | , | tab | |
 * @param encoding   auto | UTF-8 | windows-1252 | ISO-8859-1
 * @param decimal    auto | comma | point
 * @param dateFormat auto or a java.time pattern such as dd-MM-yyyy
 */
public record CsvConfig(String delimiter, String encoding, String decimal, String dateFormat) {
    public static final CsvConfig AUTO = new CsvConfig(null, null, null, null);

    public CsvConfig {
        if (delimiter == null) delimiter = "auto";
        if (encoding == null) encoding = "auto";
        if (decimal == null) decimal = "auto";
        if (dateFormat == null) dateFormat = "auto";
    }
}
