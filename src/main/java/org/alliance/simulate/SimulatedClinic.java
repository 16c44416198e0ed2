package org.alliance.simulate;

import java.util.List;

/**
 * A simulated clinic and the truth planted in it. All lists are unmodifiable and in a
 * fixed order (by client, then session).
 *
 * @param clinicName display name of the clinic
 * @param therapists the therapists, by key
 * @param clients the clients, by key
 * @param sessions every scheduled session, attended or not
 * @param responses every instrument response, one per instrument and attended session
 * @param truth what the simulator planted, to check detection rules against
 */
public record SimulatedClinic(String clinicName, List<SimulatedTherapist> therapists, List<SimulatedClient> clients,
		List<SimulatedSession> sessions, List<SimulatedResponse> responses, PlantedTruth truth) {

	public SimulatedClinic {
		therapists = List.copyOf(therapists);
		clients = List.copyOf(clients);
		sessions = List.copyOf(sessions);
		responses = List.copyOf(responses);
	}

}
