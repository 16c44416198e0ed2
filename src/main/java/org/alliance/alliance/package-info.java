/**
 * Reads the therapeutic alliance over sessions: trajectories as client and therapist rate
 * them, the gap between the therapist's prediction and the client's rating, and ruptures
 * by the rules of Strauss et al. (2006) and Stiles et al. (2004), with the repair steps
 * of the founding text. Plain Java: no Spring, no database.
 */
package org.alliance.alliance;
