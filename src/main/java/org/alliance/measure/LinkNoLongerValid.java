package org.alliance.measure;

import java.util.UUID;

/**
 * A client opened or submitted through a personal link that has ended (revoked, replaced
 * by a newer one, its session cancelled or its episode ended): nothing is stored, and the
 * client reads, in their language, that the link is no longer valid and whom to contact
 * (410 Gone). An unknown or expired link is {@link org.alliance.api.NotFound} instead, as
 * before.
 */
public class LinkNoLongerValid extends RuntimeException {

	private final UUID clinicId;

	private final LinkState state;

	LinkNoLongerValid(UUID clinicId, LinkState state) {
		super("This personal link is no longer valid (" + state.wireName() + ").");
		this.clinicId = clinicId;
		this.state = state;
	}

	/** The clinic whose name and contact the client is shown. */
	public UUID clinicId() {
		return this.clinicId;
	}

	public LinkState state() {
		return this.state;
	}

}
