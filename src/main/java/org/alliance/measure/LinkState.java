package org.alliance.measure;

import java.time.Instant;
import java.util.Locale;

import org.alliance.care.Attendance;

/**
 * Whether a client's personal link still works, and if not why. A link ends when it
 * expires, when a person revokes it, when a newer link for the same session and measures
 * replaces it, when its session is cancelled, or when its episode of care ends. The last
 * two are read from the session as it stands at each visit and submission, so that they
 * hold whichever path cancelled the session or ended the episode.
 */
public enum LinkState {

	/** It opens the client's form. */
	VALID,

	/** Past its validity ({@link MeasureSettings#linkValidity()}). */
	EXPIRED,

	/** A person revoked it. */
	REVOKED,

	/** A newer link for the same session and measures replaced it. */
	REPLACED,

	/** Its session was cancelled. */
	SESSION_CANCELLED,

	/** Its session's episode of care has ended. */
	EPISODE_ENDED;

	/**
	 * The link's state: a person's or a newer link's act first, then its session and
	 * episode, then its expiry.
	 * @param revokedWhy {@code revoked}, {@code replaced}, or null while not revoked
	 */
	static LinkState of(String revokedWhy, Instant expiresAt, Instant now, Attendance attendance, boolean episodeOpen) {
		if ("replaced".equals(revokedWhy)) {
			return REPLACED;
		}
		if (revokedWhy != null) {
			return REVOKED;
		}
		if (attendance == Attendance.CANCELLED) {
			return SESSION_CANCELLED;
		}
		if (!episodeOpen) {
			return EPISODE_ENDED;
		}
		return now.isBefore(expiresAt) ? VALID : EXPIRED;
	}

	/**
	 * {@code valid}, {@code expired}, {@code revoked}, {@code replaced}, … as the API
	 * says it.
	 */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
