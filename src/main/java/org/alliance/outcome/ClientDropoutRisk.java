package org.alliance.outcome;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client's dropout risk as a therapist sees it: a risk with the features that raise it
 * most, or the reason there is none.
 */
public sealed interface ClientDropoutRisk {

	/**
	 * The risk of the client's open episode.
	 *
	 * @param episodeId the open episode
	 * @param risk the probability of dropping out, 0 to 1
	 * @param drivers up to three features that raise it most, largest first, each adding
	 * at least 0.1 to the log-odds; fewer when fewer raise it that much
	 * @param modelFittedAt when the model was fitted
	 */
	record Estimated(UUID episodeId, double risk, List<DropoutDriver> drivers,
			Instant modelFittedAt) implements ClientDropoutRisk {

		public Estimated {
			drivers = List.copyOf(drivers);
		}

	}

	/**
	 * No risk, and why: e.g. "not enough finished episodes (12 dropouts, need 60)", "the
	 * risk is given from session 3 on".
	 *
	 * @param reason in a therapist's words
	 */
	record Unavailable(String reason) implements ClientDropoutRisk {
	}

}
