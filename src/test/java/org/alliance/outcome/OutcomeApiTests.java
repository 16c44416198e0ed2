package org.alliance.outcome;

import java.time.LocalDate;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Outcomes over a real port. The first client is issue #9's first worked case: PHQ-9 18 →
 * 7 and GAD-7 12 → 6 over six attended sessions, an ended episode: finished, a case,
 * recovered, reliably improved, not deteriorated, reliably recovered. Reliable change by
 * NHS Talking Therapies points: PHQ-9 −11 ≥ 6 from a case to below 10, RC −11 / (6 /
 * 1.96) = −3.593333; GAD-7 −6 ≥ 4 to below 8, RC −6 / (4 / 1.96) = −2.94.
 */
class OutcomeApiTests extends ServerOnH2 {

	private static final LocalDate START = LocalDate.of(2026, 1, 5);

	private TestClinic clinic;

	private ApiClient api;

	@BeforeEach
	void openClinic() {
		this.clinic = newClinic();
		this.api = new ApiClient(this.port);
	}

	@Test
	void givesAClientsReliableChangeAndNhsTalkingTherapiesCategories() {
		String client = treatedClient(this.clinic.therapist());

		Reply reply = this.api.get("/api/v1/clients/" + client + "/outcome", this.clinic.therapist().token());
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		JsonNode episode = reply.json().get("episodes").get(0);
		assertThat(reply.json().get("episodes")).hasSize(1);
		assertThat(episode.get("start").asString()).isEqualTo("2026-01-05");
		assertThat(episode.get("end").asString()).isEqualTo("2026-03-01");
		assertThat(episode.get("scores")).hasSize(4);
		assertThat(episode.get("scores").get(0).get("session").asInt()).isEqualTo(1);
		assertThat(episode.get("scores").get(0).get("instrument").asString()).isEqualTo("gad7");
		assertThat(episode.get("scores").get(0).get("total").asDouble()).isEqualTo(12);
		assertThat(episode.get("scores").get(3).get("session").asInt()).isEqualTo(6);
		assertThat(episode.get("scores").get(3).get("instrument").asString()).isEqualTo("phq9");
		assertThat(episode.get("scores").get(3).get("total").asDouble()).isEqualTo(7);

		JsonNode phq9 = episode.get("reliableChange").get("phq9");
		assertThat(phq9.get("rci").asDouble()).isCloseTo(-3.593333, within(1e-6));
		assertThat(phq9.get("verdict").asString()).isEqualTo("recovered");
		assertThat(phq9.get("criterion").asString()).isEqualTo("points");
		assertThat(phq9.get("cutoff").asDouble()).isEqualTo(10);
		JsonNode gad7 = episode.get("reliableChange").get("gad7");
		assertThat(gad7.get("rci").asDouble()).isCloseTo(-2.94, within(1e-9));
		assertThat(gad7.get("verdict").asString()).isEqualTo("recovered");

		JsonNode nhstt = episode.get("nhstt");
		assertThat(nhstt.get("finished").asBoolean()).isTrue();
		assertThat(nhstt.get("caseStart").asBoolean()).isTrue();
		assertThat(nhstt.get("recovered").asBoolean()).isTrue();
		assertThat(nhstt.get("reliableImprovement").asBoolean()).isTrue();
		assertThat(nhstt.get("reliableDeterioration").asBoolean()).isFalse();
		assertThat(nhstt.get("reliableRecovery").asBoolean()).isTrue();
		assertThat(nhstt.get("provisional").asBoolean()).isFalse();
		assertThat(nhstt.get("treatmentSessions").asInt()).isEqualTo(6);
		// A new clinic has no expected treatment response of its own: the rules judge. A
		// reliable improvement (18 -> 7, 6 points or more) by session 6 is on track.
		JsonNode expected = episode.get("expected");
		assertThat(expected.get("method").asString()).isEqualTo("rules");
		assertThat(expected.get("flag").asString()).isEqualTo("green");
		assertThat(expected.get("reason").asString()).contains("from 18 at session 1 to 7 at session 6");
		assertThat(expected.get("band")).isEmpty();
		assertThat(episode.get("onTrack").asBoolean()).isTrue();
		// An ended episode has no dropout risk, and says why.
		assertThat(episode.has("dropoutRisk")).isTrue();
		assertThat(episode.get("dropoutRisk").isNull()).isTrue();
		assertThat(episode.get("dropoutRiskUnavailable").asString()).isEqualTo("the episode has ended");
	}

