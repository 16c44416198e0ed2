package org.alliance.outcome;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.ClientSignals;
import org.alliance.TestClinic;
import org.alliance.care.Client;
import org.alliance.care.Episode;
import org.alliance.security.Role;
import org.alliance.security.UserAccount;
import org.alliance.signal.ScreenSweeps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.within;

/**
 * The dropout-risk signal and the outcome API's dropout risk over a real port, on a
 * clinic with a model ({@link ServerWithDropoutModel}): one signal per open episode at or
 * above the signal risk, raised after a refit and after the answers that give a client
 * their risk, never twice, whatever is evaluated again. The risk is the one the
 * simulator's own data give (the fitting itself is held to R in {@code dropout}'s tests).
 */
class DropoutRiskSignalTests extends ServerWithDropoutModel {

	@Autowired
	DropoutRiskScreen screen;

	@Autowired
	ScreenSweeps sweeps;

	private ApiClient api;

	@BeforeEach
	void openApi() {
		this.api = new ApiClient(this.port);
	}

	/**
	 * Every open episode at risk under the kept model has its one signal. (Signals raised
	 * under an earlier fit stay as they were: each test that adds a client moves the
	 * clinic's alliance norms a little, and so the next fit.)
	 */
	@Test
	void aRefitRaisesOneSignalPerOpenEpisodeAtRiskAndEvaluatingAgainRaisesNothingNew() throws Exception {
		UUID clinicId = clinic().clinicId();
		List<ClientAtRisk> atRisk = this.dropoutRisk.openEpisodesAtRisk(clinicId);
		assertThat(atRisk).as("open episodes of the simulated clinic at 25% or more").isNotEmpty();
		for (ClientAtRisk client : atRisk) {
			Map<String, Object> signal = awaitSignal(clinicId, client.episodeId());
			assertThat(signal.get("client_id")).isEqualTo(client.clientId());
			assertThat(signal.get("therapist_id")).isEqualTo(client.therapistId());
			assertThat(signal.get("session_id")).isEqualTo(client.landmark().id());
			assertThat(signal.get("occurred_on").toString()).isEqualTo(client.landmark().date().toString());
			assertThat((String) signal.get("summary")).matches("Dropout risk \\d+% by session 3: [a-z].*");
			// A finding of a session more than four weeks back is history, as for every
			// kind (alliance.signal.history-after); a recent one opened (and another test
			// may have worked it since).
			boolean recent = !client.landmark().date().isBefore(LocalDate.now().minusDays(28));
			if (recent) {
				assertThat(signal.get("status")).isNotEqualTo("HISTORY");
			}
			else {
				assertThat(signal.get("status")).isEqualTo("HISTORY");
			}
		}

		// None for an ended episode.
		List<String> open = this.caseload.clinicForEvaluation(clinicId)
			.episodes()
			.stream()
			.filter(Episode::open)
			.map((e) -> "dropout-risk:" + e.id())
			.toList();
		List<Map<String, Object>> raised = signals(clinicId);
		assertThat(raised).allSatisfy((s) -> assertThat(open).contains((String) s.get("source_key")));

		this.dropoutRisk.refit(clinicId);
		assertThat(this.screen.evaluateClinic(clinicId)).isZero();
		ClientSignals.afterTheSweepsAskedFor(this.sweeps);
		assertThat(signals(clinicId)).hasSameSizeAs(raised);
	}

