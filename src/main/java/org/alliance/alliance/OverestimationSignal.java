package org.alliance.alliance;

/**
 * The therapist has over-estimated the client's rating beyond the margin in enough
 * sessions in a row.
 *
 * @param client key of the client
 * @param scale the scale over-estimated
 * @param session the session that completed the run
 * @param gap the gap at that session, in points per item
 */
public record OverestimationSignal(String client, AllianceScale scale, int session, double gap) {
}
