package org.alliance.care;

import java.util.UUID;

/**
 * A session together with the client it belongs to and the client's therapist: what
 * another module needs to attach measurements to a session.
 */
public record SessionOfClient(CareSession session, UUID therapistId) {

	public UUID clinicId() {
		return this.session.clinicId();
	}

	public UUID clientId() {
		return this.session.clientId();
	}

}
