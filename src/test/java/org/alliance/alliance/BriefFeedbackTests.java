package org.alliance.alliance;

import java.time.LocalDate;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The brief shows the client's last three answers to "What would make our next session
 * more helpful?" (issue #10, point 4), newest first, with their sessions: a request the
 * client repeats is seen as repeated.
 */
class BriefFeedbackTests extends ServerOnH2 {

	private static final String[] ANSWERS = { "Less homework talk, please.", "More time on my sleep.",
			"Start with how the week went.", "More time on my sleep, again." };

	@Test
	void theBriefShowsTheLastThreeFeedbackAnswersNewestFirst() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String token = clinic.therapist().token();
		LocalDate start = LocalDate.now().minusWeeks(5);
		Reply admitted = api.post("/api/v1/clients", token,
				"{\"pseudonym\":\"Feedback " + UUID.randomUUID().toString().substring(0, 8) + "\",\"therapist\":\""
						+ clinic.therapist().email() + "\",\"episodeStart\":\"" + start + "\"}");
		String client = admitted.id();
		for (int i = 0; i < ANSWERS.length; i++) {
			Reply session = api.post("/api/v1/clients/" + client + "/sessions", token,
					"{\"number\":" + (i + 1) + ",\"date\":\"" + start.plusWeeks(i) + "\",\"attendance\":\"attended\"}");
			Reply answered = api.post("/api/v1/sessions/" + session.id() + "/responses", token,
					"{\"instrument\":\"alliance-check\",\"respondent\":\"client\",\"answers\":{\"1\":4,\"2\":4,"
							+ "\"3\":4,\"4\":4,\"5\":4,\"6\":4,\"7\":4,\"8\":\"" + ANSWERS[i] + "\"}}",
					UUID.randomUUID().toString());
			assertThat(answered.status()).as(answered.body()).isEqualTo(201);
		}
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		String brief = pages.get("/clients/" + client + "/brief").body();
		String feedback = brief.substring(brief.indexOf("id=\"feedback\""), brief.indexOf("id=\"open-signals\""));

		assertThat(feedback).contains("id=\"feedback-1\"", "id=\"feedback-2\"", "id=\"feedback-3\"")
			.doesNotContain("id=\"feedback-4\"")
			.doesNotContain(ANSWERS[0]);
		assertThat(feedback.indexOf(ANSWERS[3])).isLessThan(feedback.indexOf(ANSWERS[2]));
		assertThat(feedback.indexOf(ANSWERS[2])).isLessThan(feedback.indexOf(ANSWERS[1]));
		assertThat(item(feedback, 1)).contains(ANSWERS[3], "(session 4, " + start.plusWeeks(3) + ")");
		assertThat(item(feedback, 3)).contains(ANSWERS[1], "(session 2, " + start.plusWeeks(1) + ")");
	}

	private static String item(String section, int n) {
		String from = section.substring(section.indexOf("id=\"feedback-" + n + "\""));
		return from.substring(0, from.indexOf("</li>"));
	}

}
