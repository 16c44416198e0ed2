package org.alliance.outcome;

import java.util.Map;
import java.util.Optional;

import org.alliance.care.Caseload;
import org.alliance.security.CurrentUser;
import org.alliance.signal.Signal;
import org.alliance.signal.SignalDetail;

import org.springframework.stereotype.Component;

/**
 * What became of a client not on track, read afresh each time the signal's page opens:
 * the episode's verdict today, with its method, so the therapist sees whether the client
 * came back within the expected course after what was done.
 */
@Component
class NotOnTrackDetail implements SignalDetail {

	private final Caseload caseload;

	private final OutcomeOverview overview;

	NotOnTrackDetail(Caseload caseload, OutcomeOverview overview) {
		this.caseload = caseload;
		this.overview = overview;
	}

	@Override
	public String kind() {
		return NotOnTrackScreen.KIND;
	}

	@Override
	public Optional<Reading> read(CurrentUser user, Signal signal, Map<String, String> evidence) {
		if (signal.sessionId() == null) {
			return Optional.empty();
		}
		return this.caseload.session(user, signal.sessionId())
			.flatMap((session) -> this.overview.of(user, signal.clientId())
				.episodes()
				.stream()
				.filter((episode) -> episode.episode().equals(session.session().episodeId()))
				.findFirst())
			.map((episode) -> new Reading(result(episode.onTrack()), null));
	}

	/**
	 * E.g. "now on track, by the clinic's expected treatment response: On track: ...".
	 */
	static String result(OnTrackVerdict verdict) {
		Boolean onTrack = verdict.onTrack();
		String now = (onTrack == null) ? "not judged" : (onTrack ? "on track" : "still not on track");
		return "now " + now + ", " + verdict.method().phrase() + ": " + verdict.reason();
	}

}
