package org.alliance.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.CurrentUser;
import org.alliance.signal.NewSignal;
import org.alliance.signal.SignalInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on the pages, as a person would send it: a 4xx, the form again with the
 * message beside the field (in the client's language on a personal link), nothing stored;
 * unknown and forbidden records answer with the product's own not-found page.
 */
class PageInputTests extends ServerOnH2 {

	@Autowired
	Caseload caseload;

	@Autowired
	SignalInbox inbox;

	private TestClinic clinic;

	private PageSession therapist;

	@BeforeEach
	void signIn() {
		this.clinic = newClinic();
		this.therapist = PageSession.signIn(this.port, this.clinic.therapist().email(), TestClinic.PASSWORD);
	}

	/**
	 * A path Tomcat refuses before the application sees it (an encoded NUL) gets the
	 * product's plain page, not Tomcat's report with its version.
	 */
	@Test
	void aPathTheServerRefusesItselfGetsTheProductsPlainPage() throws Exception {
		java.net.http.HttpResponse<String> reply = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/clients/%00"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(reply.statusCode()).isEqualTo(400);
		assertThat(reply.body()).contains("<html lang=\"en\"", "This request cannot be read")
			.doesNotContain("HTTP Status", "Tomcat");
	}

	@Test
	void anotherTherapistsClientAnUnknownIdAndAMalformedIdGetTheProductsErrorPage() {
		Client theirs = admit(this.clinic.otherTherapist());
		Page forbidden = this.therapist.get("/clients/" + theirs.id());
		Page unknown = this.therapist.get("/clients/" + UUID.randomUUID() + "/brief");
		Page malformed = this.therapist.get("/clients/not-an-id");
		Page nowhere = this.therapist.get("/no/such/page");
		assertThat(forbidden.status()).isEqualTo(404);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(nowhere.status()).isEqualTo(404);
		for (Page page : new Page[] { forbidden, unknown, malformed, nowhere }) {
			assertThat(page.body()).contains("id=\"error-page\"", "<html lang=\"en\"").doesNotContain("Whitelabel");
		}
		assertThat(forbidden.body()).doesNotContain(theirs.pseudonym());
	}

	@Test
	void aBadSessionFormComesBackWithTheMessageBesideEachFieldAndStoresNothing() {
		Client client = admit(this.clinic.therapist());
		String path = "/clients/" + client.id();
		this.therapist.get(path);
		Page bogus = this.therapist.post(path + "/sessions",
				Map.of("number", "1", "date", LocalDate.now().toString(), "attendance", "bogus"));
		assertThat(bogus.status()).isEqualTo(422);
		assertThat(bogus.errorBeside("attendance")).isEqualTo("Use attended, no-show or cancelled.");
		for (String number : new String[] { "0", "-5", "abc", "" }) {
			this.therapist.get(path);
			Page page = this.therapist.post(path + "/sessions",
					Map.of("number", number, "date", LocalDate.now().toString(), "attendance", "attended"));
			assertThat(page.status()).as(number).isEqualTo(422);
			assertThat(page.errorBeside("number")).as(number).isNotEmpty();
			assertThat(page.body()).contains("id=\"session-form\"", "value=\"" + number + "\"");
		}
		this.therapist.get(path);
		Page date = this.therapist.post(path + "/sessions",
				Map.of("number", "1", "date", "+999999999-01-01", "attendance", "attended"));
		assertThat(date.status()).isEqualTo(422);
		assertThat(date.errorBeside("date")).isNotEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from care_session where client_id = ?", Integer.class,
				client.id()))
			.isZero();
	}

	@Test
	void aBlankOrOverlongPseudonymComesBackBesideTheField() {
		this.therapist.get("/clients");
		Page blank = this.therapist.post("/clients", Map.of("pseudonym", "   "));
		assertThat(blank.status()).isEqualTo(422);
		assertThat(blank.errorBeside("pseudonym")).isEqualTo("Give a value; it must not be blank.");
		this.therapist.get("/clients");
		String overlong = "x".repeat(121);
		Page tooLong = this.therapist.post("/clients", Map.of("pseudonym", overlong));
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.errorBeside("pseudonym")).isEqualTo("Use at most 120 characters.");
		assertThat(tooLong.body()).contains("value=\"" + overlong + "\"");
		this.therapist.get("/clients");
		Client taken = admit(this.clinic.therapist());
		Page duplicate = this.therapist.post("/clients", Map.of("pseudonym", taken.pseudonym()));
		assertThat(duplicate.status()).isEqualTo(422);
		assertThat(duplicate.errorBeside("pseudonym")).contains("already has this pseudonym");
		assertThat(this.jdbc.queryForObject("select count(*) from client where clinic_id = ?", Integer.class,
				this.clinic.id()))
			.isEqualTo(1);
	}

	@Test
	void aRepairStepMustNameTheStepAndKeepItsNoteWithinTheRecord() {
		UUID signal = raiseFor(this.clinic.therapist());
		String path = "/signals/" + signal;
		this.therapist.get(path);
		assertThat(this.therapist.post(path + "/acknowledge", Map.of()).status()).isEqualTo(302);
		this.therapist.get(path);
		Page blankStep = this.therapist.post(path + "/actions", Map.of("step", " ", "note", "n"));
		assertThat(blankStep.status()).isEqualTo(422);
		assertThat(blankStep.errorBeside("step")).isNotEmpty();
		this.therapist.get(path);
		Page longNote = this.therapist.post(path + "/actions",
				Map.of("step", "explore-barrier", "note", "n".repeat(4001)));
		assertThat(longNote.status()).isEqualTo(422);
		assertThat(longNote.errorBeside("note")).isEqualTo("Use at most 4000 characters.");
		this.therapist.get(path);
		Page blankOutcome = this.therapist.post(path + "/resolve", Map.of("outcome", ""));
		assertThat(blankOutcome.status()).isEqualTo(422);
		assertThat(blankOutcome.errorBeside("outcome")).isNotEmpty();
		this.therapist.get(path);
		Page noStepNoReason = this.therapist.post(path + "/resolve", Map.of("outcome", "fine now", "reason", ""));
		assertThat(noStepNoReason.status()).isEqualTo(422);
		assertThat(noStepNoReason.errorBeside("reason")).startsWith("Record at least one step taken");
		assertThat(this.jdbc.queryForObject("select status from signal where id = ?", String.class, signal))
			.isEqualTo("ACKNOWLEDGED");
		assertThat(this.jdbc.queryForObject("select count(*) from signal_action where signal_id = ?", Integer.class,
				signal))
			.isZero();
	}

	@Test
	void aSupervisorWhoTriesToWorkASignalIsToldWhyNotWithoutAServerError() {
		UUID signal = raiseFor(this.clinic.therapist());
		PageSession supervisor = PageSession.signIn(this.port, this.clinic.supervisor().email(), TestClinic.PASSWORD);
		supervisor.get("/signals/" + signal);
		Page page = supervisor.post("/signals/" + signal + "/acknowledge", Map.of());
		assertThat(page.status()).isEqualTo(403);
		// The page offers the step that would allow it: acting for the therapist.
		assertThat(page.body()).contains("id=\"act-for-needed\"", "id=\"act-for-link\"");
		assertThat(this.jdbc.queryForObject("select status from signal where id = ?", String.class, signal))
			.isEqualTo("OPEN");
	}

	@Test
	void aClientFormWithAnAnswerThatIsNoChoiceComesBackInTheClientsLanguage() {
		String link = linkFor(admit(this.clinic.therapist()));
		PageSession phone = PageSession.anonymous(this.port);
		phone.get(link + "?lang=es");
		Page page = phone.post(link + "/phq9?lang=es", Map.of("item-1", "abc", "item-2", "1"));
		assertThat(page.status()).isEqualTo(422);
		assertThat(page.body()).contains("<html lang=\"es\"")
			// The title as the Spanish PHQ-9 has it, in the page's title and heading.
			.contains("<h1>Cuestionario sobre la salud del paciente-9 (PHQ-9)</h1>")
			.doesNotContain("Patient Health Questionnaire");
		assertThat(page.errorBeside("item-1")).isEqualTo("Elija una de las respuestas ofrecidas, por favor.");
		assertThat(page.errorBeside("item-3")).isEqualTo("Responda a esta pregunta, por favor.");
		assertThat(this.jdbc.queryForObject("select count(*) from response where clinic_id = ?", Integer.class,
				this.clinic.id()))
			.isZero();
	}

	@Test
	void aLanguageWithALineBreakCannotSplitTheRedirectAfterTheAnswerIsStored() {
		String link = linkFor(admit(this.clinic.therapist()));
		PageSession phone = PageSession.anonymous(this.port);
		phone.get(link);
		Map<String, String> answers = new java.util.HashMap<>();
		for (int item = 1; item <= 9; item++) {
			answers.put("item-" + item, "1");
		}
		Page page = phone.post(
				link + "/phq9?lang="
						+ java.net.URLEncoder.encode("es\r\nSet-Cookie: x=1", java.nio.charset.StandardCharsets.UTF_8),
				answers);
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith(link + "?lang=en");
		assertThat(this.jdbc.queryForObject("select count(*) from response where clinic_id = ?", Integer.class,
				this.clinic.id()))
			.isEqualTo(1);
		assertThat(phone.get(link + "/nothing-here").status()).isIn(404, 405);
		assertThat(PageSession.anonymous(this.port).get("/r/" + "x".repeat(43) + "?lang=es").body())
			.contains("Este enlace no existe o ha caducado");
	}

	@Test
	void aTherapistsRatingWithAMissingOrBadChoiceComesBackAndOnlyTheTherapistRates() {
		Client client = admit(this.clinic.therapist());
		UUID session = this.caseload
			.recordSession(this.clinic.therapist().account().asCurrentUser(), client.id(), 1, LocalDate.now(),
					Attendance.ATTENDED)
			.id();
		String path = "/sessions/" + session + "/rate/own";
		assertThat(this.therapist.get(path).status()).isEqualTo(200);
		Page page = this.therapist.post(path, Map.of("item-1", "abc", "item-2", "4", "item-3", "9"));
		assertThat(page.status()).isEqualTo(422);
		assertThat(page.errorBeside("item-1")).isEqualTo("is required");
		assertThat(page.errorBeside("item-3")).startsWith("must be a whole number from 1 to 5");
		assertThat(this.therapist.get("/sessions/" + session + "/rate/nonsense").status()).isEqualTo(404);
		PageSession supervisor = PageSession.signIn(this.port, this.clinic.supervisor().email(), TestClinic.PASSWORD);
		assertThat(supervisor.get(path).status()).isEqualTo(403);
		assertThat(
				this.jdbc.queryForObject("select count(*) from response where session_id = ?", Integer.class, session))
			.isZero();
	}

	@Test
	void aRiskAnswerOnAFormSentBackForAnotherQuestionShowsTheCrisisTextAtOnce() {
		String link = linkFor(admit(this.clinic.therapist()));
		PageSession phone = PageSession.anonymous(this.port);
		phone.get(link + "?lang=es");
		Map<String, String> answers = new java.util.HashMap<>();
		for (int item = 2; item <= 9; item++) {
			answers.put("item-" + item, (item == 9) ? "1" : "0");
		}
		Page page = phone.post(link + "/phq9?lang=es", answers);
		assertThat(page.status()).isEqualTo(422);
		assertThat(page.body()).contains("id=\"crisis\"");
		answers.put("item-9", "0");
		assertThat(phone.post(link + "/phq9?lang=es", answers).body()).doesNotContain("id=\"crisis\"");
	}

	@Test
	void theLanguageAClientChoseIsRememberedForTheirLink() {
		String link = linkFor(admit(this.clinic.therapist()));
		PageSession phone = PageSession.anonymous(this.port);
		assertThat(phone.get(link + "?lang=es").body()).contains("<html lang=\"es\"");
		assertThat(phone.get(link).body()).contains("<html lang=\"es\"");
		assertThat(phone.get(link + "?lang=en").body()).contains("<html lang=\"en\"");
		assertThat(phone.get(link).body()).contains("<html lang=\"en\"");
		assertThat(phone.get(link + "?lang=es").body()).contains("<html lang=\"es\"");
		// Another link opened on the same phone is not told: the choice is kept for the
		// link's own path.
		assertThat(phone.get(linkFor(admit(this.clinic.therapist()))).body()).contains("<html lang=\"en\"");
	}

	@Test
	void aTherapistRatesASessionOnceAndTheSecondRatingIsRefused() {
		Client client = admit(this.clinic.therapist());
		UUID session = this.caseload
			.recordSession(this.clinic.therapist().account().asCurrentUser(), client.id(), 1, LocalDate.now(),
					Attendance.ATTENDED)
			.id();
		String path = "/sessions/" + session + "/rate/own";
		Map<String, String> fours = new java.util.HashMap<>();
		for (int item = 1; item <= 7; item++) {
			fours.put("item-" + item, "4");
		}
		this.therapist.get(path);
		assertThat(this.therapist.post(path, fours).status()).isEqualTo(302);
		Page again = this.therapist.get(path);
		assertThat(again.body()).contains("id=\"already-rated\"").doesNotContain("id=\"rate-form\"");
		fours.put("item-1", "1");
		assertThat(this.therapist.post(path, fours).status()).isEqualTo(409);
		assertThat(
				this.jdbc.queryForObject("select count(*) from response where session_id = ?", Integer.class, session))
			.isEqualTo(1);
	}

	/**
	 * A form sent with nothing chosen, as a browser without form validation sends it:
	 * each question says so beside itself, on the phone in the client's language.
	 */
	@Test
	void aMeasureSentEmptyComesBackWithAMessageBesideEveryQuestion() {
		String link = linkFor(admit(this.clinic.therapist()));
		PageSession phone = PageSession.anonymous(this.port);
		phone.get(link + "?lang=es");
		Page page = phone.post(link + "/phq9?lang=es", Map.of());
		assertThat(page.status()).isEqualTo(422);
		for (int item = 1; item <= 9; item++) {
			assertThat(page.errorBeside("item-" + item)).as("item %d", item)
				.isEqualTo("Responda a esta pregunta, por favor.");
		}
		UUID session = this.caseload
			.recordSession(this.clinic.therapist().account().asCurrentUser(), admit(this.clinic.therapist()).id(), 1,
					LocalDate.now(), Attendance.ATTENDED)
			.id();
		this.therapist.get("/sessions/" + session + "/rate/own");
		Page rating = this.therapist.post("/sessions/" + session + "/rate/own", Map.of());
		assertThat(rating.status()).isEqualTo(422);
		assertThat(rating.errorBeside("item-1")).isEqualTo("is required");
		assertThat(this.jdbc.queryForObject("select count(*) from response where clinic_id = ?", Integer.class,
				this.clinic.id()))
			.isZero();
	}

	@Test
	void aClientWhosePhoneLostTheCookieKeepsTheAnswersAndAnItemSentTwiceIsRefused() throws Exception {
		String link = linkFor(admit(this.clinic.therapist()));
		StringBuilder twice = new StringBuilder();
		for (int item = 1; item <= 8; item++) {
			twice.append("item-").append(item).append("=1&");
		}
		// Item 9 twice: "Not at all" first would hide "Nearly every day" behind it.
		java.net.http.HttpResponse<String> refused = postWithoutCookie(link + "/phq9", twice + "item-9=0&item-9=3");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(this.jdbc.queryForObject("select count(*) from response where clinic_id = ?", Integer.class,
				this.clinic.id()))
			.isZero();
		java.net.http.HttpResponse<String> stored = postWithoutCookie(link + "/phq9", twice + "item-9=3");
		assertThat(stored.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from response where clinic_id = ?", Integer.class,
				this.clinic.id()))
			.isEqualTo(1);
	}

	/**
	 * A form post as a phone sends it after its session is gone: no cookie, no CSRF
	 * token.
	 */
	private java.net.http.HttpResponse<String> postWithoutCookie(String path, String form) throws Exception {
		return java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
	}

	private Client admit(TestClinic.Person therapist) {
		return this.caseload.admit(therapist.account().asCurrentUser(), "P-" + UUID.randomUUID(), therapist.email(),
				LocalDate.now());
	}

	@Test
	void aSecondLinkForASessionOffersOnlyWhatIsStillUnanswered() {
		Client client = admit(this.clinic.therapist());
		String first = linkFor(client);
		PageSession phone = PageSession.anonymous(this.port);
		phone.get(first);
		Map<String, String> answers = new java.util.HashMap<>();
		for (int item = 1; item <= 9; item++) {
			answers.put("item-" + item, "1");
		}
		assertThat(phone.post(first + "/phq9", answers).status()).isEqualTo(302);
		UUID session = this.jdbc.queryForObject("select id from care_session where client_id = ?", UUID.class,
				client.id());
		ApiClient api = new ApiClient(this.port);
		ApiClient.Reply second = api.post("/api/v1/sessions/" + session + "/links", this.clinic.therapist().token(),
				"{\"instruments\":[\"phq9\",\"gad7\",\"gad7\"]}");
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.json().get("instruments").toString()).isEqualTo("[\"gad7\"]");
		ApiClient.Reply nothingLeft = api.post("/api/v1/sessions/" + session + "/links",
				this.clinic.therapist().token(), "{\"instruments\":[\"phq9\"]}");
		assertThat(nothingLeft.status()).isEqualTo(409);
	}

	private String linkFor(Client client) {
		CurrentUser user = this.clinic.therapist().account().asCurrentUser();
		UUID session = this.caseload.recordSession(user, client.id(), 1, LocalDate.now(), Attendance.ATTENDED).id();
		ApiClient api = new ApiClient(this.port);
		return api.post("/api/v1/sessions/" + session + "/links", this.clinic.therapist().token(), "{}")
			.json()
			.get("path")
			.asString();
	}

	private UUID raiseFor(TestClinic.Person therapist) {
		Client client = admit(therapist);
		String key = "rupture:" + client.id() + ":" + UUID.randomUUID();
		this.inbox.raise(new NewSignal(this.clinic.id(), client.id(), therapist.account().id(), null, "rupture", key,
				"Bond fell 2.1 SD below the client's own level at session 5", "{\"scale\":\"bond\"}"));
		return this.jdbc.queryForObject("select id from signal where source_key = ?", UUID.class, key);
	}

}
