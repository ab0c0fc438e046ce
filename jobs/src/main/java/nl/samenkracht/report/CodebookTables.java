package nl.samenkracht.report;

import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.report.model.ReportTable;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The codebook: items with their exact question text, scale, reverse key and answer scale; and the answer scales used. */
public final class CodebookTables {
    private CodebookTables() {}

    public static ReportTable items(Codebook cb) {
        StringColumn instrument = StringColumn.create("instrument"), item = StringColumn.create("item"),
                scale = StringColumn.create("scale"), text = StringColumn.create("text"),
                answerScale = StringColumn.create("answer_scale"), type = StringColumn.create("type"),
                factors = StringColumn.create("factors"), scaleLabel = StringColumn.create("scale_label"),
                answerScaleLabel = StringColumn.create("answer_scale_label");
        BooleanColumn reverse = BooleanColumn.create("reverse");
        for (Codebook.Item i : cb.items()) {
            Codebook.Scale sc = i.scale() == null ? null : cb.scale(i.instrument(), i.scale());
            scaleLabel.append(sc == null ? "" : sc.label());
            nl.samenkracht.model.AnswerScale as = cb.answerScaleOf(i);
            answerScaleLabel.append(as == null ? "" : as.label());
            instrument.append(i.instrument());
            item.append(i.id());
            scale.append(i.scale() == null ? "" : i.scale());
            text.append(i.text());
            reverse.append(i.reverse());
            answerScale.append(i.answerScale() == null ? "" : i.answerScale());
            type.append(i.open() ? "open" : "likert");
            factors.append(String.join(", ", i.factors()));
        }
        // The sheet shows labels; the ids stay in codebook.csv (the contract). The item id is kept:
        // it is the variable name in export/ (SPSS, R).
        return new ReportTable("codebook", "Codeboek",
                "Omgescoorde items tellen in elke statistiek als (min + max) − antwoord. Item = de variabelenaam in export/ (SPSS, R).",
                Table.create("codebook").addColumns(instrument, item, scale, text, reverse, answerScale, type, factors,
                        scaleLabel, answerScaleLabel),
                new nl.samenkracht.report.model.TableStyle().hide("scale").hide("answer_scale"));
    }

    public static ReportTable answerScales(Codebook cb) {
        Set<String> used = cb.items().stream().map(Codebook.Item::answerScale).filter(s -> s != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        StringColumn id = StringColumn.create("answer_scale"), label = StringColumn.create("label"),
                options = StringColumn.create("options"), missing = StringColumn.create("missing_labels");
        IntColumn n = IntColumn.create("n_options");
        for (String s : used) {
            AnswerScale a = cb.answerScales().get(s);
            id.append(s);
            label.append(a.label());
            n.append(a.options().size());
            options.append(a.options().stream().map(o -> format(o.value()) + " = " + o.label()).collect(Collectors.joining("; ")));
            missing.append(String.join("; ", a.missingLabels()));
        }
        return new ReportTable("answer_scales", "Antwoordschalen", "Labels die als ontbrekend tellen zijn hoofdletterongevoelig.",
                Table.create("answer_scales").addColumns(id, label, n, options, missing));
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
