package org.alliance.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.ClientSignals;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Caseload;
import org.alliance.instrument.Answer;
import org.alliance.measure.Responses;
import org.alliance.signal.ScreenSweeps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

/**
 * The not-on-track signal and the outcome API's verdict, over a real port, with PHQ-9s
 * stored as a therapist's app stores them. Under the rules (a new clinic) a rise of 6
 * points or more since the intake is a reliable deterioration, red (NHS Talking Therapies
 * Manual: PHQ-9 reliable change 6); under the clinic's own model a score above the upper
 * bound for the intake is red, with the band held to lme4 ({@link EtrClinic}). One signal
 * per episode, whatever is evaluated again.
 */
class NotOnTrackSignalTests extends ServerOnH2 {

	@Autowired
	Caseload caseload;

	@Autowired
	Responses responses;

	@Autowired
	ExpectedResponse expected;

	@Autowired
	NotOnTrackScreen screen;

	@Autowired
	ScreenSweeps sweeps;

	private TestClinic clinic;

	private ApiClient api;

	private String token;

	@BeforeEach
	void openClinic() {
		this.clinic = newClinic();
		this.api = new ApiClient(this.port);
		this.token = this.clinic.therapist().token();
	}

	@Test
	void aReliableDeteriorationRaisesOneSignalPerEpisodeByTheRules() throws Exception {
		LocalDate start = LocalDate.now().minusWeeks(3);
		String client = admit(start);
		String first = session(client, 1, start);
		answerPhq9(first, 12);
		String second = session(client, 2, start.plusWeeks(1));
		answerPhq9(second, 19);

		JsonNode signal = awaitSignal(client);
		assertThat(signal.get("summary").asString()).isEqualTo(
				"PHQ-9 rose from 12 at session 1 to 19 at session 2, a reliable deterioration (by the reliable-change rules)");
		assertThat(signal.get("session").asString()).isEqualTo(second);
		assertThat(signal.get("sessionDate").asString()).isEqualTo(start.plusWeeks(1).toString());
		assertThat(signal.get("status").asString()).isEqualTo("open");
		assertThat(signal.get("evidence").asString()).contains("\"judged\":\"by the reliable-change rules\"",
				"\"intake\":\"PHQ-9 12 at session 1\"", "\"latest\":\"PHQ-9 19 at session 2\"");

		// Still red at the next session, and judged again as the start-up sweep judges
		// each clinic: no second signal. (The sweep itself, over every clinic of the
		// shared test server, would judge the other tests' clinics too, the demo's
		// hundreds of clients among them, and return before it had.)
		answerPhq9(session(client, 3, start.plusWeeks(2)), 20);
		this.screen.evaluateClinic(this.clinic.id());
		this.screen.evaluateClinic(this.clinic.id());
		assertThat(signalsOf(client)).hasSize(1);
		assertThat(signalsOf(client).get(0).get("id").asString()).isEqualTo(signal.get("id").asString());

		JsonNode episode = outcome(client);
		assertThat(episode.get("onTrack").asBoolean()).isFalse();
		assertThat(episode.get("expected").get("method").asString()).isEqualTo("rules");
		assertThat(episode.get("expected").get("flag").asString()).isEqualTo("red");
		assertThat(episode.get("expected").get("reason").asString())
			.contains("from 12 at session 1 to 20 at session 3");
		assertThat(episode.get("expected").get("band")).isEmpty();
	}

