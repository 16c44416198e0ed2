package org.alliance.safety;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.instrument.Answer;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk answer is never silent: PHQ-9 item 9 above 0 (Kroenke, Spitzer &amp; Williams
 * 2001: any answer above "Not at all" calls for a direct risk assessment) raises a risk
 * signal at the top of the therapist's inbox, seen by the supervisor, one per answer,
 * whichever door the answer came by; the client's page shows the crisis text in the
 * client's language.
 */
class RiskScreenTests extends ServerOnH2 {

	@Autowired
	Caseload caseload;

	@Autowired
	RiskScreen screen;

	private TestClinic clinic;

	private ApiClient api;

	@BeforeEach
	void openClinic() {
		this.clinic = newClinic();
		this.api = new ApiClient(this.port);
	}

	@Test
	void onlyAnItemNineAnswerAboveNotAtAllIsARiskAnswer() {
		assertThat(RiskAnswer.in("phq9", Map.of("9", new Answer.Choice(0)))).isEmpty();
		assertThat(RiskAnswer.in("phq9", Map.of("9", new Answer.Choice(1))).orElseThrow().wording())
			.isEqualTo("several days");
		assertThat(RiskAnswer.in("phq9", Map.of("9", new Answer.Choice(2))).orElseThrow().wording())
			.isEqualTo("more than half the days");
		assertThat(RiskAnswer.in("phq9", Map.of("9", new Answer.Choice(3))).orElseThrow().wording())
			.isEqualTo("nearly every day");
		assertThat(RiskAnswer.in("phq9", Map.of("8", new Answer.Choice(3)))).isEmpty();
		assertThat(RiskAnswer.in("gad7", Map.of("9", new Answer.Choice(3)))).isEmpty();
	}

	@Test
	void anApiAnswerRaisesARiskSignalAboveEveryOtherForTherapistAndSupervisor() {
		Client client = admit();
		UUID first = session(client, 1);
		UUID second = session(client, 2);
		UUID third = session(client, 3);
		assertThat(submitPhq9(first, 0).status()).isEqualTo(201);
		assertThat(signals(this.clinic.therapist())).isEmpty();
		assertThat(submitPhq9(second, 1).status()).isEqualTo(201);
		assertThat(submitPhq9(third, 3).status()).isEqualTo(201);

		List<JsonNode> mine = signals(this.clinic.therapist());
		assertThat(mine).hasSize(2).allSatisfy((s) -> assertThat(s.get("kind").asString()).isEqualTo("risk"));
		assertThat(mine.get(0).get("summary").asString()).contains("nearly every day");
		assertThat(mine.get(1).get("summary").asString()).contains("several days").startsWith("Risk at session 2 (");
		assertThat(mine.get(0).get("summary").asString()).startsWith("Risk at session 3 (");
		assertThat(signals(this.clinic.supervisor())).extracting((s) -> s.get("id").asString())
			.containsAll(mine.stream().map((s) -> s.get("id").asString()).toList());
		assertThat(signals(this.clinic.otherTherapist())).isEmpty();
	}

