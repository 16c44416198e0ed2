package org.alliance.care;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One episode of care: from intake to its end, planned or not.
 *
 * @param end null while the episode is open
 * @param endReason null while the episode is open
 */
public record Episode(UUID id, UUID clientId, LocalDate start, LocalDate end, EndReason endReason) {

	public boolean open() {
		return this.end == null;
	}

	/** The ended episode; refuses to end an episode twice or before it began. */
	Episode endedOn(LocalDate date, EndReason reason) {
		if (!open()) {
			throw new IllegalStateException("The episode already ended on " + this.end);
		}
		if (date.isBefore(this.start)) {
			throw new IllegalArgumentException("An episode cannot end before it starts (" + this.start + ")");
		}
		return new Episode(this.id, this.clientId, this.start, date, reason);
	}

}
