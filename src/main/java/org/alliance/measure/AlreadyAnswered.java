package org.alliance.measure;

import java.util.Map;
import java.util.UUID;

import org.alliance.api.Conflict;

/**
 * A second answer to a measure for a session that already has one from the same
 * respondent, whatever the door it came by (API, personal link, paper form, rating page):
 * refused (409) naming the measure, the session and the answer already stored, which is
 * changed only by a correction with a reason ({@code POST
 * /api/v1/responses/{id}/corrections}). Nothing is stored.
 */
public class AlreadyAnswered extends Conflict {

	private final UUID existing;

	AlreadyAnswered(String title, String instrument, int sessionNumber, UUID existing) {
		super("instrument",
				title + " is already answered for session " + sessionNumber + " (response " + existing
						+ "); a changed answer is a correction with a reason: POST /api/v1/responses/" + existing
						+ "/corrections.",
				Map.of("instrument", instrument, "sessionNumber", sessionNumber, "existingResponse", existing));
		this.existing = existing;
	}

	/** The answer already stored for the session. */
	public UUID existing() {
		return this.existing;
	}

}
