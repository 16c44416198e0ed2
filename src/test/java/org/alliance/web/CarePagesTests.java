package org.alliance.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.signal.NewSignal;
import org.alliance.signal.SignalInbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A therapist keeps a client's record from the pages alone: takes the client on from a
 * past date, renames them, records sessions and attendance, ends the episode (after which
 * no link is issued for its sessions) and starts a new one; the API reaches the same
 * rules.
 */
class CarePagesTests extends ServerOnH2 {

	@Autowired
	private SignalInbox inbox;

	@Test
	void aTherapistKeepsAClientsEpisodesNameAndAttendanceFromThePages() {
		TestClinic clinic = newClinic();
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		LocalDate start = LocalDate.now().minusWeeks(6);
		pages.get("/clients");
		Page admitted = pages.post("/clients", Map.of("pseudonym", "Eager Crane", "episodeStart", start.toString()));
		assertThat(admitted.status()).isEqualTo(302);
		String client = admitted.location().substring(admitted.location().lastIndexOf('/') + 1);
		String path = "/clients/" + client;
		assertThat(this.jdbc.queryForObject("select start_date from episode where client_id = ?", LocalDate.class,
				UUID.fromString(client)))
			.isEqualTo(start);

		pages.get("/clients");
		Page sameInOtherCase = pages.post("/clients", Map.of("pseudonym", "eager crane"));
		assertThat(sameInOtherCase.status()).isEqualTo(422);
		assertThat(sameInOtherCase.errorBeside("pseudonym")).contains("already has this pseudonym");

		pages.get(path);
		assertThat(pages.post(path + "/rename", Map.of("pseudonym", "Quiet Heron")).status()).isEqualTo(302);
		assertThat(pages.get(path).body()).contains("Quiet Heron");
		pages.get(path);
		assertThat(pages
			.post(path + "/sessions",
					Map.of("number", "1", "date", start.plusWeeks(1).toString(), "attendance", "attended"))
			.status()).isEqualTo(302);
		UUID session = this.jdbc.queryForObject("select id from care_session where client_id = ?", UUID.class,
				UUID.fromString(client));
		pages.get(path);
		assertThat(pages.post(path + "/attendance", Map.of("session", session.toString(), "attendance", "no-show"))
			.status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select attendance from care_session where id = ?", String.class, session))
			.isEqualTo("NO_SHOW");

		pages.get(path);
		Page badReason = pages.post(path + "/episodes/end", Map.of("date", LocalDate.now().toString(), "reason", "x"));
		assertThat(badReason.status()).isEqualTo(422);
		assertThat(badReason.errorBeside("reason")).isEqualTo("Use planned, dropout or other.");
		pages.get(path);
		Page badEnd = pages.post(path + "/episodes/end", Map.of("date", "31.12.2026", "reason", "planned"));
		assertThat(badEnd.status()).isEqualTo(422);
		assertThat(badEnd.body()).contains("id=\"form-refused\"", "href=\"#end-episode-form\"");
		// The message stands beside the end form's date, not the session form's.
		String endForm = badEnd.body().substring(badEnd.body().indexOf("id=\"end-episode-form\""));
		assertThat(endForm.substring(0, endForm.indexOf("</form>"))).contains("id=\"error-date\"");
		String sessionForm = badEnd.body().substring(badEnd.body().indexOf("id=\"session-form\""));
		assertThat(sessionForm.substring(0, sessionForm.indexOf("</form>"))).doesNotContain("error-date")
			.doesNotContain("31.12.2026");
		pages.get(path);
		assertThat(pages.post(path + "/episodes/end", Map.of("date", LocalDate.now().toString(), "reason", "dropout"))
			.status()).isEqualTo(302);
		Page ended = pages.get(path);
		assertThat(ended.body()).contains("id=\"start-episode-form\"").doesNotContain("id=\"session-form\"");
		// The caseload lists the clients in treatment; one whose episode ended is a link
		// away.
		assertThat(pages.get("/clients").body()).doesNotContain("Quiet Heron")
			.contains("Clients whose episodes have ended (1)");
		assertThat(pages.get("/clients?show=ended").body()).contains("Quiet Heron", "Episodes ended: 1 client");
		assertThat(pages.get(path + "/brief").body()).contains("no open episode", "(dropout)")
			.doesNotContain("brief for session");
		Page noLink = pages.post(path + "/sessions/" + session + "/link", Map.of());
		assertThat(noLink.status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from client_link where session_id = ?", Integer.class,
				session))
			.isZero();
		assertThat(pages.get(path).body()).contains("id=\"link-refused\"", "ended");
		pages.get(path);
		assertThat(pages.post(path + "/episodes", Map.of("start", LocalDate.now().toString())).status()).isEqualTo(302);
		assertThat(pages.get(path).body()).contains("id=\"session-form\"");
		assertThat(pages.get("/clients").body()).contains("Quiet Heron", "In treatment: 1 client");
	}