	@Test
	void saysNotApplicableWithoutAFinishedCourseOrPairedScores() {
		// One attended session with PHQ-9 12 and GAD-7 9, episode still open: issue #9's
		// fifth case, not finished, so no category applies and no change is measured.
		TestClinic.Person therapist = this.clinic.therapist();
		String client = admit(therapist);
		String session = session(therapist, client, 1, "attended");
		answer(therapist, session, "phq9", 2, 2, 2, 2, 2, 1, 1, 0, 0);
		answer(therapist, session, "gad7", 2, 2, 2, 1, 1, 1, 0);
		JsonNode episode = this.api.get("/api/v1/clients/" + client + "/outcome", therapist.token())
			.json()
			.get("episodes")
			.get(0);
		assertThat(episode.get("end").isNull()).isTrue();
		assertThat(episode.get("reliableChange").isEmpty()).isTrue();
		// Only the intake: nothing to judge on track yet.
		assertThat(episode.get("onTrack").isNull()).isTrue();
		assertThat(episode.get("expected").get("flag").asString()).isEqualTo("not-yet");
		JsonNode nhstt = episode.get("nhstt");
		assertThat(nhstt.get("finished").asBoolean()).isFalse();
		assertThat(nhstt.get("provisional").asBoolean()).isTrue();
		for (String category : new String[] { "caseStart", "recovered", "reliableImprovement", "reliableDeterioration",
				"reliableRecovery" }) {
			assertThat(nhstt.get(category).isNull()).as(category).isTrue();
		}
		// A second attended session without measures finishes the course, but the
		// scores are still not paired.
		session(therapist, client, 2, "attended");
		nhstt = this.api.get("/api/v1/clients/" + client + "/outcome", therapist.token())
			.json()
			.get("episodes")
			.get(0)
			.get("nhstt");
		assertThat(nhstt.get("finished").asBoolean()).isTrue();
		assertThat(nhstt.get("caseStart").isNull()).isTrue();
	}

