package org.alliance.alliance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.ClientSignals;
import org.alliance.PageSession;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every door a rating comes in by reaches the same store and raises the same signal: the
 * JSON API, and the client's phone form behind a personal link. The series is the one of
 * AllianceApiTests, worked by hand there: three sessions rated 4 on every item, then 2, a
 * fall of 2 points per item from a flat run, which both rules call a rupture.
 */
class EntryPathSignalTests extends ServerOnH2 {

	@Test
	void aLowRatingOnThePhoneRaisesTheRuptureSignal() throws Exception {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String token = clinic.therapist().token();
		String client = admitted(api, clinic);
		for (int session = 1; session <= 3; session++) {
			rateOnApi(api, token, session(api, token, client, session), 4);
		}
		String fourth = session(api, token, client, 4);
		String link = api.post("/api/v1/sessions/" + fourth + "/links", token, "{\"instruments\":[\"alliance-check\"]}")
			.json()
			.get("path")
			.asString();
		PageSession phone = PageSession.anonymous(this.port);
		phone.get(link);
		Map<String, String> answers = new HashMap<>();
		for (int item = 1; item <= 7; item++) {
			answers.put("item-" + item, "2");
		}
		assertThat(phone.post(link + "/alliance-check?lang=en", answers).status()).isEqualTo(302);
		assertThat(awaitKinds(api, token, client)).contains("rupture");
		// In plain words: every item fell from 4 to 2, from a flat run (the SD floor),
		// far
		// more than 2 SD.
		assertThat(api.get("/api/v1/signals", token).body())
			.contains("Alliance fell sharply at session 4: usual level 4.0, this session 2.0");
	}

	@Test
	void aLowRatingOnTheApiRaisesTheRuptureSignal() throws Exception {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String token = clinic.therapist().token();
		String client = admitted(api, clinic);
		for (int session = 1; session <= 3; session++) {
			rateOnApi(api, token, session(api, token, client, session), 4);
		}
		rateOnApi(api, token, session(api, token, client, 4), 2);
		assertThat(awaitKinds(api, token, client)).contains("rupture");

		// The client page's alliance chart marks the session that raised it.
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		String page = pages.get("/clients/" + client).body();
		String chart = page.substring(page.indexOf("id=\"scores-data\""));
		chart = chart.substring(chart.indexOf('{'), chart.indexOf("</script>"));
		var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(chart);
		assertThat(json.get("allianceSignals").get(3).asDouble())
			.isEqualTo(json.get("allianceClient").get(3).asDouble());
		assertThat(json.get("allianceSignals").get(0).isNull()).isTrue();
		assertThat(json.get("symptomSignals").get(3).isNull()).isTrue();
	}

	/** The kinds of the client's signals, once the rupture is among them. */
	private static List<String> awaitKinds(ApiClient api, String token, String client) {
		return await("a rupture signal for client " + client).atMost(ClientSignals.WITHIN)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> ClientSignals.of(api, token, client, null)
				.stream()
				.map((s) -> s.get("kind").asString())
				.toList(), (kinds) -> kinds.contains("rupture"));
	}

	private static String admitted(ApiClient api, TestClinic clinic) {
		Reply reply = api.post("/api/v1/clients", clinic.therapist().token(),
				"{\"pseudonym\":\"E-" + UUID.randomUUID() + "\",\"therapist\":\"" + clinic.therapist().email()
						+ "\",\"episodeStart\":\"" + LocalDate.now().minusWeeks(6) + "\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	private static String session(ApiClient api, String token, String client, int number) {
		Reply reply = api.post("/api/v1/clients/" + client + "/sessions", token, "{\"number\":" + number
				+ ",\"date\":\"" + LocalDate.now().minusWeeks(5 - number) + "\",\"attendance\":\"attended\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	private static void rateOnApi(ApiClient api, String token, String session, int value) {
		StringBuilder answers = new StringBuilder();
		for (int item = 1; item <= 7; item++) {
			answers.append(item > 1 ? "," : "").append('"').append(item).append("\":").append(value);
		}
		Reply reply = api.post("/api/v1/sessions/" + session + "/responses", token,
				"{\"instrument\":\"alliance-check\",\"respondent\":\"client\",\"answers\":{" + answers + "}}",
				UUID.randomUUID().toString());
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
	}

}
