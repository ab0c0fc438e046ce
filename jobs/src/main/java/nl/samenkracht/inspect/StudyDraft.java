package nl.samenkracht.inspect;

import nl.samenkracht.config.CsvConfig;
import nl.samenkracht.ingest.InputException;
import nl.samenkracht.ingest.interviews.InterviewFormat;
import nl.samenkracht.ingest.interviews.InterviewFormatDetector;
import nl.samenkracht.ingest.interviews.MaxqdaHeaders;
import nl.samenkracht.ingest.survey.ExportLayout;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.SchoolYear;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code samenkracht init DIR}: looks at the exports in a folder and writes a study.yaml that runs. Each
 * file is recognised by its header: a questionnaire export (the layouts of {@link ExportLayout}, or a plain
 * table whose columns hold answer labels), a contact log or roster (by their column names), a coded
 * interview export (MAXQDA, ATLAS.ti, REFI-QDA) or a Kotter log. Answer scales come from the labels the
 * files actually hold. What is a guess (respondent, date, location, group, waves, school years, proposed
 * scales, contact kinds) is marked {@code # controleer}.
 */
public final class StudyDraft {
    static final String CHECK = "  # controleer";
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)[-_](20\\d\\d)");
    private static final Set<String> RESPONDENT = Set.of("e-mail", "email", "e-mailadres", "emailadres", "email address",
            "e-mail address", "recipientemail", "respondent", "token", "personeelsnummer", "leerlingnummer");
    private static final List<String> DATE = List.of("begintijd", "start time", "tijdstempel", "timestamp", "startdate", "v8",
            "startdate. date started", "date started", "datum", "date", "ingevuld", "submitdate", "date submitted");
    private static final List<String> LOCATION_WORDS = List.of("locatie", "location", "vestiging", "afdeling");

    private final Path dir;
    private final List<String> notes = new ArrayList<>();
    private final List<SurveyFile> surveys = new ArrayList<>();
    private final List<TableFile> logs = new ArrayList<>();
    private final List<TableFile> rosters = new ArrayList<>();
    private final List<String[]> interviews = new ArrayList<>(); // {relative path, format, school year, wave or null}
    private final Map<String, Map<String, String>> interviewGroups = new LinkedHashMap<>();
    private String kotterLog;
    private final Set<String> locations = new TreeSet<>();

    private record SurveyFile(String path, ExportLayout layout, ColumnSample sample) {}

    private record TableFile(String path, ColumnSample sample) {}

    private StudyDraft(Path dir) {
        this.dir = dir;
    }

    /** Looks at every export under {@code dir}; what each file was taken for is in {@link #notes()}. */
    public static StudyDraft of(Path dir) throws IOException {
        StudyDraft d = new StudyDraft(dir.toAbsolutePath().normalize());
        List<Path> files;
        try (Stream<Path> s = Files.walk(d.dir, 4)) {
            files = s.filter(Files::isRegularFile).filter(StudyDraft::looksLikeExport)
                    .filter(p -> !hiddenOrOutput(d.dir.relativize(p))).sorted().toList();
        }
        for (Path f : files) d.look(f);
        return d;
    }

    public List<String> notes() {
        return notes;
    }

    public boolean isEmpty() {
        return surveys.isEmpty() && logs.isEmpty() && rosters.isEmpty() && interviews.isEmpty();
    }

    private static boolean looksLikeExport(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".txt") || n.endsWith(".tsv") || n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".qdpx");
    }

    private static boolean hiddenOrOutput(Path relative) {
        for (Path part : relative) {
            String s = part.toString();
            if (s.startsWith(".") || s.equals("reports") || s.equals("uitvoer")) return true;
        }
        return false;
    }

    private void look(Path file) {
        String rel = dir.relativize(file).toString().replace('\\', '/');
        if (rel.toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
            interviews.add(new String[]{rel, "qdpx", year(rel)});
            notes.add(rel + ": REFI-QDA project (coded interviews)");
            return;
        }
        ColumnSample sample;
        ExportLayout[] layout = new ExportLayout[1];
        try (ExportTable t = ExportTable.open(dir, file, "auto", null, CsvConfig.AUTO)) {
            sample = ColumnSample.read(t, header -> {
                layout[0] = ExportLayout.detect(header);
                return layout[0].headerRows - 1;
            });
        } catch (InputException | nl.samenkracht.config.ConfigException e) {
            notes.add(rel + ": not read (" + e.getMessage() + ")");
            return;
        }
        List<String> h = sample.header.stream().map(AnswerScale::normalise).toList();
        InterviewFormat qda = InterviewFormatDetector.detect(sample.header);
        if (qda == InterviewFormat.MAXQDA || qda == InterviewFormat.ATLASTI) {
            interviews.add(new String[]{rel, qda.key(), year(rel)});
            interviewGroups.put(rel, documentGroups(sample));
            notes.add(rel + ": coded interviews (" + qda.key() + ")");
        } else if (h.size() >= 2 && (h.get(0).equals("datum") || h.get(0).equals("date")) && (h.get(1).startsWith("fase") || h.get(1).startsWith("phase"))) {
            kotterLog = rel;
            notes.add(rel + ": Kotter log");
        } else if (layout[0] != ExportLayout.PLAIN || likertColumns(sample) >= 2) {
            surveys.add(new SurveyFile(rel, layout[0], sample));
            notes.add(rel + ": questionnaire export (" + layout[0].label + ")");
        } else if (logical(sample, ContactColumns.LOG).containsKey("date") && logical(sample, ContactColumns.LOG).containsKey("type")
                && logical(sample, ContactColumns.LOG).containsKey("counterpart")) {
            logs.add(new TableFile(rel, sample));
            notes.add(rel + ": contact log");
        } else if (logical(sample, ContactColumns.ROSTER).containsKey("counterpart")) {
            rosters.add(new TableFile(rel, sample));
            notes.add(rel + ": roster (list of pupils, colleagues or partners)");
        } else {
            notes.add(rel + ": not recognised (no questionnaire, contact, roster or interview header); left out");
        }
    }

    /** Logical contact column → header index, by the usual Dutch and English column names. */
    static Map<String, Integer> logical(ColumnSample s, Map<String, List<String>> names) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : names.entrySet()) {
            for (int i = 0; i < s.header.size(); i++) {
                String h = AnswerScale.normalise(s.header.get(i));
                if (e.getValue().contains(h) && !out.containsValue(i)) {
                    out.put(e.getKey(), i);
                    break;
                }
            }
        }
        return out;
    }

    private static int likertColumns(ColumnSample s) {
        int n = 0;
        for (int i = 0; i < s.header.size(); i++) if (ScaleGuess.builtIn(s.values(i)) != null) n++;
        return n;
    }

    private Map<String, String> documentGroups(ColumnSample s) {
        Set<String> groupHeaders = new LinkedHashSet<>();
        for (String g : MaxqdaHeaders.documentGroupHeaders()) groupHeaders.add(AnswerScale.normalise(g));
        Map<String, String> rules = new LinkedHashMap<>();
        for (int i = 0; i < s.header.size(); i++) {
            if (!groupHeaders.contains(AnswerScale.normalise(s.header.get(i)))) continue;
            List<String> groups = s.values(i);
            if (groups == null) continue;
            for (String g : groups) {
                for (String word : g.split("\\s+")) {
                    String w = word.toLowerCase(Locale.ROOT);
                    if (w.equals("voormeting") || w.equals("nameting"))
                        rules.putIfAbsent(g.startsWith(word) ? word + " *" : "* " + word, "wave:" + w);
                }
            }
            for (String g : groups) {
                String[] words = g.split("\\s+");
                String last = words[words.length - 1];
                if (words.length > 1 && !last.equalsIgnoreCase("voormeting") && !last.equalsIgnoreCase("nameting")) {
                    rules.putIfAbsent("* " + last, "location:" + last);
                    locations.add(last);
                }
            }
        }
        return rules;
    }

    private static String year(String path) {
        Matcher m = YEAR.matcher(path);
        if (m.find() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1) return m.group(1) + "-" + m.group(2);
        return null;
    }

    /** The study.yaml text. */
    public String yaml() {
        StudyYaml y = new StudyYaml(dir, notes);
        List<StudyYaml.Instrument> instruments = StudyYaml.instruments(surveys.stream()
                .map(s -> new StudyYaml.SurveySample(s.path(), s.layout(), s.sample())).toList(), locations);
        for (TableFile l : logs) collectLocations(l.sample(), ContactColumns.LOG);
        for (TableFile r : rosters) collectLocations(r.sample(), ContactColumns.ROSTER);
        String fallbackYear = SchoolYear.of(LocalDate.now());
        return y.write(instruments, locations,
                logs.stream().map(l -> new StudyYaml.Table(l.path(), l.sample())).toList(),
                rosters.stream().map(r -> new StudyYaml.Table(r.path(), r.sample())).toList(),
                interviews, interviewGroups, kotterLog, fallbackYear);
    }

    private void collectLocations(ColumnSample s, Map<String, List<String>> names) {
        Integer i = logical(s, names).get("location");
        if (i == null) return;
        List<String> v = s.values(i);
        if (v != null && v.size() <= 30) locations.addAll(v);
    }

    static boolean isRespondentHeader(String normalised) {
        return RESPONDENT.contains(normalised);
    }

    static List<String> dateHeaders() {
        return DATE;
    }

    static boolean isLocationHeader(String normalised) {
        for (String w : LOCATION_WORDS) if (normalised.contains(w)) return true;
        return normalised.equals("school") || normalised.equals("schoolnaam");
    }
}