	@Test
	void theClientPageListsTheClientsSignalsWithTheirSessionDateAndThoseRecordedAsHistory() {
		TestClinic clinic = newClinic();
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		pages.get("/clients");
		Page admitted = pages.post("/clients",
				Map.of("pseudonym", "Patient Owl", "episodeStart", LocalDate.now().minusMonths(3).toString()));
		UUID client = UUID.fromString(admitted.location().substring(admitted.location().lastIndexOf('/') + 1));
		UUID therapist = clinic.therapist().account().id();
		LocalDate longAgo = LocalDate.now().minusDays(60);
		LocalDate lastWeek = LocalDate.now().minusDays(7);
		this.inbox.raise(new NewSignal(clinic.id(), client, therapist, null, "rupture", "rupture:" + client + ":2",
				"Alliance fell sharply at session 2: usual level 4.0, this session 2.0", "{}", longAgo));
		this.inbox.raise(new NewSignal(clinic.id(), client, therapist, null, "rupture", "rupture:" + client + ":9",
				"Alliance fell at session 9: usual level 4.2, this session 3.1", "{}", lastWeek));
		String page = pages.get("/clients/" + client).body();
		assertThat(page).contains("id=\"client-signals\"");
		String signals = page.substring(page.indexOf("id=\"client-signals\""));
		assertThat(signals.indexOf("session 9")).as("the open signal first").isLessThan(signals.indexOf("session 2"));
		assertThat(signals).contains("history (found after its window closed)", "<span>" + longAgo + "</span>",
				"<span>" + lastWeek + "</span>");
		assertThat(pages.get("/inbox").body()).contains("Alliance fell at session 9").doesNotContain("at session 2:");

		// Worked and resolved, it leaves the signals to work for the resolved ones.
		UUID open = this.jdbc.queryForObject("select id from signal where source_key = ?", UUID.class,
				"rupture:" + client + ":9");
		this.inbox.acknowledge(clinic.therapist().account().asCurrentUser(), open);
		this.inbox.resolve(clinic.therapist().account().asCurrentUser(), open, null, "false-alarm");
		assertThat(pages.get("/inbox").body()).doesNotContain("Alliance fell at session 9")
			.contains("Resolved signals (1)");
		assertThat(pages.get("/inbox?show=resolved").body()).contains("Alliance fell at session 9",
				"Resolved: 1 signal");
	}

	@Test
	void linksForBeforeAndAfterTheSessionOfferTheirOwnMeasuresAndNameTheSession() {
		TestClinic clinic = newClinic();
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		pages.get("/clients");
		String path = pages.post("/clients", Map.of("pseudonym", "L-" + UUID.randomUUID())).location();
		pages.get(path);
		pages.post(path + "/sessions",
				Map.of("number", "1", "date", LocalDate.now().toString(), "attendance", "attended"));
		UUID session = this.jdbc.queryForObject("select id from care_session where client_id = ?", UUID.class,
				UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
		String before = linkOnPage(pages, path, session, "symptom");
		String after = linkOnPage(pages, path, session, "alliance");
		Page symptoms = PageSession.anonymous(this.port).get(before);
		assertThat(symptoms.body()).contains("Session 1 on " + LocalDate.now(), "2 questionnaires to go", "PHQ-9");
		Page alliance = PageSession.anonymous(this.port).get(after);
		assertThat(alliance.body()).contains("1 questionnaire to go", "Alliance check").doesNotContain("PHQ-9");
	}

	/** Issues a link of the kind from the client page and reads its path off the page. */
	private String linkOnPage(PageSession pages, String clientPath, UUID session, String kind) {
		pages.get(clientPath);
		pages.post(clientPath + "/sessions/" + session + "/link", Map.of("kind", kind));
		String page = pages.get(clientPath).body();
		java.util.regex.Matcher href = java.util.regex.Pattern
			.compile("href=\"[^\"]*(/r/[^\"]+)\" id=\"client-link-url\"")
			.matcher(page);
		assertThat(href.find()).as(page).isTrue();
		return href.group(1);
	}

	@Test
	void theApiRenamesAndChangesAttendanceByTheSameRules() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String token = clinic.therapist().token();
		String first = api
			.post("/api/v1/clients", token,
					"{\"pseudonym\":\"Amber Badger\",\"therapist\":\"" + clinic.therapist().email() + "\"}")
			.id();
		String second = api
			.post("/api/v1/clients", token,
					"{\"pseudonym\":\"Misty Badger\",\"therapist\":\"" + clinic.therapist().email() + "\"}")
			.id();
		Reply taken = this.putJson(api, "/api/v1/clients/" + second + "/pseudonym", token,
				"{\"pseudonym\":\"AMBER BADGER\"}");
		assertThat(taken.status()).isEqualTo(422);
		assertThat(
				this.putJson(api, "/api/v1/clients/" + first + "/pseudonym", token, "{\"pseudonym\":\"Amber badger\"}")
					.status())
			.isEqualTo(200);
		String session = api
			.post("/api/v1/clients/" + first + "/sessions", token,
					"{\"number\":1,\"date\":\"" + LocalDate.now() + "\",\"attendance\":\"attended\"}")
			.id();
		Reply bogus = this.putJson(api, "/api/v1/sessions/" + session + "/attendance", token,
				"{\"attendance\":\"bogus\"}");
		assertThat(bogus.status()).isEqualTo(422);
		Reply cancelled = this.putJson(api, "/api/v1/sessions/" + session + "/attendance", token,
				"{\"attendance\":\"cancelled\"}");
		assertThat(cancelled.json().get("attendance").asString()).isEqualTo("cancelled");
		assertThat(this
			.putJson(api, "/api/v1/sessions/" + session + "/attendance", clinic.otherTherapist().token(),
					"{\"attendance\":\"attended\"}")
			.status()).isEqualTo(404);
	}

	private Reply putJson(ApiClient api, String path, String token, String json) {
		return api.put(path, token, json);
	}

}
