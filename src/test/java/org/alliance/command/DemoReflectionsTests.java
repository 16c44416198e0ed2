package org.alliance.command;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.PageSession;
import org.alliance.ServerOnH2;
import org.alliance.security.UserAccount;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo clinic shows issue #10's reflection notes and entries on the client's behalf:
 * every therapist wrote a few tagged notes, which only they see, and two clients in
 * treatment had one session's symptom measures entered from paper by their own therapist.
 */
@Tag("demo")
class DemoReflectionsTests extends ServerOnH2 {

	@Autowired
	ApplicationContext context;

	@Test
	void everyDemoTherapistHasTaggedNotesOnlyTheySee() throws Exception {
		DemoClinic clinic = DemoClinic.in(this.context);
		assertThat(clinic.therapists()).hasSize(org.alliance.simulate.SimulationSettings.DEMO_THERAPISTS);
		for (UserAccount therapist : clinic.therapists()) {
			assertThat(count("select count(*) from reflection_note where author_id = ?", therapist.id()))
				.as(therapist.email())
				.isEqualTo(DemoReflections.NOTES_EACH);
			assertThat(count("select count(distinct t.tag) from reflection_tag t join reflection_note n"
					+ " on n.id = t.note_id where n.author_id = ?", therapist.id()))
				.as(therapist.email())
				.isGreaterThanOrEqualTo(3);
			// A pattern to see: one feeling recurs, with more than one client.
			assertThat(count("select max(c) from (select count(*) as c, count(distinct n.client_id) as k"
					+ " from reflection_tag t join reflection_note n on n.id = t.note_id where n.author_id = ?"
					+ " group by t.tag) x where k > 1", therapist.id()))
				.as(therapist.email())
				.isGreaterThanOrEqualTo(3);
		}
		UserAccount first = clinic.therapists().get(0);
		PageSession own = PageSession.signIn(this.port, first.email(), DemoClinic.PASSWORD);
		String patterns = own.get("/reflections").body();
		assertThat(patterns).contains(DemoReflections.NOTES_EACH + " notes about");
		// t01's own recurring feeling, as README says, tops the tag table.
		String byTag = patterns.substring(patterns.indexOf("id=\"by-tag\""));
		assertThat(byTag.indexOf("id=\"tag-count-")).isEqualTo(byTag.indexOf("id=\"tag-count-boredom\""));
		PageSession supervisor = PageSession.signIn(this.port, clinic.supervisor().email(), DemoClinic.PASSWORD);
		assertThat(supervisor.get("/reflections").body()).contains("0 notes about 0 clients");
		UUID session = this.jdbc.queryForObject("select session_id from reflection_note where author_id = ? limit 1",
				UUID.class, first.id());
		assertThat(own.get("/sessions/" + session + "/reflections").status()).isEqualTo(200);
		assertThat(supervisor.get("/sessions/" + session + "/reflections").status()).isEqualTo(404);
	}

	@Test
	void twoDemoClientsInTreatmentHadTheirSymptomMeasuresEnteredFromPaperByTheirTherapist() throws Exception {
		DemoClinic clinic = DemoClinic.in(this.context);
		List<Map<String, Object>> entries = this.jdbc.queryForList("""
				select r.submitted_by, r.instrument_code, s.number, u.email as therapist, e.end_date as episode_end
				from response r join care_session s on s.id = r.session_id join episode e on e.id = s.episode_id
				join client c on c.id = r.client_id
				join app_user u on u.id = c.therapist_id where r.on_behalf and r.clinic_id = ?""",
				clinic.admin().clinicId());
		assertThat(entries).hasSize(2 * DemoReflections.PAPER_THERAPISTS);
		for (Map<String, Object> entry : entries) {
			assertThat(entry.get("submitted_by")).isEqualTo(entry.get("therapist"));
			assertThat(((Number) entry.get("number")).intValue())
				.isGreaterThanOrEqualTo(DemoReflections.FIRST_PAPER_SESSION);
			assertThat(entry.get("instrument_code")).isIn("phq9", "gad7");
			assertThat(entry.get("episode_end")).as("a client in treatment").isNull();
		}
		assertThat(entries.stream().map((e) -> e.get("therapist")).distinct())
			.hasSize(DemoReflections.PAPER_THERAPISTS);
		UUID client = this.jdbc.queryForObject(
				"select client_id from response where on_behalf and clinic_id = ?" + " limit 1", UUID.class,
				clinic.admin().clinicId());
		String token = this.tokens.issue(clinic.supervisor().email());
		var responses = new ApiClient(this.port).get("/api/v1/clients/" + client + "/responses", token).json();
		long onBehalf = 0;
		for (var response : responses) {
			onBehalf += response.get("onBehalf").asBoolean() ? 1 : 0;
		}
		assertThat(onBehalf).isEqualTo(2);
	}

	private long count(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Long.class, arguments);
	}

}
