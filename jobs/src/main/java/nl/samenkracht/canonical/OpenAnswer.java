package nl.samenkracht.canonical;

/** open answers: the text of an open item of an accepted submission (only with privacy.include_free_text). */
public record OpenAnswer(@Required String instrument, @Required String schoolYear, @Required String wave,
                         @Required String location, String grp, @Required String respondent, @Required String item,
                         @Required String text, @Required String file, int row) {}
