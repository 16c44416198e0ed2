package org.alliance.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.alliance.measure.LinksThatEndTests.admit;
import static org.alliance.measure.LinksThatEndTests.session;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One answer per session, measure and respondent on every path (API, personal link, paper
 * form, rating page); a changed answer is a correction with a reason that keeps both
 * versions and goes through the risk screen again; the therapist's own rating is the
 * client's therapist's alone; every response says who entered it; a cancelled session, or
 * one after its episode's end, takes no measure. Over HTTP on a real port.
 */
class OneAnswerPerSessionTests extends ServerOnH2 {

	private static final String SEVERAL_DAYS = phq9(1);

	@Test
	void aSecondPhq9ForASessionIsRefusedNamingTheFirstAndTheBriefKeepsIt() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String client = admit(api, clinic);
		String session = session(api, clinic, client, 1, LocalDate.now().minusDays(1));
		String key = UUID.randomUUID().toString();
		Reply first = submit(api, clinic.therapist(), session, SEVERAL_DAYS, key);
		assertThat(first.status()).isEqualTo(201);

		Reply second = submit(api, clinic.therapist(), session, phq9(0), UUID.randomUUID().toString());
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.contentType()).startsWith("application/problem+json");
		assertThat(second.json().get("errors").get(0).get("field").asString()).isEqualTo("instrument");
		assertThat(second.json().get("instrument").asString()).isEqualTo("phq9");
		assertThat(second.json().get("sessionNumber").asInt()).isEqualTo(1);
		assertThat(second.json().get("existingResponse").asString()).isEqualTo(first.id());
		assertThat(second.json().get("detail").asString()).contains("PHQ-9", "session 1", first.id());
		Reply replay = submit(api, clinic.therapist(), session, SEVERAL_DAYS, key);
		assertThat(replay.status()).isEqualTo(201);
		assertThat(replay.id()).isEqualTo(first.id());
		assertThat(replay.header("Idempotency-Replayed")).isEqualTo("true");

		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		assertThat(pages.get("/clients/" + client + "/brief").body()).contains("several days")
			.doesNotContain("id=\"latest-phq9-corrected\"");
		// The paper form and the personal link hold to the same rule.
		pages.get("/sessions/" + session + "/paper/phq9");
		Page paper = pages.post("/sessions/" + session + "/paper/phq9", LinksThatEndTests.phq9WithItem9(0));
		assertThat(paper.status()).isEqualTo(409);
		assertThat(paper.body()).contains("id=\"already-answered\"", "id=\"correction-form\"");
		assertThat(api
			.post("/api/v1/sessions/" + session + "/links", clinic.therapist().token(), "{\"instruments\":[\"phq9\"]}")
			.status()).isEqualTo(409);
		assertThat(responses(api, clinic, client, "")).hasSize(1);
		assertThat(pages.get("/clients/" + client + "/brief").body()).contains("several days");
	}

	@Test
	void onlyTheClientsOwnTherapistPostsTheTherapistsRatingAndEveryResponseSaysWhoEnteredIt() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String client = admit(api, clinic);
		String session = session(api, clinic, client, 1, LocalDate.now().minusDays(1));
		String own = "{\"instrument\":\"alliance-check-t\",\"respondent\":\"therapist\",\"answers\":{"
				+ "\"1\":4,\"2\":4,\"3\":4,\"4\":4,\"5\":4,\"6\":4,\"7\":4}}";
		Reply bySupervisor = submit(api, clinic.supervisor(), session, own, UUID.randomUUID().toString());
		assertThat(bySupervisor.status()).isEqualTo(403);
		assertThat(api
			.post("/api/v1/clients/" + client + "/act-for", clinic.supervisor().token(),
					"{\"reason\":\"Covering while the therapist is away\"}")
			.status()).isEqualTo(201);
		Reply acting = submit(api, clinic.supervisor(), session, own, UUID.randomUUID().toString());
		assertThat(acting.status()).as("nobody rates in the therapist's place").isEqualTo(403);
		assertThat(acting.json().get("errors").get(0).get("field").asString()).isEqualTo("respondent");
		PageSession supervisorPages = PageSession.signIn(this.port, clinic.supervisor().email(), TestClinic.PASSWORD);
		assertThat(supervisorPages.get("/sessions/" + session + "/rate/own").status()).isEqualTo(403);
		assertThat(responses(api, clinic, client, "")).isEmpty();

		Reply byTherapist = submit(api, clinic.therapist(), session, own, UUID.randomUUID().toString());
		assertThat(byTherapist.status()).isEqualTo(201);
		Reply correctedBySupervisor = api.post("/api/v1/responses/" + byTherapist.id() + "/corrections",
				clinic.supervisor().token(),
				"{\"answers\":{\"1\":1,\"2\":1,\"3\":1,\"4\":1,\"5\":1,\"6\":1,\"7\":1},\"reason\":\"Lower\"}",
				UUID.randomUUID().toString());
		assertThat(correctedBySupervisor.status()).isEqualTo(403);
		String link = api
			.post("/api/v1/sessions/" + session + "/links", clinic.therapist().token(), "{\"instruments\":[\"gad7\"]}")
			.json()
			.get("path")
			.asString();
		PageSession phone = PageSession.anonymous(this.port);
		phone.get(link);
		Map<String, String> gad7 = new LinkedHashMap<>();
		for (int item = 1; item <= 7; item++) {
			gad7.put("item-" + item, "1");
		}
		assertThat(phone.post(link + "/gad7", gad7).status()).isEqualTo(302);

		List<String> who = new ArrayList<>();
		responses(api, clinic, client, "")
			.forEach((r) -> who.add(r.get("instrument").asString() + " " + r.get("enteredBy").asString()));
		assertThat(who).containsExactlyInAnyOrder("alliance-check-t " + clinic.therapist().email(),
				"gad7 " + Responses.CLIENT_LINK);
	}

	@Test
	void aCancelledSessionOrOneAfterItsEpisodesEndTakesNoMeasureNamingTheSession() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String client = admit(api, clinic);
		String cancelled = session(api, clinic, client, 1, LocalDate.now().minusDays(14));
		String later = session(api, clinic, client, 2, LocalDate.now());
		api.put("/api/v1/sessions/" + cancelled + "/attendance", clinic.therapist().token(),
				"{\"attendance\":\"cancelled\"}");
		api.post("/api/v1/clients/" + client + "/episodes/current/end", clinic.therapist().token(),
				"{\"date\":\"" + LocalDate.now().minusDays(7) + "\",\"reason\":\"dropout\"}");

		Reply onCancelled = submit(api, clinic.therapist(), cancelled, SEVERAL_DAYS, UUID.randomUUID().toString());
		assertThat(onCancelled.status()).isEqualTo(409);
		assertThat(onCancelled.json().get("errors").get(0).get("field").asString()).isEqualTo("session");
		assertThat(onCancelled.json().get("detail").asString()).contains("Session 1", "cancelled");
		Reply afterEnd = submit(api, clinic.therapist(), later, SEVERAL_DAYS, UUID.randomUUID().toString());
		assertThat(afterEnd.status()).isEqualTo(409);
		assertThat(afterEnd.json().get("detail").asString()).contains("Session 2", "after its episode of care ended");
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		pages.get("/sessions/" + cancelled + "/rate/own");
		Map<String, String> rating = new LinkedHashMap<>();
		for (int item = 1; item <= 7; item++) {
			rating.put("item-" + item, "4");
		}
		assertThat(pages.post("/sessions/" + cancelled + "/rate/own", rating).status()).isEqualTo(409);
		assertThat(responses(api, clinic, client, "?versions=all")).isEmpty();
	}

	@Test
	void aCorrectionKeepsBothVersionsScreensTheCorrectedAnswerAndNeverClosesTheFirstsRiskSignal() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String client = admit(api, clinic);
		String session = session(api, clinic, client, 1, LocalDate.now().minusDays(1));
		Reply risk = submit(api, clinic.therapist(), session, phq9(2), UUID.randomUUID().toString());
		assertThat(riskSignalStatus(risk.id())).isEqualTo("open");

		String path = "/api/v1/responses/" + risk.id() + "/corrections";
		Reply noReason = api.post(path, clinic.therapist().token(), "{\"answers\":" + answers(0) + ",\"reason\":\"\"}",
				UUID.randomUUID().toString());
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		Reply unchanged = api.post(path, clinic.therapist().token(),
				"{\"answers\":" + answers(2) + ",\"reason\":\"Checked\"}", UUID.randomUUID().toString());
		assertThat(unchanged.status()).isEqualTo(422);
		String key = UUID.randomUUID().toString();
		String body = "{\"answers\":" + answers(0) + ",\"reason\":\"Item 9 was ticked on the wrong line\"}";
		Reply corrected = api.post(path, clinic.therapist().token(), body, key);
		assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
		assertThat(api.post(path, clinic.therapist().token(), body, key).id()).isEqualTo(corrected.id());

		JsonNode current = responses(api, clinic, client, "");
		assertThat(current).hasSize(1);
		assertThat(current.get(0).get("id").asString()).isEqualTo(corrected.id());
		assertThat(current.get(0).get("corrects").asString()).isEqualTo(risk.id());
		assertThat(current.get(0).get("correctionReason").asString()).isEqualTo("Item 9 was ticked on the wrong line");
		assertThat(current.get(0).get("answers").get("9").asInt()).isZero();
		JsonNode all = responses(api, clinic, client, "?versions=all");
		assertThat(all).hasSize(2);
		assertThat(all.get(0).get("id").asString()).isEqualTo(risk.id());
		assertThat(all.get(0).get("supersededBy").asString()).isEqualTo(corrected.id());
		assertThat(all.get(0).get("answers").get("9").asInt()).isEqualTo(2);
		assertThat(riskSignalStatus(risk.id())).as("the first answer's signal stays open").isEqualTo("open");
		assertThat(riskSignalStatus(corrected.id())).as("not at all: no signal").isNull();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where resource_type = 'response'"
						+ " and ((action = 'CREATE' and resource_id = ? and detail = ?)"
						+ " or (action = 'UPDATE' and resource_id = ? and detail = ?))",
				Integer.class, corrected.id(), "corrects " + risk.id(), risk.id(), "superseded by " + corrected.id()))
			.isEqualTo(2);

		Reply ofSuperseded = api.post(path, clinic.therapist().token(),
				"{\"answers\":" + answers(1) + ",\"reason\":\"Again\"}", UUID.randomUUID().toString());
		assertThat(ofSuperseded.status()).isEqualTo(409);
		assertThat(ofSuperseded.json().get("currentResponse").asString()).isEqualTo(corrected.id());
		Reply riskAgain = api.post("/api/v1/responses/" + corrected.id() + "/corrections", clinic.therapist().token(),
				"{\"answers\":" + answers(3) + ",\"reason\":\"The client said nearly every day\"}",
				UUID.randomUUID().toString());
		assertThat(riskAgain.status()).isEqualTo(201);
		assertThat(riskSignalStatus(riskAgain.id())).as("the corrected answer is screened").isEqualTo("open");

		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		String brief = pages.get("/clients/" + client + "/brief").body();
		assertThat(brief).contains("id=\"latest-phq9-corrected\"", "The client said nearly every day",
				"nearly every day");
		assertThat(pages.get("/clients/" + client).body()).contains("id=\"corrected-phq9-1\"");
	}

	@Test
	void staffCorrectAClientsPaperAnswerOnItsFormWithAReason() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String client = admit(api, clinic);
		String session = session(api, clinic, client, 1, LocalDate.now().minusDays(1));
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		pages.get("/sessions/" + session + "/paper/phq9");
		assertThat(pages.post("/sessions/" + session + "/paper/phq9", LinksThatEndTests.phq9WithItem9(0)).status())
			.isEqualTo(302);
		String first = responses(api, clinic, client, "").get(0).get("id").asString();

		Page form = pages.get("/sessions/" + session + "/paper/phq9");
		assertThat(form.body()).contains("id=\"correction-form\"", "id=\"item-9-0\"");
		Map<String, String> fields = LinksThatEndTests.phq9WithItem9(1);
		fields.put("key", UUID.randomUUID().toString());
		Page noReason = pages.post("/responses/" + first + "/correction", fields);
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.errorBeside("reason")).isNotBlank();
		fields.put("reason", "The client ticked several days");
		Page saved = pages.post("/responses/" + first + "/correction", fields);
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);

		JsonNode current = responses(api, clinic, client, "").get(0);
		assertThat(current.get("corrects").asString()).isEqualTo(first);
		assertThat(current.get("answers").get("9").asInt()).isEqualTo(1);
		assertThat(current.get("enteredBy").asString()).isEqualTo(clinic.therapist().email());
		assertThat(riskSignalStatus(current.get("id").asString())).isEqualTo("open");
	}

	private String riskSignalStatus(String responseId) {
		return this.jdbc
			.queryForList("select status from signal where source_key = ?", String.class, "risk:" + responseId)
			.stream()
			.findFirst()
			.map(String::toLowerCase)
			.orElse(null);
	}

	private static JsonNode responses(ApiClient api, TestClinic clinic, String client, String query) {
		Reply reply = api.get("/api/v1/clients/" + client + "/responses" + query, clinic.therapist().token());
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

	private static Reply submit(ApiClient api, TestClinic.Person person, String session, String json, String key) {
		return api.post("/api/v1/sessions/" + session + "/responses", person.token(), json, key);
	}

	private static String phq9(int item9) {
		return "{\"instrument\":\"phq9\",\"respondent\":\"client\",\"answers\":" + answers(item9) + "}";
	}

	private static String answers(int item9) {
		return "{\"1\":1,\"2\":1,\"3\":1,\"4\":1,\"5\":1,\"6\":1,\"7\":1,\"8\":1,\"9\":" + item9 + "}";
	}

}
