package org.alliance.outcome;

import java.time.LocalDate;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcome on the client page and the session brief, as the server renders them, for a
 * new clinic (judged by the rules). The client's PHQ-9 went 12 → 19 and GAD-7 8 → 9 over
 * two attended sessions, the episode still open. By hand from the NHS Talking Therapies
 * Manual's points (PHQ-9 reliable change 6, caseness 10; GAD-7 4 and 8): PHQ-9 +7 is a
 * reliable deterioration (RC 7 / (6 / 1.96) = +2.29), GAD-7 +1 unchanged (RC 1 / (4 /
 * 1.96) = +0.49); a finished course (2 sessions), a case at the start, not recovered, no
 * reliable improvement, a reliable deterioration, no reliable recovery; provisional while
 * open. By the rules a reliable deterioration is red: not on track.
 */
class OutcomePagesTests extends ServerOnH2 {

	private TestClinic clinic;

	private ApiClient api;

	private String token;

	@Autowired
	DropoutRisk dropoutRisk;

	@BeforeEach
	void openClinic() {
		this.clinic = newClinic();
		this.api = new ApiClient(this.port);
		this.token = this.clinic.therapist().token();
		// As the nightly refit leaves a new clinic: no model, for want of dropouts.
		this.dropoutRisk.refit(this.clinic.id());
	}

	@Test
	void theClientPageShowsTheVerdictWithItsMethodReliableChangeAndProvisionalCategories() {
		String client = deteriorating();
		PageSession pages = PageSession.signIn(this.port, this.clinic.therapist().email(), TestClinic.PASSWORD);
		String body = pages.get("/clients/" + client).body();

		assertThat(text(body, "on-track", "</p>")).isEqualTo("Not on track red by the reliable-change rules");
		assertThat(text(body, "on-track-reason", "</p>"))
			.isEqualTo("Reliable deterioration: the score rose from 12 at session 1 to 19 at session 2 "
					+ "(a reliable change is 6 points).");
		assertThat(text(body, "change-PHQ-9", "</tr>"))
			.isEqualTo("PHQ-9 12 → 19 +7 +2.29 deteriorated (reliable change in points (NHS Talking Therapies))");
		assertThat(text(body, "change-GAD-7", "</tr>"))
			.isEqualTo("GAD-7 8 → 9 +1 +0.49 unchanged (reliable change in points (NHS Talking Therapies))");
		assertThat(body).contains("id=\"nhstt-provisional\"");
		assertThat(text(body, "nhstt", "</table>")).isEqualTo("Category This episode "
				+ "finished a course (2 or more attended sessions) yes (2 attended) a case at the start yes "
				+ "recovered no reliable improvement no reliable deterioration yes reliable recovery no");
		assertThat(text(body, "dropout-risk", "</section>")).isEqualTo("Dropout risk No dropout risk shown: "
				+ "not enough finished episodes (0 dropouts, need 60). The risk would come from the clinic's own "
				+ "dropout model: a logistic regression with a ridge penalty, fitted on its finished episodes once "
				+ "they hold 10 dropouts per feature.");
		// The chart shows the client's PHQ-9 and no band: the rules draw none.
		assertThat(body).contains("id=\"outcome-chart\"", "/js/outcome-chart.js")
			.contains("\"phq9\":[12.0,19.0],\"mean\":[],\"lower\":[],\"upper\":[]");
		// After the client's signals, before the measures.
		assertThat(body.indexOf("id=\"outcome\"")).isLessThan(body.indexOf("id=\"symptom-scores\""));
	}

	@Test
	void theBriefShowsTheSameVerdictsInBrief() {
		String client = deteriorating();
		PageSession pages = PageSession.signIn(this.port, this.clinic.therapist().email(), TestClinic.PASSWORD);
		String body = pages.get("/clients/" + client + "/brief").body();

		assertThat(text(body, "outcome-heading", "</h2>")).isEqualTo("Outcome so far");
		assertThat(text(body, "on-track", "</p>")).isEqualTo("Not on track red by the reliable-change rules");
		assertThat(text(body, "brief-changes", "</p>")).isEqualTo("Reliable change, first to last score: "
				+ "PHQ-9 12 → 19 deteriorated (RC +2.29); GAD-7 8 → 9 unchanged (RC +0.49).");
		assertThat(body).contains("id=\"outcome-chart\"",
				"No dropout risk shown: not enough finished episodes (0 dropouts, need 60).");
	}

	@Test
	void aClientWithOnlyAnIntakeIsNotJudgedYet() {
		LocalDate start = LocalDate.now().minusWeeks(1);
		String client = admit(start);
		answer(session(client, 1, start), "phq9", 2, 2, 2, 2, 2, 1, 1, 0, 0);
		PageSession pages = PageSession.signIn(this.port, this.clinic.therapist().email(), TestClinic.PASSWORD);
		String body = pages.get("/clients/" + client).body();
		assertThat(text(body, "on-track", "</p>")).isEqualTo("Not judged yet not-yet by the reliable-change rules");
		assertThat(text(body, "reliable-change-none", "</p>"))
			.isEqualTo("Not yet: a measure needs scores at two sessions of the episode.");
		assertThat(text(body, "nhstt", "</table>")).contains("finished a course (2 or more attended sessions) no",
				"a case at the start not applicable");
	}

	/** PHQ-9 12 → 19 and GAD-7 8 → 9 at two attended sessions, the episode open. */
	private String deteriorating() {
		LocalDate start = LocalDate.now().minusWeeks(2);
		String client = admit(start);
		String first = session(client, 1, start);
		answer(first, "phq9", 2, 2, 2, 2, 2, 1, 1, 0, 0);
		answer(first, "gad7", 2, 2, 1, 1, 1, 1, 0);
		String second = session(client, 2, start.plusWeeks(1));
		answer(second, "phq9", 3, 3, 3, 2, 2, 2, 2, 2, 0);
		answer(second, "gad7", 2, 2, 1, 1, 1, 1, 1);
		return client;
	}

	/**
	 * The text of the element with the id, up to the closing tag, without tags and with
	 * whitespace collapsed.
	 */
	static String text(String body, String id, String closing) {
		int from = body.indexOf("id=\"" + id + "\"");
		assertThat(from).as("element " + id).isNotNegative();
		int to = body.indexOf(closing, from);
		String inner = body.substring(body.indexOf('>', from) + 1, to);
		return inner.replaceAll("</?(span|strong|a)\\b[^>]*>", "")
			.replaceAll("<[^>]*>", " ")
			.replace("&#39;", "'")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ")
			.strip();
	}

	private String admit(LocalDate start) {
		Reply reply = this.api.post("/api/v1/clients", this.token, "{\"pseudonym\":\"O-" + UUID.randomUUID()
				+ "\",\"therapist\":\"" + this.clinic.therapist().email() + "\",\"episodeStart\":\"" + start + "\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	private String session(String client, int number, LocalDate date) {
		Reply reply = this.api.post("/api/v1/clients/" + client + "/sessions", this.token,
				"{\"number\":" + number + ",\"date\":\"" + date + "\",\"attendance\":\"attended\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	private void answer(String session, String instrument, int... items) {
		StringBuilder answers = new StringBuilder();
		for (int item = 1; item <= items.length; item++) {
			answers.append((item > 1) ? "," : "").append('"').append(item).append("\":").append(items[item - 1]);
		}
		Reply reply = this.api.post("/api/v1/sessions/" + session + "/responses", this.token,
				"{\"instrument\":\"" + instrument + "\",\"respondent\":\"client\",\"answers\":{" + answers + "}}",
				UUID.randomUUID().toString());
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
	}

}
