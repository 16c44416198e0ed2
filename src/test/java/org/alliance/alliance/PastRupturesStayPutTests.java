package org.alliance.alliance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.ClientSignals;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rupture is judged with what was known at its session (issue #8, "history that stays
 * put"). Client A rates 4.0, 4.4, 4.0, 4.4, then 3.0 in a clinic whose clients move
 * little (within-client SD about 0.2 per item): a fall of 1.2 points, some 5 SD, a
 * rupture under both rules. Then clients who swing between 1 and 5 every session join:
 * the clinic's within-client SD grows past 2 points, and the same fall is under half an
 * SD. Client B, rating exactly like A after they joined, has no rupture; A's rupture, its
 * session and its signal stay as they were.
 */
class PastRupturesStayPutTests extends ServerOnH2 {

	private static final int[] FOURS = { 4, 4, 4, 4, 4, 4, 4 };

	private static final int[] FIVES = { 5, 5, 5, 5, 5, 5, 5 };

	private static final int[][] A_SERIES = { FOURS, FIVES, FOURS, FIVES, { 2, 2, 2, 2, 2, 2, 2 } };

	@Autowired
	private AllianceOverview overview;

	@Test
	void ratingsOfOtherClientsNeverMoveOrEraseAPastRupture() throws Exception {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String token = clinic.therapist().token();
		for (int calm = 0; calm < 3; calm++) {
			rate(api, token, admitted(api, clinic), new int[][] { FOURS, FIVES, FOURS, FIVES });
		}
		this.overview.forgetNorms(clinic.id());
		String a = admitted(api, clinic);
		rate(api, token, a, A_SERIES);
		String signalBefore = awaitRuptureSignal(api, token, a);
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		ClientAlliance before = this.overview.of(therapist, UUID.fromString(a));
		assertThat(before.ruptures().get("strauss")).extracting(RuptureEpisode::session).containsExactly(5);
		assertThat(before.ruptures().get("stiles")).extracting(RuptureEpisode::session).containsExactly(5);

		for (int swinging = 0; swinging < 10; swinging++) {
			int[] high = { 5, 5, 5, 5, 5, 5, 5 };
			int[] low = { 1, 1, 1, 1, 1, 1, 1 };
			rate(api, token, admitted(api, clinic), new int[][] { high, low, high, low, high, low, high, low });
		}
		// The clinic norms are kept for minutes; as if those minutes had passed.
		this.overview.forgetNorms(clinic.id());
		String b = admitted(api, clinic);
		rate(api, token, b, A_SERIES);
		ClientAlliance sameRatingsNow = this.overview.of(therapist, UUID.fromString(b));
		assertThat(sameRatingsNow.ruptures().get("strauss")).as("the clinic's norms did move").isEmpty();
		assertThat(sameRatingsNow.ruptures().get("stiles")).isEmpty();

		ClientAlliance after = this.overview.of(therapist, UUID.fromString(a));
		assertThat(after.ruptures()).isEqualTo(before.ruptures());
		assertThat(ruptureSignals(api, token, a)).containsExactly(signalBefore);
	}

	private static String awaitRuptureSignal(ApiClient api, String token, String client) {
		return await("a rupture signal for " + client).atMost(ClientSignals.WITHIN)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> ruptureSignals(api, token, client), (found) -> !found.isEmpty())
			.get(0);
	}

	/** Each rupture signal of the client as id, summary and status. */
	private static List<String> ruptureSignals(ApiClient api, String token, String client) {
		List<String> found = new ArrayList<>();
		api.get("/api/v1/signals", token).json().forEach((s) -> {
			if (s.get("client").asString().equals(client) && s.get("kind").asString().equals("rupture")) {
				found
					.add(s.get("id").asString() + " " + s.get("summary").asString() + " " + s.get("status").asString());
			}
		});
		return found;
	}

	private static String admitted(ApiClient api, TestClinic clinic) {
		Reply reply = api.post("/api/v1/clients", clinic.therapist().token(), "{\"pseudonym\":\"H-" + UUID.randomUUID()
				+ "\",\"therapist\":\"" + clinic.therapist().email() + "\",\"episodeStart\":\"" + start() + "\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	/** Weekly sessions ending last week, so that their signals open in the inbox. */
	private static LocalDate start() {
		return LocalDate.now().minusWeeks(8);
	}

	private static void rate(ApiClient api, String token, String client, int[][] series) {
		for (int s = 0; s < series.length; s++) {
			Reply session = api.post("/api/v1/clients/" + client + "/sessions", token,
					"{\"number\":" + (s + 1) + ",\"date\":\"" + LocalDate.now().minusWeeks(series.length - s)
							+ "\",\"attendance\":\"attended\"}");
			assertThat(session.status()).as(session.body()).isEqualTo(201);
			StringBuilder answers = new StringBuilder();
			for (int item = 1; item <= 7; item++) {
				answers.append(item > 1 ? "," : "").append('"').append(item).append("\":").append(series[s][item - 1]);
			}
			Reply reply = api.post("/api/v1/sessions/" + session.id() + "/responses", token,
					"{\"instrument\":\"alliance-check\",\"respondent\":\"client\",\"answers\":{" + answers + "}}",
					UUID.randomUUID().toString());
			assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		}
	}

}
