package nl.samenkracht.ingest.survey;

/** Counts the fields of a raw CSV record that Spark marked as malformed, to say how it differs. */
final class FieldCounter {
    private FieldCounter() {}

    static int count(String record, SurveyFilePlan plan) {
        char delimiter = plan.delimiter();
        int fields = 1;
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted) fields++;
        }
        return fields - plan.leadingColumns();
    }
}
