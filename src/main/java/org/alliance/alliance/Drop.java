package org.alliance.alliance;

/**
 * A fall of one score that a rule counts as a rupture.
 */
record Drop(AllianceScale scale, double level, double rating, double dropSd) {
}