	@Test
	void anAnswerIsJudgedAtOnceWhileTheSweepThreadIsBusy() throws Exception {
		// The sweep thread busy, as it is right after a restart of a large clinic.
		CountDownLatch release = new CountDownLatch(1);
		this.sweeps.sweep("a sweep that takes its time", () -> {
			try {
				release.await(2, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		try {
			LocalDate start = LocalDate.now().minusWeeks(1);
			String client = admit(start);
			answerPhq9(session(client, 1, start), 11);
			answerPhq9(session(client, 2, start.plusWeeks(1)), 20);
			assertThat(awaitSignal(client).get("summary").asString()).startsWith("PHQ-9 rose from 11 at session 1");
			assertThat(release.getCount()).as("the sweep thread still busy").isOne();
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void noReliableImprovementBySessionSixIsAmberAndRaisesNothing() {
		LocalDate start = LocalDate.now().minusWeeks(6);
		String client = admit(start);
		int[] scores = { 15, 15, 14, 13, 12, 11 };
		for (int i = 0; i < scores.length; i++) {
			answerPhq9(session(client, i + 1, start.plusWeeks(i)), scores[i]);
		}
		this.screen.evaluateClinic(this.clinic.id());
		JsonNode episode = outcome(client);
		assertThat(episode.get("onTrack").asBoolean()).isFalse();
		assertThat(episode.get("expected").get("flag").asString()).isEqualTo("amber");
		assertThat(signalsOf(client)).isEmpty();
	}

	@Test
	void atStartUpOnlyOpenEpisodesAreJudged() {
		LocalDate start = LocalDate.now().minusWeeks(2);
		String ended = admit(start);
		answerPhq9(session(ended, 1, start), 10);
		this.screen.suspend(this.clinic.id());
		try {
			// Stored while nothing judged, as if the server stopped before judging it.
			answerPhq9(session(ended, 2, start.plusWeeks(1)), 18);
			Reply end = this.api.post("/api/v1/clients/" + ended + "/episodes/current/end", this.token,
					"{\"date\":\"" + start.plusWeeks(2) + "\",\"reason\":\"dropout\"}");
			assertThat(end.status()).as(end.body()).isIn(200, 201);
			this.screen.evaluateClinic(this.clinic.id());
			assertThat(signalsOf(ended)).isEmpty();
		}
		finally {
			this.screen.resumeAndEvaluate(this.clinic.id());
		}
		// An import, by contrast, is judged as its answers came: the episode was open
		// then.
		assertThat(signalsOf(ended)).hasSize(1);
	}

	@Test
	void anImportIsJudgedOnceItIsInAsItsAnswersCame() {
		// Sessions further back than the inbox opens findings of today (28 days), their
		// answers arriving out of order, as in a bulk import.
		LocalDate start = LocalDate.now().minusWeeks(12);
		String recovered;
		String worse;
		this.screen.suspend(this.clinic.id());
		try {
			// Off track at session 2 (11 -> 19), back within the rules at session 3.
			recovered = admit(start);
			String second = session(recovered, 2, start.plusWeeks(1));
			String first = session(recovered, 1, start);
			String third = session(recovered, 3, start.plusWeeks(2));
			answerPhq9(second, 19);
			answerPhq9(third, 10);
			answerPhq9(first, 11);
			// Off track at session 2 and still at session 3.
			worse = admit(start);
			answerPhq9(session(worse, 1, start), 8);
			answerPhq9(session(worse, 2, start.plusWeeks(1)), 14);
			answerPhq9(session(worse, 3, start.plusWeeks(2)), 16);
		}
		finally {
			this.screen.resumeAndEvaluate(this.clinic.id());
		}
		List<JsonNode> raised = signalsOf(recovered);
		assertThat(raised).hasSize(1);
		assertThat(raised.get(0).get("summary").asString()).isEqualTo(
				"PHQ-9 rose from 11 at session 1 to 19 at session 2, a reliable deterioration (by the reliable-change rules)");
		assertThat(raised.get(0).get("status").asString()).isEqualTo("open");
		assertThat(raised.get(0).get("sessionDate").asString()).isEqualTo(start.plusWeeks(1).toString());
		assertThat(signalsOf(worse)).singleElement()
			.satisfies((signal) -> assertThat(signal.get("summary").asString())
				.startsWith("PHQ-9 rose from 8 at session 1 to 14 at session 2"));

		this.screen.resumeAndEvaluate(this.clinic.id());
		assertThat(signalsOf(recovered)).hasSize(1);
		assertThat(signalsOf(worse)).hasSize(1);
	}

	@Test
	void onceTheClinicsModelIsFittedAScoreAboveTheBandIsNotOnTrack() throws Exception {
		EtrClinic.enterFinishedEpisodes(this.clinic, this.caseload, this.responses);
		LocalDate start = LocalDate.now().minusWeeks(3);
		// By the rules this course is fine (no reliable change before session 6) ...
		String off = admit(start);
		int[] offScores = { 20, 19, 20, 21 };
		for (int i = 0; i < offScores.length; i++) {
			answerPhq9(session(off, i + 1, start.plusWeeks(i)), offScores[i]);
		}
		this.screen.evaluateClinic(this.clinic.id());
		assertThat(signalsOf(off)).isEmpty();
		assertThat(outcome(off).get("expected").get("method").asString()).isEqualTo("rules");

		// ... but above the clinic's expected course once its model is refitted.
		this.expected.refit(this.clinic.id()).orElseThrow();
		JsonNode signal = awaitSignal(off);
		assertThat(signal.get("summary").asString()).isEqualTo(
				"PHQ-9 21 at session 4 is above the expected range for an intake of 20: expected 15.3, at most 19.5 "
						+ "(by the clinic's expected treatment response)");
		assertThat(signal.get("sessionDate").asString()).isEqualTo(start.plusWeeks(3).toString());
		assertThat(signal.get("evidence").asString()).contains("\"expected\":\"15.3\"", "\"upper bound\":\"19.5\"");

		JsonNode episode = outcome(off);
		assertThat(episode.get("onTrack").asBoolean()).isFalse();
		JsonNode expectedCourse = episode.get("expected");
		assertThat(expectedCourse.get("method").asString()).isEqualTo("etr");
		assertThat(expectedCourse.get("flag").asString()).isEqualTo("red");
		JsonNode band = expectedCourse.get("band");
		assertThat(band).hasSize(20);
		assertThat(band.get(3).get("session").asInt()).isEqualTo(4);
		assertThat(band.get(3).get("mean").asDouble()).isCloseTo(15.3182476678963, withPercentage(1e-2));
		assertThat(band.get(3).get("upper").asDouble()).isCloseTo(19.4960053794493, withPercentage(1e-2));
		assertThat(band.get(3).get("lower").asDouble()).isCloseTo(2 * 15.3182476678963 - 19.4960053794493,
				withPercentage(1e-2));

		String on = admit(start.minusWeeks(2));
		int[] onScores = { 20, 17, 18, 16, 15, 18 };
		for (int i = 0; i < onScores.length; i++) {
			answerPhq9(session(on, i + 1, start.minusWeeks(2).plusWeeks(i)), onScores[i]);
		}
		this.screen.evaluateClinic(this.clinic.id());
		assertThat(signalsOf(on)).isEmpty();
		JsonNode onTrack = outcome(on);
		assertThat(onTrack.get("onTrack").asBoolean()).isTrue();
		assertThat(onTrack.get("expected").get("band").get(5).get("upper").asDouble()).isCloseTo(18.3329666912184,
				withPercentage(1e-2));
	}

	/** Waits for the judgement a PHQ-9 or a refit starts on a screen's own thread. */
	private JsonNode awaitSignal(String client) {
		return ClientSignals.awaitOne(this.api, this.token, client, NotOnTrackScreen.KIND);
	}

	private List<JsonNode> signalsOf(String client) {
		return ClientSignals.of(this.api, this.token, client, NotOnTrackScreen.KIND);
	}

	private JsonNode outcome(String client) {
		Reply reply = this.api.get("/api/v1/clients/" + client + "/outcome", this.token);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		JsonNode episodes = reply.json().get("episodes");
		return episodes.get(episodes.size() - 1);
	}

	private String admit(LocalDate start) {
		Reply reply = this.api.post("/api/v1/clients", this.token, "{\"pseudonym\":\"N-" + UUID.randomUUID()
				+ "\",\"therapist\":\"" + this.clinic.therapist().email() + "\",\"episodeStart\":\"" + start + "\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	private String session(String client, int number, LocalDate date) {
		Reply reply = this.api.post("/api/v1/clients/" + client + "/sessions", this.token,
				"{\"number\":" + number + ",\"date\":\"" + date + "\",\"attendance\":\"attended\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	private void answerPhq9(String session, int total) {
		StringBuilder answers = new StringBuilder();
		for (Map.Entry<String, Answer> item : EtrClinic.phq9(total).entrySet()) {
			answers.append((answers.length() > 0) ? "," : "")
				.append('"')
				.append(item.getKey())
				.append("\":")
				.append(((Answer.Choice) item.getValue()).value());
		}
		Reply reply = this.api.post("/api/v1/sessions/" + session + "/responses", this.token,
				"{\"instrument\":\"phq9\",\"respondent\":\"client\",\"answers\":{" + answers + "}}",
				UUID.randomUUID().toString());
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
	}

}
