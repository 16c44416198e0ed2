package org.alliance.alliance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the alliance module knows of one client: bond, task, goal and total per
 * session from the client's, the therapist's and the predicted view; the perception gap;
 * and the rupture episodes each rule finds, with their repair outcome.
 *
 * @param ruptures by rule code ({@code strauss}, {@code stiles})
 * @param lastFeedback the client's last answer to "What would make our next session more
 * helpful?", or null
 */
public record ClientAlliance(UUID clientId, ClientTrajectory trajectory, List<GapSeries> gaps,
		Map<String, List<RuptureEpisode>> ruptures, String lastFeedback, Integer lastFeedbackSession) {
}
