package org.alliance.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.ClientSignals;
import org.alliance.TestClinic;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An episode entered over the JSON API as a clinic would, worked and ended, for the
 * report's tests. A new clinic, so the reliable-change rules judge on track. Five weekly
 * sessions: PHQ-9 12, 14, 19, 19 and GAD-7 9, 9, 10, 10 at sessions 1 to 4, session 5 a
 * no-show; the client's alliance check 4 on every item at sessions 1 to 3, then 2 at
 * session 4, and the therapist's own 4, 4, 4, 3. The episode ends on the day of session
 * 5, planned.
 * <p>
 * By hand, from the NHS Talking Therapies Manual's points (PHQ-9 reliable change 6,
 * caseness 10; GAD-7 4 and 8): PHQ-9 12 → 19 is +7, a reliable deterioration, RC 7 / (6 /
 * 1.96) = +2.29; GAD-7 9 → 10 is +1, unchanged, RC 1 / (4 / 1.96) = +0.49. A finished
 * course (4 attended), a case at the start, not recovered, no reliable improvement, a
 * reliable deterioration, no reliable recovery. By the rules a reliable deterioration is
 * red: not on track, and the not-on-track signal is raised at session 3 (PHQ-9 19). The
 * alliance's fall from a flat run of 4 to 2 is a rupture under both rules
 * (EntryPathSignalTests), never repaired: the episode ended first. The therapist worked
 * the not-on-track signal: acknowledged it, checked the alliance with a note, resolved
 * it.
 *
 * @param client the client's id
 * @param episode the episode's id
 * @param pseudonym with Spanish letters, to show the PDF's font sets them
 */
record ReportedEpisode(String client, String episode, String pseudonym) {

	static final String NOTE = "Hablamos del PHQ-9: agreed to start with sleep, a smaller step.";

	static final String OUTCOME = "Symptoms steadier after the plan changed.";

	static ReportedEpisode enter(ApiClient api, TestClinic clinic) throws InterruptedException {
		String token = clinic.therapist().token();
		String pseudonym = "Señora Núñez " + UUID.randomUUID().toString().substring(0, 6);
		LocalDate start = LocalDate.now().minusWeeks(5);
		Reply admitted = api.post("/api/v1/clients", token, "{\"pseudonym\":\"" + pseudonym + "\",\"therapist\":\""
				+ clinic.therapist().email() + "\",\"episodeStart\":\"" + start + "\"}");
		assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
		String client = admitted.id();
		int[][] phq9 = { { 2, 2, 2, 2, 2, 1, 1, 0, 0 }, { 2, 2, 2, 2, 2, 2, 1, 1, 0 }, { 3, 3, 3, 2, 2, 2, 2, 2, 0 },
				{ 3, 3, 3, 2, 2, 2, 2, 2, 0 } };
		int[][] gad7 = { { 2, 2, 1, 1, 1, 1, 1 }, { 2, 2, 1, 1, 1, 1, 1 }, { 2, 2, 2, 1, 1, 1, 1 },
				{ 2, 2, 2, 1, 1, 1, 1 } };
		int[] alliance = { 4, 4, 4, 2 };
		int[] therapist = { 4, 4, 4, 3 };
		for (int i = 0; i < 4; i++) {
			String session = session(api, token, client, i + 1, start.plusWeeks(i), "attended");
			answer(api, token, session, "phq9", "client", phq9[i]);
			answer(api, token, session, "gad7", "client", gad7[i]);
			answer(api, token, session, "alliance-check", "client", same(alliance[i], 7));
			answer(api, token, session, "alliance-check-t", "therapist", same(therapist[i], 7));
		}
		session(api, token, client, 5, start.plusWeeks(4), "no-show");
		JsonNode notOnTrack = awaitSignal(api, token, client, "not-on-track");
		awaitSignal(api, token, client, "rupture");
		String signal = notOnTrack.get("id").asString();
		ok(api.post("/api/v1/signals/" + signal + "/acknowledge", token, "{}"));
		ok(api.post("/api/v1/signals/" + signal + "/actions", token,
				"{\"step\":\"checked-alliance\",\"note\":\"" + NOTE + "\"}"));
		ok(api.post("/api/v1/signals/" + signal + "/resolve", token, "{\"outcome\":\"" + OUTCOME + "\"}"));
		Reply ended = api.post("/api/v1/clients/" + client + "/episodes/current/end", token,
				"{\"date\":\"" + start.plusWeeks(4) + "\",\"reason\":\"planned\"}");
		ok(ended);
		return new ReportedEpisode(client, ended.id(), pseudonym);
	}

