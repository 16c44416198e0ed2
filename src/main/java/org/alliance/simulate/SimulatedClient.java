package org.alliance.simulate;

import java.time.LocalDate;

/**
 * A simulated client with one episode of care.
 *
 * @param key stable key such as {@code C001}
 * @param pseudonym a made-up name, never a real person's
 * @param therapistKey key of the client's therapist
 * @param episodeStart date of the intake session
 * @param episodeEnd date the episode ended, null while ongoing
 * @param endReason {@code planned}, {@code dropout} or {@code other}; null while ongoing
 */
public record SimulatedClient(String key, String pseudonym, String therapistKey, LocalDate episodeStart,
		LocalDate episodeEnd, String endReason) {
}
