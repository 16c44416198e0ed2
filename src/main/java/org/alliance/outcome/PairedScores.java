package org.alliance.outcome;

/**
 * The first and last PHQ-9 and GAD-7 totals of an episode, the pair NHS Talking Therapies
 * compare.
 *
 * @param phq9First the first PHQ-9 total, 0–27
 * @param phq9Last the last PHQ-9 total, 0–27
 * @param gad7First the first GAD-7 total, 0–21
 * @param gad7Last the last GAD-7 total, 0–21
 */
public record PairedScores(double phq9First, double phq9Last, double gad7First, double gad7Last) {
}
