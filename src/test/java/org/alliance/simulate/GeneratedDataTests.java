package org.alliance.simulate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated clinic is well-formed: every answer is in range for its instrument, every
 * attended session has exactly the five responses and no other session has any.
 */
class GeneratedDataTests {

	private static final Map<String, int[]> RANGES = Map.of("phq9", new int[] { 9, 0, 3 }, "gad7",
			new int[] { 7, 0, 3 }, "alliance-check", new int[] { 7, 1, 5 }, "alliance-check-t", new int[] { 7, 1, 5 },
			"alliance-check-p", new int[] { 7, 1, 5 });

	private final SimulatedClinic clinic = Clinics.research();

	@Test
	void everyAnswerIsInRangeForItsInstrument() {
		for (SimulatedResponse response : this.clinic.responses()) {
			int[] range = RANGES.get(response.instrument());
			assertThat(response.answers().keySet()).containsExactlyElementsOf(items(range[0]));
			assertThat(response.answers().values()).allSatisfy((v) -> assertThat(v).isBetween(range[1], range[2]));
			boolean clientInstrument = !response.instrument().startsWith("alliance-check-");
			assertThat(response.respondent()).isEqualTo(clientInstrument ? "client" : "therapist");
			if (!"alliance-check".equals(response.instrument())) {
				assertThat(response.openAnswer()).isNull();
			}
		}
	}

	@Test
	void everyAttendedSessionHasTheFiveResponsesAndNoOtherSessionHasAny() {
		Map<String, List<String>> instrumentsBySession = this.clinic.responses()
			.stream()
			.collect(Collectors.groupingBy((r) -> r.clientKey() + "#" + r.sessionNumber(),
					Collectors.mapping(SimulatedResponse::instrument, Collectors.toList())));
		for (SimulatedSession session : this.clinic.sessions()) {
			List<String> instruments = instrumentsBySession.remove(session.clientKey() + "#" + session.number());
			if (session.attended()) {
				assertThat(instruments).containsExactlyInAnyOrder(RANGES.keySet().toArray(String[]::new));
			}
			else {
				assertThat(instruments).isNull();
			}
		}
		assertThat(instrumentsBySession).isEmpty();
	}

	@Test
	void sessionsFollowWeeklyFromTheEpisodeStartAndStopAtItsEnd() {
		Map<String, SimulatedClient> clients = this.clinic.clients()
			.stream()
			.collect(Collectors.toMap(SimulatedClient::key, (c) -> c));
		SimulatedSession previous = null;
		for (SimulatedSession session : this.clinic.sessions()) {
			SimulatedClient client = clients.get(session.clientKey());
			if (session.number() == 1) {
				assertThat(session.date()).isEqualTo(client.episodeStart());
				assertThat(session.attended()).isTrue();
			}
			else {
				assertThat(session.date().toEpochDay() - previous.date().toEpochDay()).isBetween(5L, 9L);
			}
			if (client.episodeEnd() != null) {
				assertThat(session.date()).isBeforeOrEqualTo(client.episodeEnd());
			}
			assertThat(session.date())
				.isBeforeOrEqualTo(SimulationSettings.research(Clinics.RESEARCH_SEED).censusDate());
			previous = session;
		}
	}

	@Test
	void episodesEndPlannedByDropoutForAnotherReasonOrAreOngoing() {
		Set<String> dropouts = this.clinic.clients()
			.stream()
			.filter((c) -> "dropout".equals(c.endReason()))
			.map(SimulatedClient::key)
			.collect(Collectors.toSet());
		assertThat(this.clinic.truth().dropouts()).isEqualTo(dropouts);
		assertThat(this.clinic.clients()).extracting(SimulatedClient::endReason)
			.containsOnly("planned", "dropout", "other", null)
			.contains((String) null);
		assertThat(this.clinic.clients())
			.allSatisfy((c) -> assertThat(c.episodeEnd() == null).isEqualTo(c.endReason() == null));
	}

	@Test
	void clientsSometimesSayWhatWouldMakeTheNextSessionMoreHelpful() {
		List<SimulatedResponse> checks = this.clinic.responses()
			.stream()
			.filter((r) -> "alliance-check".equals(r.instrument()))
			.toList();
		double answered = checks.stream().filter((r) -> r.openAnswer() != null).count() / (double) checks.size();
		assertThat(answered).isBetween(0.1, 0.4);
	}

	@Test
	void demoClinicIsSixteenTherapistsWithFortyClientsEachAndEndsNearTheCensus() {
		SimulatedClinic demo = Clinics.demo();
		assertThat(demo.therapists()).hasSize(16).first().satisfies((t) -> {
			assertThat(t.key()).isEqualTo("T01");
			assertThat(t.email()).isEqualTo("t01@demo.alliance.test");
		});
		assertThat(demo.clients()).hasSize(640).first().extracting(SimulatedClient::key).isEqualTo("C001");
		assertThat(demo.sessions()).extracting(SimulatedSession::date)
			.allSatisfy((d) -> assertThat(d).isBeforeOrEqualTo(java.time.LocalDate.of(2026, 11, 20)))
			.anySatisfy((d) -> assertThat(d).isAfter(java.time.LocalDate.of(2026, 11, 10)));
	}

	private static List<String> items(int count) {
		return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(String::valueOf).toList();
	}

}
