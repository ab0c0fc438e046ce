package nl.samenkracht.ingest.survey;

/** What was learnt about one input file while reading it; goes to run.json and the overview sheet. */
public record SourceFile(String source, String id, String file, String sha256, String kind, String layout, String dialect,
                         int columns) {}
