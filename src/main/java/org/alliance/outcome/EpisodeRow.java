package org.alliance.outcome;

/**
 * One episode of a researcher's table for {@code alliance outcomes}.
 *
 * @param episode the episode's identifier as written
 * @param scores its first and last PHQ-9 and GAD-7
 * @param treatmentSessions attended treatment sessions, from 0
 */
record EpisodeRow(String episode, PairedScores scores, int treatmentSessions) {
}
