package org.alliance.alliance;

/**
 * A fall of one score that a rule counts as a rupture.
 *
 * @param scale the score that fell
 * @param level the client's level it fell from
 * @param rating the rating at the fall
 * @param sd the SD the fall is measured in, floor applied
 * @param dropSd {@code (level − rating) / sd}
 */
record Drop(AllianceScale scale, double level, double rating, double sd, double dropSd) {
}
