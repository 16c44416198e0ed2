package org.alliance.alliance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.ClientSignals;
import org.alliance.TestClinic;
import org.alliance.TestDatabases;
import org.alliance.security.ApiTokens;
import org.alliance.security.UserAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client's alliance through the API, on a hand-worked series. The client rates every
 * item 4 at sessions 1–4, 2 at session 5 and 4 again at session 6. A flat run has no
 * spread of its own, so the drop is measured by the SD floor of 1/3 point: (4 − 2) /
 * (1/3) = 6 SD, a rupture under both the Strauss (1 SD) and Stiles (2 SD) rules, repaired
 * at session 6 when the rating is back at 4. A mean of 4 on a 1–5 scale is (4 − 1) / (5 −
 * 1) = 75 percent of the scale maximum (POMP). The therapist predicts 5 on every item
 * each session: 1 point per item above the client, beyond the 0.5 margin, two sessions in
 * a row from session 2 on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AllianceApiTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Test
	void reportsTrajectoriesGapAndARepairedRuptureAndRaisesItsSignal() throws Exception {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		ApiClient api = new ApiClient(this.port);
		String token = clinic.therapist().token();
		String client = admit(api, clinic, "2026-09-01");
		int[] clientRatings = { 4, 4, 4, 4, 2, 4 };
		for (int session = 1; session <= clientRatings.length; session++) {
			String id = session(api, token, client, session, LocalDate.of(2026, 9, 1).plusWeeks(session));
			rate(api, token, id, "alliance-check", "client", clientRatings[session - 1]);
			rate(api, token, id, "alliance-check-p", "therapist", 5);
		}

		JsonNode alliance = api.get("/api/v1/clients/" + client + "/alliance", token).json();
		for (String rule : List.of("strauss", "stiles")) {
			JsonNode total = episode(alliance.get("ruptures").get(rule), "total");
			assertThat(total.get("session").asInt()).isEqualTo(5);
			assertThat(total.get("dropSd").asDouble()).isCloseTo(6.0, org.assertj.core.data.Offset.offset(1e-9));
			assertThat(total.get("outcome").asString()).isEqualTo("repaired");
			assertThat(total.get("repairSession").asInt()).isEqualTo(6);
		}
		JsonNode first = point(alliance.get("trajectories"), 1, "client", "total");
		assertThat(first.get("itemMean").asDouble()).isEqualTo(4.0);
		assertThat(first.get("pomp").asDouble()).isEqualTo(75.0);
		assertThat(gap(alliance.get("gaps"), "total").get("overestimatedAt")).isNotEmpty();
		assertThat(gap(alliance.get("gaps"), "total").get("overestimatedAt").get(0).asInt()).isEqualTo(2);

		List<String> kinds = awaitSignalKinds(api, token, client);
		assertThat(kinds).contains("rupture");
		// One run of over-estimates, on all five scales at once: one signal, not one per
		// scale.
		assertThat(kinds.stream().filter("perception-gap"::equals)).hasSize(1);
	}

	@Test
	void aNewEpisodeOfCareIsANewAllianceSeries() throws Exception {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		ApiClient api = new ApiClient(this.port);
		String token = clinic.therapist().token();
		String client = admit(api, clinic, "2026-01-05");
		// First episode: 4, 4, 4 at sessions 1-3. It ends; a second episode starts again
		// at session 1,
		// where the client rates 2. Read as one series, session 1 would hold both
		// ratings; read per
		// episode, the second episode has a single rating and no rupture can be measured
		// yet.
		for (int session = 1; session <= 3; session++) {
			rate(api, token, session(api, token, client, session, LocalDate.of(2026, 1, 5).plusWeeks(session)),
					"alliance-check", "client", 4);
		}
		assertThat(api.post("/api/v1/clients/" + client + "/episodes", token, "{\"start\":\"2026-06-01\"}").status())
			.isEqualTo(422);
		api.post("/api/v1/clients/" + client + "/episodes/current/end", token,
				"{\"date\":\"2026-02-01\",\"reason\":\"planned\"}");
		Reply second = api.post("/api/v1/clients/" + client + "/episodes", token, "{\"start\":\"2026-06-01\"}");
		assertThat(second.status()).isEqualTo(201);
		rate(api, token, session(api, token, client, 1, LocalDate.of(2026, 6, 8)), "alliance-check", "client", 2);

		JsonNode alliance = api.get("/api/v1/clients/" + client + "/alliance", token).json();
		List<Double> totals = new ArrayList<>();
		alliance.get("trajectories").forEach((p) -> {
			if (p.get("perspective").asString().equals("client") && p.get("scale").asString().equals("total")) {
				totals.add(p.get("itemMean").asDouble());
			}
		});
		assertThat(totals).containsExactly(2.0);
		assertThat(alliance.get("ruptures").get("strauss")).isEmpty();
	}

	private static String admit(ApiClient api, TestClinic clinic, String episodeStart) {
		Reply reply = api.post("/api/v1/clients", clinic.therapist().token(), "{\"pseudonym\":\"P-" + UUID.randomUUID()
				+ "\",\"therapist\":\"" + clinic.therapist().email() + "\",\"episodeStart\":\"" + episodeStart + "\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	private static String session(ApiClient api, String token, String client, int number, LocalDate date) {
		Reply reply = api.post("/api/v1/clients/" + client + "/sessions", token,
				"{\"number\":" + number + ",\"date\":\"" + date + "\",\"attendance\":\"attended\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	private static void rate(ApiClient api, String token, String session, String instrument, String respondent,
			int value) {
		StringBuilder answers = new StringBuilder();
		for (int item = 1; item <= 7; item++) {
			answers.append(item > 1 ? "," : "").append('"').append(item).append("\":").append(value);
		}
		Reply reply = api.post(
				"/api/v1/sessions/" + session + "/responses", token, "{\"instrument\":\"" + instrument
						+ "\",\"respondent\":\"" + respondent + "\",\"answers\":{" + answers + "}}",
				UUID.randomUUID().toString());
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
	}

	/**
	 * The kinds of the signals on the client's alliance, once both findings are among
	 * them.
	 */
	private static List<String> awaitSignalKinds(ApiClient api, String token, String client) {
		return await("a rupture and a perception gap for client " + client).atMost(ClientSignals.WITHIN)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> {
				List<String> kinds = new ArrayList<>();
				api.get("/api/v1/clients/" + client + "/alliance", token)
					.json()
					.get("signals")
					.forEach((s) -> kinds.add(s.get("kind").asString()));
				return kinds;
			}, (kinds) -> kinds.contains("rupture") && kinds.contains("perception-gap"));
	}

	private static JsonNode episode(JsonNode episodes, String scale) {
		for (JsonNode e : episodes) {
			if (e.get("scale").asString().equals(scale)) {
				return e;
			}
		}
		throw new AssertionError("No episode on " + scale + " in " + episodes);
	}

	private static JsonNode point(JsonNode points, int session, String perspective, String scale) {
		for (JsonNode p : points) {
			if (p.get("session").asInt() == session && p.get("perspective").asString().equals(perspective)
					&& p.get("scale").asString().equals(scale)) {
				return p;
			}
		}
		throw new AssertionError("No point " + session + "/" + perspective + "/" + scale);
	}

	private static JsonNode gap(JsonNode gaps, String scale) {
		for (JsonNode g : gaps) {
			if (g.get("scale").asString().equals(scale)) {
				return g;
			}
		}
		throw new AssertionError("No gap on " + scale);
	}

}
