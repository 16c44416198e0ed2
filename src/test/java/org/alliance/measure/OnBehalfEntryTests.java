package org.alliance.measure;

import java.io.IOException;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entry on the client's behalf (issue #10, point 7): staff type in the client's answers
 * from a paper form; they go through the one entry path, so a risk answer raises its
 * signal as from the phone, and the record says who entered them, in the data, the API,
 * the client page and the episode report.
 */
class OnBehalfEntryTests extends ServerOnH2 {

	private static final String PHQ9_RISK = "{\"1\":1,\"2\":1,\"3\":1,\"4\":1,\"5\":1,\"6\":1,\"7\":1,\"8\":0,\"9\":2}";

	@Test
	void aRiskAnswerEnteredOnBehalfFromThePaperFormRaisesTheRiskSignalAndIsMarked() throws Exception {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String client = admit(api, clinic);
		String session = session(api, clinic, client, 1);
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);

		Page form = pages.get("/sessions/" + session + "/paper/phq9");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("entered by you on the client's behalf");
		Map<String, String> fields = new LinkedHashMap<>();
		for (int item = 1; item <= 9; item++) {
			fields.put("item-" + item, (item == 9) ? "2" : (item == 8) ? "0" : "1");
		}
		Page saved = pages.post("/sessions/" + session + "/paper/phq9", fields);
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(saved.location()).endsWith("/clients/" + client + "#sessions");

		// The risk screen heard of it before the page answered: the signal is there.
		JsonNode risk = signal(api, clinic.therapist().token(), client, "risk");
		assertThat(risk).as("risk signal").isNotNull();
		assertThat(signal(api, clinic.supervisor().token(), client, "risk")).isNotNull();

		JsonNode stored = api.get("/api/v1/clients/" + client + "/responses", clinic.therapist().token()).json().get(0);
		assertThat(stored.get("instrument").asString()).isEqualTo("phq9");
		assertThat(stored.get("respondent").asString()).isEqualTo("client");
		assertThat(stored.get("onBehalf").asBoolean()).isTrue();
		assertThat(stored.get("enteredBy").asString()).isEqualTo(clinic.therapist().email());
		assertThat(stored.get("scores").get("total").asDouble()).isEqualTo(9.0);
		assertThat(this.jdbc.queryForObject("select on_behalf from response where client_id = ?", Boolean.class,
				UUID.fromString(client)))
			.isTrue();

		String clientPage = pages.get("/clients/" + client).body();
		assertThat(clientPage).contains("id=\"on-behalf-phq9-1\"",
				"entered on behalf by " + clinic.therapist().email());

