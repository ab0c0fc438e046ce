package nl.samenkracht.ingest.survey;

import nl.samenkracht.ingest.FlexibleDates;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the row interpreter needs to turn one file's records into submissions; built on the
 * driver from study.yaml and the file's header, shipped to the executors.
 *
 * @param fileLabel       the file as named in messages (relative to the study folder)
 * @param headerRows      records before the data (Qualtrics: 3)
 * @param width           number of header columns
 * @param knownLocations  when the study lists its locations, any other is rejected; empty = accept all
 * @param keepFreeText    privacy.include_free_text: when false the text of open items is dropped on reading
 * @param multiLineHint   a malformed record over several lines gets a hint about quotes (text exports only)
 * @param completion      how the tool marks an unfinished submission, looked up in {@code completionColumn} (-1: none)
 * @param startedAtColumn when the questionnaire was opened (-1: none): the school year of an unfinished
 *                        submission that has no submission date
 */
public record SurveyFilePlan(String surveyId, String instrumentId, String fileLabel, int headerRows, int width,
                             List<String> header, int respondentColumn, int submittedAtColumn,
                             AttributePlan wave, AttributePlan schoolYear, AttributePlan location,
                             AttributePlan group, List<ItemPlan> items, FlexibleDates dates,
                             Set<String> knownLocations, boolean keepFreeText, boolean multiLineHint,
                             ExportLayout.Completion completion, int completionColumn, int startedAtColumn) implements Serializable {

    /** The header positions the interpreter reads. */
    public Set<Integer> columns() {
        Set<Integer> c = new HashSet<>();
        c.add(respondentColumn);
        c.add(submittedAtColumn);
        c.add(completionColumn);
        c.add(startedAtColumn);
        for (AttributePlan a : List.of(wave, schoolYear, location, group)) c.add(a.column());
        for (ItemPlan i : items) c.add(i.column());
        c.remove(-1);
        return c;
    }

    /** The columns of the items, in item order. */
    public int[] itemColumns() {
        return items.stream().mapToInt(ItemPlan::column).toArray();
    }

    SurveyFilePlan withDates(FlexibleDates d) {
        return new SurveyFilePlan(surveyId, instrumentId, fileLabel, headerRows, width, header, respondentColumn,
                submittedAtColumn, wave, schoolYear, location, group, items, d, knownLocations, keepFreeText, multiLineHint,
                completion, completionColumn, startedAtColumn);
    }
}
