package org.alliance.collaboration;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.alliance.api.InvalidRequest;
import org.alliance.care.CareSession;
import org.alliance.care.ClinicCare;
import org.alliance.care.Episode;

/**
 * A client's current episode of care with its sessions: what the numbers in a request's
 * {@code session}, {@code setSession} and {@code dueSession} are read against.
 *
 * @param episode the open episode, or the latest when all have ended; null when the
 * client has none
 * @param sessions the episode's sessions by number
 */
record ClientEpisode(Episode episode, List<CareSession> sessions) {

	static ClientEpisode of(ClinicCare care) {
		Episode current = care.episodes()
			.stream()
			.filter(Episode::open)
			.findFirst()
			.orElseGet(() -> care.episodes().isEmpty() ? null : care.episodes().get(care.episodes().size() - 1));
		List<CareSession> sessions = (current == null) ? List.of()
				: care.sessions()
					.stream()
					.filter((s) -> s.episodeId().equals(current.id()))
					.sorted(Comparator.comparingInt(CareSession::number))
					.toList();
		return new ClientEpisode(current, sessions);
	}

	boolean open() {
		return this.episode != null && this.episode.open();
	}

	UUID episodeId() {
		return (this.episode != null) ? this.episode.id() : null;
	}

	/** The open episode, or a refusal naming the field. */
	Episode requireOpen(String field) {
		if (!open()) {
			throw InvalidRequest.of(field, "The client has no open episode of care.");
		}
		return this.episode;
	}

	Optional<CareSession> session(int number) {
		return this.sessions.stream().filter((s) -> s.number() == number).findFirst();
	}

	/**
	 * The highest number of a session that has taken place (or was missed or cancelled),
	 * 0 before the first: a session still booked is the one the therapist prepares, not
	 * the last one.
	 */
	int lastNumber() {
		return this.sessions.stream().filter((s) -> !s.booked()).mapToInt(CareSession::number).max().orElse(0);
	}

}
