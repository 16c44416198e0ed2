package org.alliance.outcome;

import java.util.List;
import java.util.UUID;

/**
 * A client's outcomes, one per episode of care.
 *
 * @param client the client's id
 * @param episodes by start date, oldest first, never null
 */
public record ClientOutcome(UUID client, List<EpisodeOutcome> episodes) {

	public ClientOutcome {
		episodes = List.copyOf(episodes);
	}

}
