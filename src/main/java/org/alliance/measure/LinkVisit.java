package org.alliance.measure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.alliance.care.SessionOfClient;
import org.alliance.instrument.Answer;
import org.alliance.instrument.Instrument;

/**
 * What a client sees when opening a valid personal link: the measures still due, in
 * order, and the choices already given on it (by instrument, then item), so that the
 * closing page can act on a risk answer.
 */
public record LinkVisit(SessionOfClient session, List<Instrument> due, Instant expiresAt,
		Map<String, Map<String, Answer>> answered) {

	public boolean finished() {
		return this.due.isEmpty();
	}

}
