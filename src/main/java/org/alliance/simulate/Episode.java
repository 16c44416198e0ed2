package org.alliance.simulate;

import java.util.List;
import java.util.Optional;

/**
 * One simulated episode of care with what was planted in it.
 */
record Episode(SimulatedClient client, List<SimulatedSession> sessions, List<SimulatedResponse> responses,
		Optional<PlantedRupture> rupture) {

	boolean droppedOut() {
		return "dropout".equals(this.client.endReason());
	}

}
