package org.alliance.simulate;

import java.time.LocalDate;

/**
 * One scheduled session of a client's episode.
 *
 * @param clientKey key of the client
 * @param number 1-based number of the session in the episode, counting missed ones
 * @param date date of the session
 * @param attendance {@code attended}, {@code no-show} or {@code cancelled}
 */
public record SimulatedSession(String clientKey, int number, LocalDate date, String attendance) {

	/**
	 * Whether the client came, so the session carries responses.
	 * @return true when attended
	 */
	public boolean attended() {
		return "attended".equals(this.attendance);
	}

}
