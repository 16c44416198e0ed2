package org.alliance.measure;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.alliance.api.Conflict;
import org.alliance.care.Attendance;
import org.alliance.care.CareSession;

/**
 * Why no measure, rating or personal link is taken for a session: it was cancelled (a
 * session that did not take place has no alliance to rate and no "before" to measure), or
 * it is dated after its episode of care ended (it lies outside the episode the measures
 * describe). Decided from the session as it stands at the moment of asking, so that it
 * holds whichever path cancelled the session or ended the episode.
 */
final class ClosedSession {

	private ClosedSession() {
	}

	/**
	 * The reason in plain words naming the session, or empty when measures may be taken.
	 * @param episodeEnd the day the session's episode ended, empty while it is open
	 */
	static Optional<String> why(CareSession session, Optional<LocalDate> episodeEnd) {
		String named = "Session " + session.number() + " (" + session.date() + ")";
		if (session.attendance() == Attendance.CANCELLED) {
			return Optional.of(named + " was cancelled: no measure, rating or link is taken for it.");
		}
		if (episodeEnd.isPresent() && session.date().isAfter(episodeEnd.get())) {
			return Optional.of(named + " is dated after its episode of care ended on " + episodeEnd.get()
					+ ": no measure, rating or link is taken for it.");
		}
		return Optional.empty();
	}

	/** The refusal of {@link #why}, answered 409 naming the session. */
	static Conflict refusal(CareSession session, String why) {
		return new Conflict("session", why, Map.of("session", session.id(), "sessionNumber", session.number()));
	}

}
