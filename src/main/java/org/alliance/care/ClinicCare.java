package org.alliance.care;

import java.util.List;

/**
 * A clinic's whole caseload at one moment: what a clinic-wide evaluation reads.
 *
 * @param clients every client, by pseudonym
 * @param episodes every episode of care, open and ended, by start
 * @param sessions every booked session, by date
 */
public record ClinicCare(List<Client> clients, List<Episode> episodes, List<CareSession> sessions) {

	public ClinicCare {
		clients = List.copyOf(clients);
		episodes = List.copyOf(episodes);
		sessions = List.copyOf(sessions);
	}

}
