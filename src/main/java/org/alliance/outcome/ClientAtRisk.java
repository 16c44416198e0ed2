package org.alliance.outcome;

import java.util.List;
import java.util.UUID;

import org.alliance.care.CareSession;

/**
 * An open episode's client whose dropout risk is at or above the clinic's signal risk.
 *
 * @param clientId the client
 * @param therapistId the client's therapist
 * @param episodeId the open episode
 * @param risk the risk, 0 to 1
 * @param drivers up to three features that raise it most
 * @param landmark the session from which the episode has a risk: its first attended
 * session numbered at or after the landmark session L
 */
public record ClientAtRisk(UUID clientId, UUID therapistId, UUID episodeId, double risk, List<DropoutDriver> drivers,
		CareSession landmark) {

	public ClientAtRisk {
		drivers = List.copyOf(drivers);
	}

}
