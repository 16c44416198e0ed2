package org.alliance.outcome;

/**
 * A symptom measure's total at one session of an episode.
 *
 * @param session the session's number in its episode, from 1
 * @param instrument the instrument's code, such as {@code phq9}
 * @param total the total, in points of the instrument's scale
 */
public record SessionScore(int session, String instrument, double total) {
}