	@Test
	void aRiskSignalIsWorkedByRecordingWhoContactedTheClientHowAndWhen() {
		UUID session = session(admit(), 1);
		submitPhq9(session, 2);
		String token = this.clinic.therapist().token();
		String signal = signals(this.clinic.therapist()).get(0).get("id").asString();
		this.api.post("/api/v1/signals/" + signal + "/acknowledge", token, "{}");
		Reply repairStep = this.api.post("/api/v1/signals/" + signal + "/actions", token,
				"{\"step\":\"acknowledge-and-validate\"}");
		assertThat(repairStep.status()).isEqualTo(422);
		assertThat(repairStep.json().get("errors").get(0).get("field").asString()).isEqualTo("step");
		Reply noNote = this.api.post("/api/v1/signals/" + signal + "/actions", token,
				"{\"step\":\"contacted-client\"}");
		assertThat(noNote.status()).isEqualTo(422);
		assertThat(noNote.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
		// A risk step says when the client was reached as well as when it was recorded.
		Reply noTime = this.api.post("/api/v1/signals/" + signal + "/actions", token,
				"{\"step\":\"contacted-client\",\"note\":\"Phoned; agreed a safety plan review tomorrow\"}");
		assertThat(noTime.status()).isEqualTo(422);
		assertThat(noTime.json().get("errors").get(0).get("field").asString()).isEqualTo("contactedAt");
		String reached = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
		Reply contacted = this.api.post("/api/v1/signals/" + signal + "/actions", token,
				"{\"step\":\"contacted-client\",\"note\":\"Phoned; agreed a safety plan review tomorrow\","
						+ "\"contactedAt\":\"" + reached + "\"}");
		assertThat(contacted.status()).isEqualTo(200);
		assertThat(contacted.json().get("actions").get(0).get("contactedAt").isNull()).isFalse();
		JsonNode action = contacted.json().get("actions").get(0);
		assertThat(action.get("step").asString()).isEqualTo("contacted-client");
		assertThat(action.get("recordedBy").asString()).isEqualTo(this.clinic.therapist().email());
		assertThat(action.get("recordedAt").isNull()).isFalse();
	}

	@Test
	void theSupervisorsInboxPageShowsTheRiskFirstWithItsTherapist() {
		submitPhq9(session(admit(), 1), 1);
		PageSession supervisor = PageSession.signIn(this.port, this.clinic.supervisor().email(), TestClinic.PASSWORD);
		String inbox = supervisor.get("/inbox").body();
		int first = inbox.indexOf("class=\"inbox-line");
		String firstLine = inbox.substring(first, inbox.indexOf("</li>", first));
		assertThat(firstLine).contains(">risk<", this.clinic.therapist().account().displayName());
	}

	@Test
	void theBriefShowsTheLatestItemNineAndTheRiskSignalFirst() {
		Client client = admit();
		submitPhq9(session(client, 1), 1);
		PageSession therapist = PageSession.signIn(this.port, this.clinic.therapist().email(), TestClinic.PASSWORD);
		String brief = therapist.get("/clients/" + client.id() + "/brief").body();
		assertThat(brief).containsPattern("id=\"latest-item-9\"\\s+class=\"error\">several days<");
		String openSignals = brief.substring(brief.indexOf("id=\"open-signals\""));
		assertThat(openSignals.substring(openSignals.indexOf("<li"))).startsWith("<li><a")
			.contains("Risk at session 1");
	}

	@Test
	void theCaseloadPutsTheClientWithARiskAnswerFirst() {
		CurrentUser user = this.clinic.therapist().account().asCurrentUser();
		this.caseload.admit(user, "A-first-by-name-" + UUID.randomUUID(), this.clinic.therapist().email(),
				LocalDate.now());
		Client atRisk = this.caseload.admit(user, "Z-last-by-name-" + UUID.randomUUID(),
				this.clinic.therapist().email(), LocalDate.now());
		submitPhq9(session(atRisk, 1), 1);
		PageSession therapist = PageSession.signIn(this.port, this.clinic.therapist().email(), TestClinic.PASSWORD);
		String caseload = therapist.get("/clients").body();
		String firstRow = caseload.substring(caseload.indexOf("<tbody>"),
				caseload.indexOf("</tr>", caseload.indexOf("<tbody>")));
		assertThat(firstRow).contains("at-risk", atRisk.pseudonym(), ">risk<", "1 · " + LocalDate.now());
	}

	@Test
	void aRiskAnswerWhoseScreenDidNotCompleteIsScreenedAgainByTheCheckAndOnlyMarkedAnswersAreRead() {
		Client client = admit();
		submitPhq9(session(client, 1), 2);
		submitPhq9(session(client, 2), 0);
		// Screened in the request that stored it: the risk answer's mark is cleared, and
		// the other answer was never marked.
		assertThat(marksOf(client)).isZero();
		assertThat(signals(this.clinic.therapist())).hasSize(1);

		// What a crash between storing the answer and raising its signal leaves: the
		// answer marked, no signal.
		this.jdbc.update("delete from signal where client_id = ?", client.id());
		this.jdbc.update("""
				insert into response_awaiting_screen (response_id, clinic_id, stored_at)
				select r.id, r.clinic_id, ? from response r join response_answer a on a.response_id = r.id
				where r.client_id = ? and a.item_id = '9' and a.choice_value > 0""",
				Timestamp.from(Instant.now().minus(Duration.ofMinutes(2))), client.id());
		assertThat(marksOf(client)).isOne();
		this.screen.catchUp();
		assertThat(signals(this.clinic.therapist())).singleElement()
			.satisfies((s) -> assertThat(s.get("summary").asString()).startsWith("Risk at session 1 ("));
		assertThat(marksOf(client)).isZero();
		this.screen.catchUp();
		assertThat(signals(this.clinic.therapist())).hasSize(1);

		// The check reads marked answers only, never every answer stored: a signal
		// deleted by hand from an answer screened long ago is not its business.
		this.jdbc.update("delete from signal where client_id = ?", client.id());
		this.screen.catchUp();
		assertThat(signals(this.clinic.therapist())).isEmpty();
	}

	@Test
	void anAnswerStillBeingScreenedByItsOwnRequestIsLeftToIt() {
		Client client = admit();
		submitPhq9(session(client, 1), 3);
		this.jdbc.update("delete from signal where client_id = ?", client.id());
		this.jdbc.update("""
				insert into response_awaiting_screen (response_id, clinic_id, stored_at)
				select r.id, r.clinic_id, ? from response r where r.client_id = ?""", Timestamp.from(Instant.now()),
				client.id());
		this.screen.catchUp();
		assertThat(signals(this.clinic.therapist())).isEmpty();
		assertThat(marksOf(client)).isOne();
		this.jdbc.update("update response_awaiting_screen set stored_at = ? where clinic_id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofMinutes(2))), this.clinic.id());
		this.screen.catchUp();
		assertThat(signals(this.clinic.therapist())).singleElement()
			.satisfies((s) -> assertThat(s.get("summary").asString()).contains("nearly every day"));
	}

	private int marksOf(Client client) {
		return this.jdbc.queryForObject("select count(*) from response_awaiting_screen w"
				+ " join response r on r.id = w.response_id where r.client_id = ?", Integer.class, client.id());
	}

	@Test
	void aPhoneAnswerRaisesTheSignalAndShowsTheCrisisTextInEnglish() {
		Page done = answerOnPhone("en", 1);
		assertThat(done.body()).contains("id=\"crisis\"", "If you need help now", "emergency");
		assertThat(signals(this.clinic.therapist())).singleElement()
			.satisfies((s) -> assertThat(s.get("kind").asString()).isEqualTo("risk"));
	}

	@Test
	void aPhoneAnswerRaisesTheSignalAndShowsTheCrisisTextInSpanish() {
		Page done = answerOnPhone("es", 2);
		assertThat(done.body()).contains("id=\"crisis\"", "Si necesita ayuda ahora", "emergencias");
		assertThat(signals(this.clinic.therapist())).singleElement()
			.satisfies((s) -> assertThat(s.get("summary").asString()).contains("more than half the days"));
	}

	@Test
	void noCrisisTextWithoutARiskAnswer() {
		Page done = answerOnPhone("en", 0);
		assertThat(done.body()).contains("id=\"done\"").doesNotContain("id=\"crisis\"");
		assertThat(signals(this.clinic.therapist())).isEmpty();
	}

	private Page answerOnPhone(String language, int itemNine) {
		UUID session = session(admit(), 1);
		String link = this.api
			.post("/api/v1/sessions/" + session + "/links", this.clinic.therapist().token(),
					"{\"instruments\":[\"phq9\"]}")
			.json()
			.get("path")
			.asString();
		PageSession phone = PageSession.anonymous(this.port);
		phone.get(link + "?lang=" + language);
		Map<String, String> answers = new HashMap<>();
		for (int item = 1; item <= 8; item++) {
			answers.put("item-" + item, "1");
		}
		answers.put("item-9", String.valueOf(itemNine));
		Page sent = phone.post(link + "/phq9?lang=" + language, answers);
		assertThat(sent.status()).isEqualTo(302);
		return phone.get(link + "?lang=" + language);
	}

	private Reply submitPhq9(UUID session, int itemNine) {
		return this.api.post("/api/v1/sessions/" + session + "/responses", this.clinic.therapist().token(),
				"{\"instrument\":\"phq9\",\"respondent\":\"client\",\"answers\":{\"1\":1,\"2\":1,\"3\":1,\"4\":1,"
						+ "\"5\":1,\"6\":1,\"7\":1,\"8\":1,\"9\":" + itemNine + "}}",
				"k-" + UUID.randomUUID());
	}

	private List<JsonNode> signals(TestClinic.Person person) {
		List<JsonNode> signals = new java.util.ArrayList<>();
		this.api.get("/api/v1/signals", person.token()).json().forEach(signals::add);
		return signals;
	}

	private Client admit() {
		CurrentUser user = this.clinic.therapist().account().asCurrentUser();
		return this.caseload.admit(user, "R-" + UUID.randomUUID(), this.clinic.therapist().email(), LocalDate.now());
	}

	private UUID session(Client client, int number) {
		CurrentUser user = this.clinic.therapist().account().asCurrentUser();
		return this.caseload.recordSession(user, client.id(), number, LocalDate.now(), Attendance.ATTENDED).id();
	}

}
