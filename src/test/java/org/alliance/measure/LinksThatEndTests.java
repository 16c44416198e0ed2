package org.alliance.measure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's personal link stops working when its session is cancelled, its episode ends,
 * a person revokes it or a newer link replaces it: the client reads, in their language,
 * that it is no longer valid and whom to contact (410), a form opened before and sent
 * after stores nothing, and no risk answer on it reaches the inbox. Over HTTP on a real
 * port, as the client's phone and the therapist's API client.
 */
class LinksThatEndTests extends ServerOnH2 {

	@Test
	void aBeforeLinkOfASessionCancelledLaterTakesNoRiskAnswerForAClientWhoseEpisodeEnded() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String client = admit(api, clinic);
		String session = session(api, clinic, client, 1, LocalDate.now());
		String link = issue(api, clinic, session, "[\"phq9\",\"gad7\"]").get("path").asString();
		PageSession phone = PageSession.anonymous(this.port);
		assertThat(phone.get(link).status()).as("the form opens before the session").isEqualTo(200);

		assertThat(api
			.put("/api/v1/sessions/" + session + "/attendance", clinic.therapist().token(),
					"{\"attendance\":\"cancelled\"}")
			.status()).isEqualTo(200);
		assertThat(api
			.post("/api/v1/clients/" + client + "/episodes/current/end", clinic.therapist().token(),
					"{\"date\":\"" + LocalDate.now() + "\",\"reason\":\"planned\"}")
			.status()).isEqualTo(200);

