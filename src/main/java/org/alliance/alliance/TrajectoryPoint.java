package org.alliance.alliance;

/**
 * One score on a trajectory, on the form's own scale and as POMP.
 *
 * @param session number of the session
 * @param perspective whose view
 * @param scale which score
 * @param itemMean per-item mean, in points of the form's item scale
 * @param pomp percent of scale maximum, 0–100, comparable across forms
 */
public record TrajectoryPoint(int session, Perspective perspective, AllianceScale scale, double itemMean, double pomp) {
}
