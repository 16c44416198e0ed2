package org.alliance.alliance;

/**
 * The perception gap at one session on one scale.
 *
 * @param session number of the session
 * @param predicted the therapist's prediction of the client's rating, per-item mean
 * @param rated the client's rating, per-item mean
 * @param gap {@code predicted − rated}: positive when the therapist over-estimates
 * @param runningMean mean of the gaps up to and including this session
 */
public record GapPoint(int session, double predicted, double rated, double gap, double runningMean) {
}
