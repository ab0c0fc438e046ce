package nl.samenkracht.inspect;

import nl.samenkracht.ingest.survey.ExportLayout;
import nl.samenkracht.model.AnswerScale;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Writes the study.yaml {@link StudyDraft} proposes, with its guesses marked {@code # controleer}. */
final class StudyYaml {
    record SurveySample(String path, ExportLayout layout, ColumnSample sample) {}

    record Table(String path, ColumnSample sample) {}

    /** One questionnaire: its items (header → scale) and the survey files that hold it, grouped by how they are read. */
    record Instrument(String id, String scale, Map<String, String> items, Map<String, List<Survey>> unused, List<Survey> surveys) {}

    record Survey(List<String> files, ExportLayout layout, String respondent, String date, String location, String group) {}

    private final Path dir;
    private final List<String> notes;

    StudyYaml(Path dir, List<String> notes) {
        this.dir = dir;
        this.notes = notes;
    }

    static List<Instrument> instruments(List<SurveySample> files, Set<String> locations) {
        Map<Set<String>, Map<String, String>> itemsBySet = new LinkedHashMap<>();
        Map<Set<String>, Map<List<Object>, Survey>> surveysBySet = new LinkedHashMap<>();
        for (SurveySample f : files) {
            ColumnSample s = f.sample();
            Set<String> meta = new java.util.HashSet<>();
            for (String m : f.layout().metadataColumns) meta.add(AnswerScale.normalise(m));
            String respondent = null, date = null, location = null, group = null;
            for (String h : s.header) if (respondent == null && StudyDraft.isRespondentHeader(AnswerScale.normalise(h))) respondent = h;
            String submitted = f.layout().submittedAtIn(s.header);
            for (String want : StudyDraft.dateHeaders())
                for (String h : s.header) if (date == null && AnswerScale.normalise(h).equals(want)) date = h;
            if (date == null && submitted != null && s.index(AnswerScale.normalise(submitted)) >= 0) date = submitted;
            Map<String, String> items = new LinkedHashMap<>();
            for (int i = 0; i < s.header.size(); i++) {
                String h = s.header.get(i);
                String n = AnswerScale.normalise(h);
                if (h.isBlank() || meta.contains(n) || h.equals(respondent) || h.equals(date)) continue;
                List<String> values = s.values(i);
                if (location == null && StudyDraft.isLocationHeader(n) && values != null && values.size() <= 30) {
                    location = h;
                    locations.addAll(values);
                    continue;
                }
                String scale = ScaleGuess.builtIn(values);
                if (scale != null) items.put(h, scale);
                else if (group == null && values != null && values.size() >= 2 && values.size() <= 6 && s.longest[i] <= 60) group = h;
            }
            Set<String> key = items.keySet();
            itemsBySet.putIfAbsent(new LinkedHashSet<>(key), items);
            Map<List<Object>, Survey> byHow = surveysBySet.computeIfAbsent(new LinkedHashSet<>(key), k -> new LinkedHashMap<>());
            List<Object> how = java.util.Arrays.asList(f.layout(), respondent, date, location, group);
            Survey prev = byHow.get(how);
            List<String> paths = prev == null ? new ArrayList<>() : new ArrayList<>(prev.files());
            paths.add(f.path());
            byHow.put(how, new Survey(paths, f.layout(), respondent, date, location, group));
        }
        List<Instrument> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Set<String>, Map<String, String>> e : itemsBySet.entrySet()) {
            n++;
            Map<String, Integer> votes = new HashMap<>();
            e.getValue().values().forEach(v -> votes.merge(v, 1, Integer::sum));
            String scale = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("eens5");
            out.add(new Instrument(itemsBySet.size() == 1 ? "vragenlijst" : "vragenlijst" + n, scale, e.getValue(), Map.of(),
                    new ArrayList<>(surveysBySet.get(e.getKey()).values())));
        }
        return out;
    }

    String write(List<Instrument> instruments, Set<String> locations, List<Table> logs, List<Table> rosters,
                 List<String[]> interviews, Map<String, Map<String, String>> interviewGroups, String kotterLog, String fallbackYear) {
        StringBuilder y = new StringBuilder();
        String name = dir.getFileName() == null ? "onderzoek" : dir.getFileName().toString();
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        if (id.isEmpty() || !Character.isLetterOrDigit(id.charAt(0))) id = "onderzoek";
        y.append("# Written by `samenkracht init` from the exports in this folder. Check the lines marked\n")
                .append("# '# controleer' (guesses), then: ./samenkracht validate study.yaml\n")
                .append("# Field-by-field reference: docs/config-reference.md\n");
        for (String note : notes) y.append("#   ").append(note.replace('\n', ' ')).append('\n');
        y.append("version: 1\nstudy:\n  id: ").append(id).append(CHECK_ID).append("\n  name: ").append(q(name)).append(StudyDraft.CHECK).append('\n');
        y.append("output: reports\nprivacy:\n  min_group_size: 5\n");
        y.append("options:\n  pre_wave: voormeting\n  post_wave: nameting\n");
        if (!locations.isEmpty()) y.append("locations: [").append(String.join(", ", locations.stream().map(StudyYaml::q).toList()))
                .append("]").append(StudyDraft.CHECK).append('\n');
        if (!instruments.isEmpty()) {
            y.append("\ninstruments:\n");
            for (Instrument in : instruments) {
                y.append("  - id: ").append(in.id()).append("\n    label: Vragenlijst\n    answer_scale: ").append(in.scale())
                        .append("  # controleer: found from the answer labels in the files\n")
                        .append("    scales:  # controleer: split the items into the scales you measure\n")
                        .append("      - {id: schaal, label: Schaal}\n    items:\n");
                int k = 0;
                for (Map.Entry<String, String> it : in.items().entrySet()) {
                    k++;
                    y.append("      - {id: v").append(k < 10 ? "0" : "").append(k).append(", scale: schaal, column: ").append(q(it.getKey()));
                    if (!it.getValue().equals(in.scale())) y.append(", answer_scale: ").append(it.getValue());
                    y.append("}\n");
                }
            }
            y.append("\nsurveys:\n");
            int n = 0;
            for (Instrument in : instruments) {
                for (Survey s : in.surveys()) {
                    n++;
                    y.append("  - id: ").append(in.id()).append("-").append(n).append("  # ").append(s.layout().label).append('\n');
                    y.append("    instrument: ").append(in.id()).append('\n');
                    y.append("    files: [").append(String.join(", ", s.files().stream().map(StudyYaml::q).toList())).append("]\n");
                    y.append("    format: auto\n");
                    if (s.respondent() != null) y.append("    respondent: ").append(q(s.respondent())).append(StudyDraft.CHECK).append('\n');
                    else y.append("    # no respondent column found: answers stay anonymous (no pre/post linking)\n");
                    y.append("    wave: ").append(wave(s.files())).append('\n');
                    if (s.date() != null) y.append("    school_year: {from_date: ").append(q(s.date())).append("}").append(StudyDraft.CHECK).append('\n');
                    else y.append("    school_year: {value: ").append(yearOf(s.files(), fallbackYear)).append("}").append(StudyDraft.CHECK).append('\n');
                    if (s.location() != null) y.append("    location: {column: ").append(q(s.location())).append("}").append(StudyDraft.CHECK).append('\n');
                    if (s.group() != null) y.append("    group: {column: ").append(q(s.group())).append("}").append(StudyDraft.CHECK).append('\n');
                }
            }
        }
        if (!interviews.isEmpty()) {
            y.append("\ninterviews:\n");
            int n = 0;
            for (String[] iv : interviews) {
                n++;
                y.append("  - id: interviews-").append(n).append("\n    files: [").append(q(iv[0])).append("]\n    format: ").append(iv[1]).append('\n');
                y.append("    school_year: ").append(iv[2] != null ? iv[2] : fallbackYear).append(StudyDraft.CHECK).append('\n');
                Map<String, String> groups = interviewGroups.getOrDefault(iv[0], Map.of());
                boolean hasWave = groups.values().stream().anyMatch(v -> v.startsWith("wave:"));
                if (!hasWave) y.append("    wave: voormeting").append(StudyDraft.CHECK).append('\n');
                if (!groups.isEmpty()) {
                    y.append("    document_groups:").append(StudyDraft.CHECK).append('\n');
                    groups.forEach((g, v) -> y.append("      ").append(q(g)).append(": ").append(q(v)).append('\n'));
                }
            }
        }
        if (!logs.isEmpty() || !rosters.isEmpty()) {
            y.append("\ncontacts:\n");
            if (!rosters.isEmpty()) {
                y.append("  rosters:\n");
                int n = 0;
                for (Table r : rosters) {
                    n++;
                    Map<String, Integer> cols = StudyDraft.logical(r.sample(), ContactColumns.ROSTER);
                    String kind = ContactColumns.kind(r.sample().header.get(cols.get("counterpart")), r.path());
                    y.append("    - id: lijst-").append(n).append("\n      kind: ").append(kind).append(StudyDraft.CHECK)
                            .append("\n      files: [").append(q(r.path())).append("]\n      columns: {");
                    y.append(String.join(", ", cols.entrySet().stream().map(e -> e.getKey() + ": " + q(r.sample().header.get(e.getValue()))).toList()));
                    y.append("}\n");
                }
            }
            if (!logs.isEmpty()) {
                y.append("  logs:\n");
                int n = 0;
                for (Table l : logs) {
                    n++;
                    Map<String, Integer> cols = StudyDraft.logical(l.sample(), ContactColumns.LOG);
                    String kind = ContactColumns.kind(l.sample().header.get(cols.get("counterpart")), l.path());
                    y.append("    - id: contacten-").append(n).append("\n      kind: ").append(kind).append(StudyDraft.CHECK)
                            .append("\n      files: [").append(q(l.path())).append("]\n      columns: {");
                    y.append(String.join(", ", cols.entrySet().stream().map(e -> e.getKey() + ": " + q(l.sample().header.get(e.getValue()))).toList()));
                    y.append("}\n");
                    StringBuilder values = new StringBuilder();
                    for (Map.Entry<String, Map<String, String>> m : ContactColumns.LABELS.entrySet()) {
                        Integer c = cols.get(m.getKey());
                        if (c == null) continue;
                        List<String> labels = l.sample().values(c);
                        if (labels == null) continue;
                        List<String> pairs = new ArrayList<>();
                        for (String label : labels) {
                            String canonical = m.getValue().get(AnswerScale.normalise(label));
                            if (canonical == null && m.getKey().equals("type")) canonical = "overig";
                            if (canonical != null) pairs.add(q(label) + ": " + canonical);
                        }
                        if (!pairs.isEmpty()) values.append("        ").append(m.getKey()).append(": {").append(String.join(", ", pairs)).append("}\n");
                    }
                    if (values.length() > 0) y.append("      values:").append(StudyDraft.CHECK).append('\n').append(values);
                }
            }
        }
        if (kotterLog != null) y.append("\ncoverage:\n  kotter_log: {file: ").append(q(kotterLog)).append("}\n");
        return y.toString();
    }

    private static final String CHECK_ID = "  # controleer: lower case, digits, - and _; names the output folder";

    private static String wave(List<String> files) {
        boolean all = files.stream().allMatch(f -> {
            String l = f.toLowerCase(Locale.ROOT);
            return l.contains("voormeting") || l.contains("nameting");
        });
        if (all) return "{from_file_name: {voormeting: voormeting, nameting: nameting}}";
        return "{value: voormeting}" + StudyDraft.CHECK;
    }

    private static String yearOf(List<String> files, String fallback) {
        for (String f : files) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(20\\d\\d)[-_](20\\d\\d)").matcher(f);
            if (m.find()) return m.group(1) + "-" + m.group(2);
        }
        return fallback;
    }

    /** A YAML double-quoted scalar (JSON escaping is valid YAML). */
    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
