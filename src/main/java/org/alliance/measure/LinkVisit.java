package org.alliance.measure;

import java.time.Instant;
import java.util.List;

import org.alliance.care.SessionOfClient;
import org.alliance.instrument.Instrument;

/**
 * What a client sees when opening a valid personal link: the measures still due, in
 * order.
 */
public record LinkVisit(SessionOfClient session, List<Instrument> due, Instant expiresAt) {

	public boolean finished() {
		return this.due.isEmpty();
	}

}
