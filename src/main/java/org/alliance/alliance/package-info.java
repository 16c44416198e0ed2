/**
 * Reads the therapeutic alliance over sessions: trajectories as client and therapist rate
 * them, the gap between the therapist's prediction and the client's rating, and ruptures
 * by the rules of Strauss et al. (2006) and Stiles et al. (2004), and their repair: the
 * rating's return to the client's level, and the steps the therapist records
 * (acknowledge, explore, renegotiate, reinforce; docs/manual.md, "Collaboration"). The
 * rules are plain Java; the evaluation around them listens for stored ratings and raises
 * signals. Its pages are the session brief and the therapist's rating and prediction
 * forms ({@code templates/alliance/}), and a rupture signal's result and chart
 * ({@code RuptureDetail}).
 */
package org.alliance.alliance;