	/** A client whose only episode is open: two sessions, PHQ-9 and GAD-7 at each. */
	static ReportedEpisode open(ApiClient api, TestClinic clinic) {
		String token = clinic.therapist().token();
		String pseudonym = "Open " + UUID.randomUUID().toString().substring(0, 6);
		LocalDate start = LocalDate.now().minusWeeks(1);
		Reply admitted = api.post("/api/v1/clients", token, "{\"pseudonym\":\"" + pseudonym + "\",\"therapist\":\""
				+ clinic.therapist().email() + "\",\"episodeStart\":\"" + start + "\"}");
		ok(admitted);
		String client = admitted.id();
		for (int i = 0; i < 2; i++) {
			String session = session(api, token, client, i + 1, start.plusWeeks(i), "attended");
			answer(api, token, session, "phq9", "client", 2, 2, 2, 2, 2, 1, 1, 0, 0);
			answer(api, token, session, "gad7", "client", 2, 2, 1, 1, 1, 1, 1);
		}
		String episode = api.get("/api/v1/clients/" + client + "/episodes", token).json().get(0).get("id").asString();
		return new ReportedEpisode(client, episode, pseudonym);
	}

	String page() {
		return "/clients/" + this.client + "/episodes/" + this.episode + "/report";
	}

	String pdf() {
		return page() + ".pdf";
	}

	private static String session(ApiClient api, String token, String client, int number, LocalDate date,
			String attendance) {
		Reply reply = api.post("/api/v1/clients/" + client + "/sessions", token,
				"{\"number\":" + number + ",\"date\":\"" + date + "\",\"attendance\":\"" + attendance + "\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	/**
	 * The client's measures come from the client's phone, through a personal link (staff
	 * who send them would enter them on the client's behalf, and the report would mark
	 * them); the therapist's own rating comes over the API.
	 */
	private static void answer(ApiClient api, String token, String session, String instrument, String respondent,
			int... items) {
		if ("client".equals(respondent)) {
			Reply link = api.post("/api/v1/sessions/" + session + "/links", token,
					"{\"instruments\":[\"" + instrument + "\"]}");
			assertThat(link.status()).as(link.body()).isEqualTo(201);
			StringBuilder form = new StringBuilder();
			for (int item = 1; item <= items.length; item++) {
				form.append((item > 1) ? "&" : "").append("item-").append(item).append('=').append(items[item - 1]);
			}
			Reply answered = api.postForm(link.json().get("path").asString() + "/" + instrument, form.toString());
			assertThat(answered.status()).as(answered.body()).isEqualTo(302);
			return;
		}
		StringBuilder answers = new StringBuilder();
		for (int item = 1; item <= items.length; item++) {
			answers.append((item > 1) ? "," : "").append('"').append(item).append("\":").append(items[item - 1]);
		}
		Reply reply = api.post(
				"/api/v1/sessions/" + session + "/responses", token, "{\"instrument\":\"" + instrument
						+ "\",\"respondent\":\"" + respondent + "\",\"answers\":{" + answers + "}}",
				UUID.randomUUID().toString());
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
	}

	private static JsonNode awaitSignal(ApiClient api, String token, String client, String kind) {
		return ClientSignals.awaitOne(api, token, client, kind);
	}

	private static int[] same(int value, int items) {
		int[] answers = new int[items];
		java.util.Arrays.fill(answers, value);
		return answers;
	}

	private static void ok(Reply reply) {
		assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
	}

}
