package nl.samenkracht.ingest.survey;

import nl.samenkracht.model.AnswerScale;

import java.io.Serializable;

/** One configured item bound to its column in a particular file. */
public record ItemPlan(String itemId, String scaleId, int column, String header, AnswerScale scale,
                       boolean reverse, boolean open) implements Serializable {}
