package nl.samenkracht.canonical;

import java.util.List;

/**
 * interview segments (data/interview_segments): one coded segment of an interview.
 *
 * @param codePath the code's path from its top-level parent down to itself
 * @param text     the segment text; null when privacy.include_free_text is false
 */
public record InterviewSegment(@Required String schoolYear, @Required String wave, @Required String location,
                               @Required String role, @Required String respondent, @Required List<String> codePath,
                               @Required String code, String text, @Required String file, int row) {}