		Page sent = phone.post(link + "/phq9", phq9WithItem9(3));
		assertThat(sent.status()).isEqualTo(410);
		assertThat(sent.body()).contains("This link is no longer valid", "Your answers were not saved.",
				"id=\"clinic-name\"", "If you need help now");
		assertThat(storedResponses(client)).isZero();
		assertThat(api.get("/api/v1/signals", clinic.therapist().token()).json().toString()).doesNotContain(client);
		assertThat(phone.get(link).status()).isEqualTo(410);
	}

	@Test
	void aFormOpenedBeforeTheSessionWasCancelledIsRefusedWhenSentAfterAndSaysSoInSpanish() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String client = admit(api, clinic);
		String session = session(api, clinic, client, 1, LocalDate.now());
		String link = issue(api, clinic, session, "[\"phq9\"]").get("path").asString();
		PageSession phone = PageSession.anonymous(this.port);
		assertThat(phone.get(link + "?lang=es").body()).contains("Enviar");

		api.put("/api/v1/sessions/" + session + "/attendance", clinic.therapist().token(),
				"{\"attendance\":\"cancelled\"}");
		Page sent = phone.post(link + "/phq9?lang=es", phq9WithItem9(0));

		assertThat(sent.status()).isEqualTo(410);
		assertThat(sent.body()).contains("lang=\"es\"", "Este enlace ya no es válido",
				"Sus respuestas no se han guardado.", "pida un enlace nuevo a", "Si necesita ayuda ahora");
		assertThat(storedResponses(client)).isZero();
		// Still unknown or expired links are answered as before.
		assertThat(phone.get("/r/no-such-token").status()).isEqualTo(404);
	}

	@Test
	void aRevokedLinkIsRefusedAndTheRevocationSaysWhoAndWhen() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String client = admit(api, clinic);
		String session = session(api, clinic, client, 1, LocalDate.now());
		JsonNode issued = issue(api, clinic, session, "[\"phq9\"]");
		String link = issued.get("path").asString();
		String id = issued.get("id").asString();

		Reply notActing = api.post("/api/v1/links/" + id + "/revoke", clinic.supervisor().token(), "{}");
		assertThat(notActing.status()).isEqualTo(403);
		assertThat(api.post("/api/v1/links/" + id + "/revoke", clinic.otherTherapist().token(), "{}").status())
			.isEqualTo(404);
		assertThat(PageSession.anonymous(this.port).get(link).status()).isEqualTo(200);

		Reply revoked = api.post("/api/v1/links/" + id + "/revoke", clinic.therapist().token(), "{}");
		assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
		assertThat(revoked.json().get("state").asString()).isEqualTo("revoked");
		assertThat(revoked.json().get("revokedBy").asString()).isEqualTo(clinic.therapist().email());
		assertThat(revoked.json().get("revokedAt").isNull()).isFalse();

		PageSession phone = PageSession.anonymous(this.port);
		assertThat(phone.get(link).status()).isEqualTo(410);
		assertThat(phone.post(link + "/phq9", phq9WithItem9(2)).status()).isEqualTo(410);
		assertThat(storedResponses(client)).isZero();
		JsonNode listed = api.get("/api/v1/sessions/" + session + "/links", clinic.supervisor().token()).json();
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).get("state").asString()).isEqualTo("revoked");
		assertThat(listed.get(0).has("token")).isFalse();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where actor = ? and action = 'UPDATE'"
						+ " and resource_type = 'client-link' and resource_id = ? and detail = 'revoked'",
				Integer.class, clinic.therapist().email(), id))
			.isEqualTo(1);
		// Revoked once: revoking again changes nothing.
		Reply again = api.post("/api/v1/links/" + id + "/revoke", clinic.therapist().token(), "{}");
		assertThat(again.json().get("revokedAt").asString()).isEqualTo(revoked.json().get("revokedAt").asString());
	}

	@Test
	void onlyTheLatestLinkForASessionAndItsMeasuresIsValid() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String client = admit(api, clinic);
		String session = session(api, clinic, client, 1, LocalDate.now());
		JsonNode older = issue(api, clinic, session, "[\"phq9\",\"gad7\"]");
		JsonNode after = issue(api, clinic, session, "[\"alliance-check\"]");
		JsonNode newer = issue(api, clinic, session, "[\"phq9\",\"gad7\"]");

		PageSession phone = PageSession.anonymous(this.port);
		assertThat(phone.get(older.get("path").asString()).status()).isEqualTo(410);
		assertThat(phone.post(older.get("path").asString() + "/phq9", phq9WithItem9(1)).status()).isEqualTo(410);
		assertThat(phone.get(newer.get("path").asString()).status()).isEqualTo(200);
		assertThat(phone.get(after.get("path").asString()).status()).as("other measures, another link").isEqualTo(200);
		Map<String, String> states = new LinkedHashMap<>();
		api.get("/api/v1/sessions/" + session + "/links", clinic.therapist().token())
			.json()
			.forEach((l) -> states.put(l.get("id").asString(), l.get("state").asString()));
		assertThat(states).containsEntry(older.get("id").asString(), "replaced")
			.containsEntry(newer.get("id").asString(), "valid")
			.containsEntry(after.get("id").asString(), "valid");
		assertThat(storedResponses(client)).isZero();
	}

	@Test
	void noLinkIsIssuedForACancelledSessionOrOneAfterItsEpisodesEnd() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String client = admit(api, clinic);
		String cancelled = session(api, clinic, client, 1, LocalDate.now().minusDays(7));
		api.put("/api/v1/sessions/" + cancelled + "/attendance", clinic.therapist().token(),
				"{\"attendance\":\"cancelled\"}");
		Reply refused = api.post("/api/v1/sessions/" + cancelled + "/links", clinic.therapist().token(), "{}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("session");
		assertThat(refused.json().get("sessionNumber").asInt()).isEqualTo(1);
		assertThat(refused.json().get("detail").asString()).contains("Session 1", "cancelled");

		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		pages.get("/clients/" + client);
		Page onPage = pages.post("/clients/" + client + "/sessions/" + cancelled + "/link", Map.of("kind", "symptom"));
		assertThat(onPage.status()).isEqualTo(302);
		assertThat(pages.get("/clients/" + client).body()).contains("id=\"link-refused\"", "was cancelled");
	}

	@Test
	void theTherapistRevokesALinkOnTheClientPageWhereItWasIssued() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String client = admit(api, clinic);
		String session = session(api, clinic, client, 1, LocalDate.now());
		JsonNode issued = issue(api, clinic, session, "[\"phq9\"]");
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		String page = pages.get("/clients/" + client).body();
		assertThat(page).contains("id=\"links-in-use\"", "id=\"revoke-link-1\"");

		Page revoked = pages.post("/clients/" + client + "/links/" + issued.get("id").asString() + "/revoke", Map.of());
		assertThat(revoked.status()).isEqualTo(302);
		String after = pages.get("/clients/" + client).body();
		assertThat(after).contains("id=\"link-revoked\"", "session 1").doesNotContain("id=\"links-in-use\"");
		assertThat(PageSession.anonymous(this.port).get(issued.get("path").asString()).status()).isEqualTo(410);
		// Another client's link is not revoked through this client's page.
		String other = admit(api, clinic);
		JsonNode othersLink = issue(api, clinic, session(api, clinic, other, 1, LocalDate.now()), "[\"phq9\"]");
		assertThat(pages.post("/clients/" + client + "/links/" + othersLink.get("id").asString() + "/revoke", Map.of())
			.status()).isEqualTo(404);
		assertThat(PageSession.anonymous(this.port).get(othersLink.get("path").asString()).status()).isEqualTo(200);
	}

	static Map<String, String> phq9WithItem9(int item9) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int item = 1; item <= 9; item++) {
			fields.put("item-" + item, (item == 9) ? String.valueOf(item9) : "1");
		}
		return fields;
	}

	private JsonNode issue(ApiClient api, TestClinic clinic, String session, String instruments) {
		Reply reply = api.post("/api/v1/sessions/" + session + "/links", clinic.therapist().token(),
				"{\"instruments\":" + instruments + "}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json();
	}

	private int storedResponses(String client) {
		return this.jdbc.queryForObject("select count(*) from response where client_id = ?", Integer.class,
				UUID.fromString(client));
	}

	static String admit(ApiClient api, TestClinic clinic) {
		Reply admitted = api.post("/api/v1/clients", clinic.therapist().token(),
				"{\"pseudonym\":\"End " + UUID.randomUUID().toString().substring(0, 8) + "\",\"therapist\":\""
						+ clinic.therapist().email() + "\",\"episodeStart\":\"" + LocalDate.now().minusWeeks(4)
						+ "\"}");
		assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
		return admitted.id();
	}

	static String session(ApiClient api, TestClinic clinic, String client, int number, LocalDate date) {
		Reply reply = api.post("/api/v1/clients/" + client + "/sessions", clinic.therapist().token(),
				"{\"number\":" + number + ",\"date\":\"" + date + "\",\"attendance\":\"attended\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

}
