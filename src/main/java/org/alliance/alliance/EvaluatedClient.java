package org.alliance.alliance;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A client's alliance as the system evaluated it, with the care sessions its session
 * numbers stand for, so that a signal carries its session's id and date.
 *
 * @param alliance the evaluation
 * @param sessions the sessions of the latest episode with a rating, by session number
 */
record EvaluatedClient(ClientAlliance alliance, Map<Integer, RatedSession> sessions) {

	/** A rated session: its id and the day it took place. */
	record RatedSession(UUID id, LocalDate date) {
	}

}
