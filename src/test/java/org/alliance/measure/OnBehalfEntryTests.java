package org.alliance.measure;

import java.io.IOException;
import java.time.LocalDate;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entry on the client's behalf (issue #10, point 7): staff type in the client's answers
 * from a paper form; they go through the one entry path, so a risk answer raises its
 * signal as from the phone, and the record says who entered them, in the data, the API,
 * the client page and the episode report.
 */
class OnBehalfEntryTests extends ServerOnH2 {

	@Autowired
	Responses responses;

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
				"entered on behalf by " + clinic.therapist().account().displayName());
		assertThat(clientPage).as("people by name, not by email").doesNotContain(clinic.therapist().email());

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
		// The client answers on the phone, through their personal link: not on anyone's
		// behalf.
		String link = api
			.post("/api/v1/sessions/" + first + "/links", clinic.therapist().token(), "{\"instruments\":[\"gad7\"]}")
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
		// A supervisor enters answers for another therapist's client only while acting
		// for the therapist.
		String phq9 = "{\"instrument\":\"phq9\",\"respondent\":\"client\",\"onBehalf\":true,\"answers\":{\"1\":0,"
				+ "\"2\":0,\"3\":0,\"4\":0,\"5\":0,\"6\":0,\"7\":0,\"8\":0,\"9\":0}}";
		Reply notActing = api.post("/api/v1/sessions/" + second + "/responses", clinic.supervisor().token(), phq9,
				UUID.randomUUID().toString());
		assertThat(notActing.status()).isEqualTo(403);
		assertThat(notActing.json().get("errors").get(0).get("field").asString()).isEqualTo("act-for");
		assertThat(api
			.post("/api/v1/clients/" + client + "/act-for", clinic.supervisor().token(),
					"{\"reason\":\"Entering the paper form while the therapist is away\"}")
			.status()).isEqualTo(201);
		Reply bySupervisor = api
			.post("/api/v1/sessions/" + second + "/responses", clinic.supervisor().token(),
					"{\"instrument\":\"phq9\",\"respondent\":\"client\",\"onBehalf\":true,\"answers\":{\"1\":0,\"2\":0,"
							+ "\"3\":0,\"4\":0,\"5\":0,\"6\":0,\"7\":0,\"8\":0,\"9\":0}}",
					UUID.randomUUID().toString());
		assertThat(bySupervisor.status()).as(bySupervisor.body()).isEqualTo(201);

		JsonNode responses = api.get("/api/v1/clients/" + client + "/responses", clinic.therapist().token()).json();
		assertThat(responses.get(0).get("instrument").asString()).isEqualTo("gad7");
		assertThat(responses.get(0).get("onBehalf").asBoolean()).isFalse();
		assertThat(responses.get(0).get("enteredBy").asString()).isEqualTo(Responses.CLIENT_LINK);
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

	/**
	 * Only the client's personal link carries the client's own answers: staff who send
	 * the client's measure are marked as entering it for the client whatever the body
	 * says (the attack was {@code onBehalf: false}); a therapist's own measure names who
	 * answered it; the demo's simulated clients answer as from their phones.
	 */
	@Test
	void everyAnswerNotFromTheClientsLinkSaysWhoEnteredIt() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String client = admit(api, clinic);
		String first = session(api, clinic, client, 1);
		String second = session(api, clinic, client, 2);
		String third = session(api, clinic, client, 3);
		String zeros = "\"answers\":{\"1\":0,\"2\":0,\"3\":0,\"4\":0,\"5\":0,\"6\":0,\"7\":0,\"8\":0,\"9\":0}}";
		assertThat(api
			.post("/api/v1/sessions/" + first + "/responses", clinic.therapist().token(),
					"{\"instrument\":\"phq9\",\"respondent\":\"client\",\"onBehalf\":false," + zeros,
					UUID.randomUUID().toString())
			.status()).isEqualTo(201);
		assertThat(api
			.post("/api/v1/sessions/" + second + "/responses", clinic.therapist().token(),
					"{\"instrument\":\"phq9\",\"respondent\":\"client\"," + zeros, UUID.randomUUID().toString())
			.status()).isEqualTo(201);
		assertThat(api
			.post("/api/v1/sessions/" + first + "/responses", clinic.therapist().token(),
					"{\"instrument\":\"alliance-check-t\",\"respondent\":\"therapist\",\"answers\":{"
							+ "\"1\":4,\"2\":4,\"3\":4,\"4\":4,\"5\":4,\"6\":4,\"7\":4}}",
					UUID.randomUUID().toString())
			.status()).isEqualTo(201);
		Map<String, org.alliance.instrument.Answer> answers = new LinkedHashMap<>();
		for (int item = 1; item <= 9; item++) {
			answers.put(String.valueOf(item), new org.alliance.instrument.Answer.Choice(0));
		}
		this.responses.recordSimulated(clinic.id(), UUID.fromString(third), new Submission("phq9", "client", answers),
				"demo-" + UUID.randomUUID());

		JsonNode stored = api.get("/api/v1/clients/" + client + "/responses", clinic.therapist().token()).json();
		List<String> marks = new java.util.ArrayList<>();
		stored.forEach((r) -> marks.add(r.get("sessionNumber").asInt() + " " + r.get("instrument").asString() + " "
				+ r.get("onBehalf").asBoolean() + " "
				+ (r.get("enteredBy").isNull() ? "-" : r.get("enteredBy").asString())));
		String therapist = clinic.therapist().email();
		assertThat(marks).containsExactlyInAnyOrder("1 phq9 true " + therapist, "2 phq9 true " + therapist,
				"1 alliance-check-t false " + therapist, "3 phq9 false " + Responses.SIMULATED_CLIENT);
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