		// Answered once per session, on the phone or on paper.
		Page again = pages.get("/sessions/" + session + "/paper/phq9");
		assertThat(again.body()).contains("id=\"already-answered\"", "entered on the client&#39;s behalf by");
		assertThat(pages.post("/sessions/" + session + "/paper/phq9", fields).status()).isEqualTo(409);
	}

	@Test
	void theApiTakesAnEntryOnBehalfFromStaffAndTheReportMarksIt() throws IOException {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String client = admit(api, clinic);
		String first = session(api, clinic, client, 1);
		String second = session(api, clinic, client, 2);
		Reply byPhone = api.post("/api/v1/sessions/" + first + "/responses", clinic.therapist().token(),
				"{\"instrument\":\"gad7\",\"respondent\":\"client\",\"answers\":{\"1\":1,\"2\":1,\"3\":1,\"4\":1,"
						+ "\"5\":1,\"6\":1,\"7\":1}}",
				UUID.randomUUID().toString());
		assertThat(byPhone.status()).as(byPhone.body()).isEqualTo(201);
		Reply bySupervisor = api
			.post("/api/v1/sessions/" + second + "/responses", clinic.supervisor().token(),
					"{\"instrument\":\"phq9\",\"respondent\":\"client\",\"onBehalf\":true,\"answers\":{\"1\":0,\"2\":0,"
							+ "\"3\":0,\"4\":0,\"5\":0,\"6\":0,\"7\":0,\"8\":0,\"9\":0}}",
					UUID.randomUUID().toString());
		assertThat(bySupervisor.status()).as(bySupervisor.body()).isEqualTo(201);

		JsonNode responses = api.get("/api/v1/clients/" + client + "/responses", clinic.therapist().token()).json();
		assertThat(responses.get(0).get("onBehalf").asBoolean()).isFalse();
		assertThat(responses.get(0).get("enteredBy").isNull()).isTrue();
		assertThat(responses.get(1).get("onBehalf").asBoolean()).isTrue();
		assertThat(responses.get(1).get("enteredBy").asString()).isEqualTo(clinic.supervisor().email());

		// A therapist's own form is not the client's to have entered for them.
		Reply therapistForm = api
			.post("/api/v1/sessions/" + second + "/responses", clinic.therapist().token(),
					"{\"instrument\":\"alliance-check-t\",\"respondent\":\"therapist\",\"onBehalf\":true,\"answers\":{"
							+ "\"1\":4,\"2\":4,\"3\":4,\"4\":4,\"5\":4,\"6\":4,\"7\":4}}",
					UUID.randomUUID().toString());
		assertThat(therapistForm.status()).isEqualTo(422);
		assertThat(therapistForm.json().get("errors").get(0).get("field").asString()).isEqualTo("onBehalf");
		Reply notABoolean = api.post("/api/v1/sessions/" + second + "/responses", clinic.therapist().token(),
				"{\"instrument\":\"phq9\",\"respondent\":\"client\",\"onBehalf\":\"yes\",\"answers\":{\"1\":0}}",
				UUID.randomUUID().toString());
		assertThat(notABoolean.status()).isEqualTo(400);
		assertThat(notABoolean.body()).contains("onBehalf");
		// Another therapist may not see the session, so may not enter anything for it.
		Reply stranger = api
			.post("/api/v1/sessions/" + second + "/responses", clinic.otherTherapist().token(),
					"{\"instrument\":\"phq9\",\"respondent\":\"client\",\"onBehalf\":true,\"answers\":{\"1\":0,\"2\":0,"
							+ "\"3\":0,\"4\":0,\"5\":0,\"6\":0,\"7\":0,\"8\":0,\"9\":0}}",
					UUID.randomUUID().toString());
		assertThat(stranger.status()).isEqualTo(404);
		PageSession other = PageSession.signIn(this.port, clinic.otherTherapist().email(), TestClinic.PASSWORD);
		assertThat(other.get("/sessions/" + second + "/paper/phq9").status()).isEqualTo(404);

		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		String episode = api.get("/api/v1/clients/" + client + "/episodes", clinic.therapist().token())
			.json()
			.get(0)
			.get("id")
			.asString();
		String report = "/clients/" + client + "/episodes/" + episode + "/report";
		String body = pages.get(report).body();
		String line = "Session 2: PHQ-9 entered by " + clinic.supervisor().account().displayName()
				+ " on the client&#39;s behalf";
		assertThat(body).contains("id=\"report-on-behalf\"", line);
		String row2 = body.substring(body.indexOf("id=\"report-session-2\""));
		assertThat(row2.substring(0, row2.indexOf("</tr>"))).contains(">0†<");
		String row1 = body.substring(body.indexOf("id=\"report-session-1\""));
		assertThat(row1.substring(0, row1.indexOf("</tr>"))).contains(">7<").doesNotContain("†");
		try (PDDocument pdf = Loader.loadPDF(pages.download(report + ".pdf"))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Session 2: PHQ-9 entered by " + clinic.supervisor().account().displayName()
					+ " on the client's behalf", "0†");
		}
	}

	private static String admit(ApiClient api, TestClinic clinic) {
		Reply admitted = api.post("/api/v1/clients", clinic.therapist().token(),
				"{\"pseudonym\":\"Paper " + UUID.randomUUID().toString().substring(0, 8) + "\",\"therapist\":\""
						+ clinic.therapist().email() + "\",\"episodeStart\":\"" + LocalDate.now().minusWeeks(3)
						+ "\"}");
		assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
		return admitted.id();
	}

	private static String session(ApiClient api, TestClinic clinic, String client, int number) {
		Reply reply = api.post("/api/v1/clients/" + client + "/sessions", clinic.therapist().token(), "{\"number\":"
				+ number + ",\"date\":\"" + LocalDate.now().minusWeeks(3 - number) + "\",\"attendance\":\"attended\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	private static JsonNode signal(ApiClient api, String token, String client, String kind) {
		for (JsonNode signal : api.get("/api/v1/signals", token).json()) {
			if (signal.get("client").asString().equals(client) && signal.get("kind").asString().equals(kind)) {
				return signal;
			}
		}
		return null;
	}

}