	@Test
	void showsATherapistOnlyTheirOwnClientsAndAnUnknownClientAsNotFound() {
		String client = treatedClient(this.clinic.therapist());
		Reply other = this.api.get("/api/v1/clients/" + client + "/outcome", this.clinic.otherTherapist().token());
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.contentType()).startsWith("application/problem+json");
		Reply unknown = this.api.get("/api/v1/clients/" + UUID.randomUUID() + "/outcome",
				this.clinic.supervisor().token());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(this.api.get("/api/v1/clients/" + client + "/outcome", this.clinic.supervisor().token()).status())
			.isEqualTo(200);
		TestClinic elsewhere = newClinic();
		assertThat(this.api.get("/api/v1/clients/" + client + "/outcome", elsewhere.supervisor().token()).status())
			.isEqualTo(404);
		// An admin account reads no clinical record, whoever's: refused for its role.
		assertThat(this.api.get("/api/v1/clients/" + client + "/outcome", elsewhere.admin().token()).status())
			.isEqualTo(403);
	}

	@Test
	void givesSupervisorsTheClinicsRatesWithTheirDenominatorsAndAdminsNone() {
		// Ended: the worked case above (finished, case, recovered) and an episode of one
		// attended session (not finished); open: a third client, not counted.
		treatedClient(this.clinic.therapist());
		TestClinic.Person other = this.clinic.otherTherapist();
		String once = admit(other);
		String session = session(other, once, 1, "attended");
		answer(other, session, "phq9", 2, 2, 2, 2, 2, 1, 1, 0, 0);
		answer(other, session, "gad7", 2, 2, 2, 1, 1, 1, 0);
		end(other, once);
		String open = admit(other);
		session(other, open, 1, "attended");
		session(other, open, 2, "attended");

		for (TestClinic.Person reader : new TestClinic.Person[] { this.clinic.supervisor() }) {
			Reply reply = this.api.get("/api/v1/clinic/outcomes", reader.token());
			assertThat(reply.status()).as(reply.body()).isEqualTo(200);
			JsonNode rates = reply.json();
			assertThat(rates.get("endedEpisodes").asInt()).isEqualTo(2);
			assertRate(rates.get("finished"), 1, 2, 0.5);
			assertRate(rates.get("caseStart"), 1, 1, 1.0);
			assertRate(rates.get("recovery"), 1, 1, 1.0);
			assertRate(rates.get("reliableImprovement"), 1, 1, 1.0);
			assertRate(rates.get("reliableDeterioration"), 0, 1, 0.0);
			assertRate(rates.get("reliableRecovery"), 1, 1, 1.0);
			assertThat(rates.get("finishedWithoutPairedScores").asInt()).isZero();
		}
		// The rates are computed from every client's records, which an admin account
		// does not read.
		assertThat(this.api.get("/api/v1/clinic/outcomes", this.clinic.admin().token()).status()).isEqualTo(403);
		Reply therapist = this.api.get("/api/v1/clinic/outcomes", this.clinic.therapist().token());
		assertThat(therapist.status()).isEqualTo(403);
		assertThat(therapist.contentType()).startsWith("application/problem+json");
		assertRate(this.api.get("/api/v1/clinic/outcomes", newClinic().supervisor().token()).json().get("recovery"), 0,
				0, null);
	}

	@Test
	void theOpenApiDescriptionDocumentsBothEndpoints() {
		JsonNode paths = this.api.get("/v3/api-docs", this.clinic.therapist().token()).json().get("paths");
		JsonNode outcome = paths.get("/api/v1/clients/{id}/outcome").get("get");
		assertThat(outcome.get("description").asString()).contains("reliableChange", "nhstt", "Jacobson & Truax",
				"expected", "onTrack", "never fitted in a request", "dropoutRisk", "ridge-logistic", "drivers",
				"dropoutRiskUnavailable", "not enough finished episodes (6 dropouts, need 60)");
		assertThat(outcome.get("responses").has("404")).isTrue();
		JsonNode clinic = paths.get("/api/v1/clinic/outcomes").get("get");
		assertThat(clinic.get("description").asString()).contains("numerator and denominator");
		assertThat(clinic.get("responses").has("403")).isTrue();
	}

	private static void assertRate(JsonNode rate, int numerator, int denominator, Double value) {
		assertThat(rate.get("numerator").asInt()).isEqualTo(numerator);
		assertThat(rate.get("denominator").asInt()).isEqualTo(denominator);
		if (value == null) {
			assertThat(rate.get("rate").isNull()).isTrue();
		}
		else {
			assertThat(rate.get("rate").asDouble()).isEqualTo(value);
		}
	}

	/**
	 * Issue #9's first case: PHQ-9 18 → 7, GAD-7 12 → 6, six attended sessions, ended.
	 */
	private String treatedClient(TestClinic.Person therapist) {
		String client = admit(therapist);
		for (int number = 1; number <= 6; number++) {
			String session = session(therapist, client, number, "attended");
			if (number == 1) {
				answer(therapist, session, "phq9", 3, 3, 3, 3, 2, 2, 2, 0, 0);
				answer(therapist, session, "gad7", 2, 2, 2, 2, 2, 1, 1);
			}
			if (number == 6) {
				answer(therapist, session, "phq9", 1, 1, 1, 1, 1, 1, 1, 0, 0);
				answer(therapist, session, "gad7", 1, 1, 1, 1, 1, 1, 0);
			}
		}
		end(therapist, client);
		return client;
	}

	private String admit(TestClinic.Person therapist) {
		Reply reply = this.api.post("/api/v1/clients", therapist.token(), "{\"pseudonym\":\"P-" + UUID.randomUUID()
				+ "\",\"therapist\":\"" + therapist.email() + "\",\"episodeStart\":\"" + START + "\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	private String session(TestClinic.Person therapist, String client, int number, String attendance) {
		Reply reply = this.api.post("/api/v1/clients/" + client + "/sessions", therapist.token(), "{\"number\":"
				+ number + ",\"date\":\"" + START.plusWeeks(number) + "\",\"attendance\":\"" + attendance + "\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	private void answer(TestClinic.Person therapist, String session, String instrument, int... items) {
		StringBuilder answers = new StringBuilder();
		for (int item = 1; item <= items.length; item++) {
			answers.append((item > 1) ? "," : "").append('"').append(item).append("\":").append(items[item - 1]);
		}
		Reply reply = this.api.post("/api/v1/sessions/" + session + "/responses", therapist.token(),
				"{\"instrument\":\"" + instrument + "\",\"respondent\":\"client\",\"answers\":{" + answers + "}}",
				UUID.randomUUID().toString());
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
	}

	private void end(TestClinic.Person therapist, String client) {
		Reply reply = this.api.post("/api/v1/clients/" + client + "/episodes/current/end", therapist.token(),
				"{\"date\":\"2026-03-01\",\"reason\":\"planned\"}");
		assertThat(reply.status()).as(reply.body()).isIn(200, 201);
	}

}
