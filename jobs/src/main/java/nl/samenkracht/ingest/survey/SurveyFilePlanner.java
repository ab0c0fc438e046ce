package nl.samenkracht.ingest.survey;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.InstrumentConfig;
import nl.samenkracht.config.ItemConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.SurveyConfig;
import nl.samenkracht.ingest.CsvDialect;
import nl.samenkracht.ingest.FlexibleDates;
import nl.samenkracht.ingest.HeaderReader;
import nl.samenkracht.ingest.frontend.Export;
import nl.samenkracht.model.AnswerScale;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a survey's configuration to one opened export: the layout of the questionnaire tool,
 * where respondent, dates, wave, location, group and every item are. Runs on the driver; reading
 * the rows is the front end's job.
 */
final class SurveyFilePlanner {
    /** Slash dates looked at to decide whether they are day or month first. */
    static final int ORDER_SAMPLE = 5000;

    private final Study study;
    private final Map<String, AnswerScale> scales;
    private final Set<String> knownLocations;

    SurveyFilePlanner(Study study, Map<String, AnswerScale> scales, List<String> knownLocations) {
        this.study = study;
        this.scales = scales;
        this.knownLocations = new HashSet<>(knownLocations);
    }

    SurveyFilePlan plan(SurveyConfig s, Export e) {
        List<String> header = e.header();
        ExportLayout layout = ExportLayout.forFormat(s.format(), header);
        List<String> alt = (layout == ExportLayout.QUALTRICS || layout == ExportLayout.QUALTRICS_LEGACY) && e.head().size() > 1
                ? e.head().get(1) : List.of();
        String fileName = e.file().getFileName().toString();
        InstrumentConfig instrument = study.config().instrument(s.instrument());
        String owner = "survey '" + s.id() + "'";
        ColumnResolver r = new ColumnResolver(e.label(), owner, header, alt);
        int respondent = s.respondent() == null ? -1 : r.required(s.respondent(), "respondent");
        String submittedName = s.submittedAt() != null ? s.submittedAt() : layout.submittedAtIn(header);
        int submitted = s.submittedAt() != null ? r.required(s.submittedAt(), "submitted_at") : r.optional(submittedName);
        List<ItemPlan> items = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (ItemConfig it : instrument.items()) {
            String role = "item " + it.id();
            int c = it.column() != null ? r.required(it.column(), role) : r.byPattern(it.pattern(), role);
            if (!used.add(c)) throw new ConfigException(e.label() + ": " + owner + ": " + role + ": column '" + header.get(c) + "' is already used by another item");
            String scaleId = it.answerScale() != null ? it.answerScale() : instrument.answerScale();
            AnswerScale scale = it.isOpen() ? null : scales.get(scaleId);
            items.add(new ItemPlan(it.id(), it.scale(), c, header.get(c), scale, it.reverse(), it.isOpen()));
        }
        // Unfinished submissions are counted apart (issue 15); a tool that records them says so in a column.
        int completion = layout.completion == ExportLayout.Completion.NONE ? -1 : r.optional(layout.completionColumnIn(header));
        int started = layout.startedAtColumn == null ? -1 : r.optional(layout.startedAtIn(header));
        AttributePlan sy = r.attribute(s.schoolYear(), "school_year", fileName);
        boolean anyDate = sy.fromDate() || submitted >= 0;
        FlexibleDates dates = anyDate ? new FlexibleDates(s.schoolYear() != null ? s.schoolYear().dateFormat() : null,
                defaultOrder(layout)) : null;
        if (anyDate && s.csv().dateFormat() != null && !"auto".equals(s.csv().dateFormat()))
            dates = new FlexibleDates(s.csv().dateFormat(), defaultOrder(layout));
        SurveyFilePlan plan = new SurveyFilePlan(s.id(), s.instrument(), e.label(), layout.headerRows, header.size(), header, respondent,
                submitted >= 0 ? submitted : (sy.fromDate() ? sy.column() : -1), r.attribute(s.wave(), "wave", fileName), sy,
                r.attribute(s.location(), "location", fileName), r.attribute(s.group(), "group", fileName), items,
                dates, knownLocations, study.config().privacy().includeFreeText(), !e.sheetRows(),
                layout.completion, completion, started);
        return plan.dates() != null && needsOrderDetection(s) ? withDetectedOrder(plan, e, layout) : plan;
    }

    /** Microsoft Forms on an English tenant writes month first; everything Dutch writes day first. */
    private static FlexibleDates.Order defaultOrder(ExportLayout layout) {
        return layout == ExportLayout.MSFORMS_EN ? FlexibleDates.Order.MONTH_FIRST : FlexibleDates.Order.DAY_FIRST;
    }

    private static boolean needsOrderDetection(SurveyConfig s) {
        boolean configured = (s.schoolYear() != null && s.schoolYear().dateFormat() != null)
                || !"auto".equals(s.csv().dateFormat());
        return !configured;
    }

    /**
     * Looks at up to 5,000 slash dates of the date column to decide whether they are day or month
     * first; read on the driver with Spark's parser (the opener pool reads files side by side).
     */
    private static SurveyFilePlan withDetectedOrder(SurveyFilePlan plan, Export e, ExportLayout layout) {
        int c = plan.schoolYear().fromDate() ? plan.schoolYear().column() : plan.submittedAtColumn();
        if (c < 0) return plan;
        CsvDialect read = new CsvDialect(e.decoding().textCharset().name(), e.dialect().delimiter(), false, false);
        List<String> values = HeaderReader.columnValues(e.textFile(), read, c + e.leadingColumns(), plan.headerRows(),
                nl.samenkracht.ingest.frontend.ExportOpener.maxColumnsFor(e), v -> v.contains("/"), ORDER_SAMPLE, e.label());
        if (values.isEmpty()) return plan;
        return plan.withDates(new FlexibleDates(null, FlexibleDates.detectOrder(values, defaultOrder(layout))));
    }
}
