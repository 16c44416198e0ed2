package org.alliance.alliance;

/**
 * A rupture: the client's rating fell far enough below their own level, and what
 * followed.
 *
 * @param client key of the client
 * @param session number of the session holding the drop
 * @param rule code of the rule that found it, such as {@code strauss}
 * @param scale the score that fell: {@link AllianceScale#TOTAL}, or one component when
 * the total held
 * @param level the pre-rupture level, per-item mean the repair must reach
 * @param rating the rating at the drop, per-item mean
 * @param dropSd {@code (level − rating) / SD}, at least the rule's threshold
 * @param outcome repaired, unrepaired or pending, never null
 */
public record RuptureEpisode(String client, int session, String rule, AllianceScale scale, double level, double rating,
		double dropSd, RepairOutcome outcome) {
}