	@Test
	void theAnswersThatGiveAClientTheirRiskRaiseTheSignalWithoutARefitOncePerEpisode() throws Exception {
		UserAccount therapist = person(Role.THERAPIST);
		String token = this.tokens.issue(therapist.email());
		Client client = clientAtRisk(therapist);
		// By hand from the kept model's coefficients per unit and per SD, as the admin's
		// page lists them: risk = 1 / (1 + exp(-(b0 + sum b_j x_j))), and a feature's
		// contribution b_j(SD) (x_j - mean_j) / sd_j.
		DropoutModelReport.Fitted model = (DropoutModelReport.Fitted) this.dropoutRisk.model(clinic().clinicId());
		double[] x = clientAtRiskFeatures();
		double linear = model.coefficients().get(0).perUnit();
		for (int j = 0; j < x.length; j++) {
			linear += model.coefficients().get(j + 1).perUnit() * x[j];
		}
		double expected = 1 / (1 + Math.exp(-linear));
		assertThat(expected).isGreaterThanOrEqualTo(0.25);
		DropoutModelReport.Coefficient alliance = model.coefficients().get(5);
		assertThat(alliance.term()).isEqualTo("early_alliance");

		JsonNode episode = outcome(client.id(), token);
		JsonNode risk = episode.get("dropoutRisk");
		assertThat(risk.get("risk").asDouble()).isCloseTo(expected, within(1e-9));
		assertThat(risk.get("drivers").get(0).get("contribution").asDouble())
			.isCloseTo(alliance.perSd() * (1.0 - alliance.mean()) / alliance.sd(), within(1e-9));
		assertThat(risk.get("method").asString()).isEqualTo("ridge-logistic");
		assertThat(risk.get("modelFittedAt").asString()).isNotBlank();
		assertThat(episode.get("dropoutRiskUnavailable").isNull()).isTrue();
		JsonNode drivers = risk.get("drivers");
		assertThat(drivers.size()).isBetween(1, 3);
		// The simulator plants dropout from a weak early alliance alone; at its floor it
		// raises the risk most.
		assertThat(drivers.get(0).get("name").asString()).isEqualTo("early_alliance");
		assertThat(drivers.get(0).get("words").asString()).isEqualTo("weak early alliance");
		assertThat(drivers.get(0).get("value").asDouble()).isEqualTo(1.0);
		assertThat(drivers.get(0).get("clinicMean").asDouble()).isGreaterThan(3.0);
		List<String> words = new ArrayList<>();
		for (JsonNode driver : drivers) {
			assertThat(driver.get("contribution").asDouble()).isGreaterThanOrEqualTo(0.1);
			words.add(driver.get("words").asString());
		}

		JsonNode signal = awaitSignal(client.id(), token);
		assertThat(signal.get("summary").asString())
			.isEqualTo("Dropout risk " + Math.round(expected * 100) + "% by session 3: " + String.join(", ", words));
		assertThat(signal.get("status").asString()).isEqualTo("open");
		assertThat(signal.get("sessionDate").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(signal.get("evidence").asString()).contains("\"judged\":\"by the clinic's dropout model",
				"\"features read\":\"sessions 1 to 3; risk given from session 3", "\"weak early alliance\":");

		// More answers, a refit, an evaluation: still one signal.
		answer(therapist.asCurrentUser(), this.caseload.sessions(therapist.asCurrentUser(), client.id()).get(2),
				"alliance-check", 1, 1, 1, 1, 1, 1, 1);
		this.dropoutRisk.refit(clinic().clinicId());
		this.screen.evaluateClinic(clinic().clinicId());
		ClientSignals.afterTheSweepsAskedFor(this.sweeps);
		assertThat(signalsOf(client.id(), token)).hasSize(1);
	}

	@Test
	void withoutAModelTheApiSaysWhyThereIsNoNumber() {
		TestClinic small = newClinic();
		String token = small.therapist().token();
		Reply admitted = this.api.post("/api/v1/clients", token,
				"{\"pseudonym\":\"D-" + UUID.randomUUID() + "\",\"therapist\":\"" + small.therapist().email()
						+ "\",\"episodeStart\":\"" + LocalDate.now() + "\"}");
		assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
		UUID client = UUID.fromString(admitted.id());
		JsonNode episode = outcome(client, token);
		assertThat(episode.get("dropoutRisk").isNull()).isTrue();
		assertThat(episode.get("dropoutRiskUnavailable").asString())
			.isEqualTo("the dropout model has not been fitted yet");

		this.dropoutRisk.refit(small.id());
		assertThat(outcome(client, token).get("dropoutRiskUnavailable").asString())
			.isEqualTo("not enough finished episodes (0 dropouts, need 6)");
	}

	@Test
	void anEndedEpisodeHasNoRiskAndSaysSo() {
		UUID clinicId = clinic().clinicId();
		String ended = SIMULATED.clients()
			.stream()
			.filter((c) -> c.episodeEnd() != null)
			.findFirst()
			.orElseThrow()
			.key();
		String token = this.tokens.issue(person(Role.SUPERVISOR).email());
		JsonNode episode = outcome(clinic().clients().get(ended), token);
		assertThat(episode.get("end").isNull()).isFalse();
		assertThat(episode.get("dropoutRisk").isNull()).isTrue();
		assertThat(episode.get("dropoutRiskUnavailable").asString()).isEqualTo("the episode has ended");
		assertThat(this.dropoutRisk.hasModel(clinicId)).isTrue();
	}

	private JsonNode outcome(UUID client, String token) {
		Reply reply = this.api.get("/api/v1/clients/" + client + "/outcome", token);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		JsonNode episodes = reply.json().get("episodes");
		return episodes.get(episodes.size() - 1);
	}

	private JsonNode awaitSignal(UUID client, String token) {
		return ClientSignals.awaitOne(this.api, token, client.toString(), DropoutRiskScreen.KIND);
	}

	private List<JsonNode> signalsOf(UUID client, String token) {
		return ClientSignals.of(this.api, token, client.toString(), DropoutRiskScreen.KIND);
	}

	/** Every dropout-risk signal of the clinic, history included. */
	private List<Map<String, Object>> signals(UUID clinicId) {
		return this.jdbc.queryForList(
				"select source_key, client_id, therapist_id, session_id, occurred_on, summary, status from signal"
						+ " where clinic_id = ? and kind = 'dropout-risk' and source_key like 'dropout-risk:%'",
				clinicId);
	}

	private Map<String, Object> awaitSignal(UUID clinicId, UUID episodeId) {
		List<Map<String, Object>> found = await("a dropout-risk signal for episode " + episodeId)
			.atMost(ClientSignals.WITHIN)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> signals(clinicId).stream()
				.filter((s) -> s.get("source_key").equals("dropout-risk:" + episodeId))
				.toList(), (raised) -> !raised.isEmpty());
		assertThat(found).hasSize(1);
		return found.get(0);
	}

}
