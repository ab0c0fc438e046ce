package nl.samenkracht.testing;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks for personal data in everything a run wrote. Every file is searched as raw bytes (read
 * as UTF-8 and as Latin-1, so a name is found however it was encoded); on top of that each
 * format is opened the way a reader would: every part of a workbook (.xlsx is a zip of XML,
 * compressed, so its bytes alone hide everything) with XML entities undone, and every Parquet
 * dataset read back with Spark, each row stringified (Parquet pages are compressed too). The
 * search ignores case and folds runs of white space, so "Lieke  van der Linden" and
 * "LIEKE.VANDERLINDEN" are hits as well.
 */
public final class LeakScanner {
    /** One finding: which needle, in which file, in which part of it (zip entry, "parquet rows", "bytes"). */
    public record Hit(String needle, Path file, String part) {
        @Override
        public String toString() {
            return "'" + needle + "' in " + file + " (" + part + ")";
        }
    }

    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");
    private final List<String> needles;
    private final SparkSession spark;

    /** @param spark reads Parquet back; null skips the read-back (bytes are still searched) */
    public LeakScanner(Collection<String> needles, SparkSession spark) {
        Set<String> n = new TreeSet<>();
        for (String s : needles) if (s != null && !s.isBlank()) n.add(fold(s));
        this.needles = List.copyOf(n);
        this.spark = spark;
    }

    public List<String> needles() {
        return needles;
    }

    public List<Hit> scan(Path root) throws IOException {
        List<Hit> hits = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            search(new String(bytes, StandardCharsets.UTF_8), f, "bytes", hits);
            search(new String(bytes, StandardCharsets.ISO_8859_1), f, "bytes (latin-1)", hits);
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx") || isZip(bytes)) scanZip(f, hits);
        }
        if (spark != null) scanParquet(root, files, hits);
        return hits;
    }

    private void scanZip(Path f, List<Hit> hits) throws IOException {
        // The central directory, not the stream: SXSSF writes entries whose local headers carry no sizes.
        try (ZipFile zip = new ZipFile(f.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String text;
                try (var in = zip.getInputStream(e)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                search(text, f, e.getName(), hits);
                search(unescapeXml(text), f, e.getName() + " (XML text)", hits);
            }
        }
    }

    /** Every folder that holds .parquet files is read as one dataset (partition columns included). */
    private void scanParquet(Path root, List<Path> files, List<Hit> hits) {
        Set<Path> datasets = new TreeSet<>();
        for (Path f : files) {
            if (!f.getFileName().toString().endsWith(".parquet")) continue;
            Path d = f.getParent();
            // a partition folder (school_year=2024-2025) belongs to the dataset above it
            while (d.getParent() != null && d.getFileName().toString().contains("=") && !d.equals(root)) d = d.getParent();
            datasets.add(d);
        }
        for (Path d : datasets) {
            StringBuilder b = new StringBuilder();
            for (Row r : spark.read().parquet(d.toString()).collectAsList()) b.append(r.mkString("|")).append('\n');
            search(b.toString(), d, "parquet rows", hits);
        }
    }

    private void search(String text, Path file, String part, List<Hit> hits) {
        String folded = fold(text);
        for (String n : needles) if (folded.contains(n)) hits.add(new Hit(n, file, part));
    }

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static String unescapeXml(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String g = m.group(1);
            String rep = switch (g) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(g.startsWith("#x")
                        ? Integer.parseInt(g.substring(2), 16) : Integer.parseInt(g.substring(1))));
            };
            m.appendReplacement(b, Matcher.quoteReplacement(rep));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /** For messages: the first few hits. */
    public static String describe(List<Hit> hits) {
        return hits.size() + " hit(s): " + String.join("; ", hits.stream().limit(10).map(Hit::toString).toList());
    }
}
