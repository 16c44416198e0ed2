package org.alliance.measure;

import java.util.Map;

import org.alliance.instrument.Answer;

/**
 * Answers to one instrument for one session, as a respondent gave them; not yet
 * validated.
 *
 * @param instrument the instrument's code, e.g. {@code phq9}
 * @param respondent {@code client} or {@code therapist}
 * @param answers by item id
 */
public record Submission(String instrument, String respondent, Map<String, Answer> answers) {
}
