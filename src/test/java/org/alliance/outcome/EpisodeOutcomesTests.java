package org.alliance.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.care.Attendance;
import org.alliance.care.CareSession;
import org.alliance.care.Episode;
import org.alliance.care.EndReason;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.instrument.Scores;
import org.alliance.measure.StoredResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An episode's outcome from its own sessions and responses: the first and last scored
 * sessions, a session's last answer, attended sessions only, and nothing of another
 * episode.
 */
class EpisodeOutcomesTests {

	private static final EpisodeOutcomes OUTCOMES = new EpisodeOutcomes(InstrumentCatalog.load(null));

	private final UUID client = UUID.randomUUID();

	private final Episode first = new Episode(UUID.randomUUID(), this.client, LocalDate.of(2026, 1, 5),
			LocalDate.of(2026, 3, 1), EndReason.PLANNED);

	private final Episode second = new Episode(UUID.randomUUID(), this.client, LocalDate.of(2026, 6, 1), null, null);

	private final List<CareSession> sessions = new ArrayList<>();

	private final List<StoredResponse> responses = new ArrayList<>();

	@Test
	void comparesTheFirstAndLastScoredSessionsOfItsOwnEpisode() {
		// First episode: session 1 PHQ-9 answered 15, then corrected to 18; session 2 a
		// no-show; session 3 PHQ-9 7. GAD-7 12 at 1, 6 at 3. Issue #9's first case with
		// two attended sessions. The second episode's PHQ-9 of 25 belongs to it alone.
		session(this.first, 1, Attendance.ATTENDED);
		session(this.first, 2, Attendance.NO_SHOW);
		session(this.first, 3, Attendance.ATTENDED);
		answer(this.first, 1, "phq9", 15);
		answer(this.first, 1, "gad7", 12);
		answer(this.first, 1, "phq9", 18);
		answer(this.first, 3, "phq9", 7);
		answer(this.first, 3, "gad7", 6);
		answer(this.first, 1, "alliance-check", 4);
		session(this.second, 1, Attendance.ATTENDED);
		answer(this.second, 1, "phq9", 25);

		EpisodeOutcome outcome = OUTCOMES.of(this.first, this.sessions, this.responses);
		assertThat(outcome.scores()).containsExactly(new SessionScore(1, "gad7", 12), new SessionScore(1, "phq9", 18),
				new SessionScore(3, "gad7", 6), new SessionScore(3, "phq9", 7));
		assertThat(outcome.reliableChange().get("phq9").first()).isEqualTo(18);
		assertThat(outcome.reliableChange().get("phq9").verdict()).isEqualTo(ChangeVerdict.RECOVERED);
		assertThat(outcome.treatmentSessions()).isEqualTo(2);
		assertThat(outcome.nhstt()).isEqualTo(new TalkingTherapiesCategories(true, true, true, true, false, true));

		EpisodeOutcome later = OUTCOMES.of(this.second, this.sessions, this.responses);
		assertThat(later.scores()).containsExactly(new SessionScore(1, "phq9", 25));
		assertThat(later.reliableChange()).isEmpty();
		assertThat(later.open()).isTrue();
		assertThat(later.nhstt().finished()).isFalse();
	}

	@Test
	void aSessionStillBookedIsNotATreatmentSession() {
		// Session 1 attended; session 2 booked for next week: one treatment session, not
		// two, until the client has come to it.
		session(this.second, 1, Attendance.ATTENDED);
		session(this.second, 2, Attendance.BOOKED);
		answer(this.second, 1, "phq9", 16);
		answer(this.second, 1, "gad7", 11);
		answer(this.second, 2, "phq9", 8);
		answer(this.second, 2, "gad7", 5);

		EpisodeOutcome outcome = OUTCOMES.of(this.second, this.sessions, this.responses);
		assertThat(outcome.treatmentSessions()).isEqualTo(1);
		assertThat(outcome.nhstt().finished()).isFalse();
	}

	private void session(Episode episode, int number, Attendance attendance) {
		this.sessions.add(new CareSession(UUID.randomUUID(), UUID.randomUUID(), this.client, episode.id(), number,
				episode.start().plusWeeks(number), attendance));
	}

	private void answer(Episode episode, int session, String instrument, double total) {
		this.responses.add(new StoredResponse(UUID.randomUUID(), this.client, episode.id(), UUID.randomUUID(), session,
				episode.start().plusWeeks(session), instrument, "client", Instant.now(), Map.of(),
				new Scores(total, Map.of(), null)));
	}

}
