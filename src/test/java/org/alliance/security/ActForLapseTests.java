package org.alliance.security;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.TestClinic;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grant to act for a therapist lapses once the application's clock passes
 * {@code alliance.security.act-for.duration} from its start, whether or not the
 * supervisor ends it: the supervisor's next write is refused on the API and on the pages,
 * and the banner is gone. The clock is moved, never slept on; the supervisor keeps
 * working meanwhile (a page at least every 20 minutes), so that the web session does not
 * end of idleness first and the refusal is the grant's.
 */
class ActForLapseTests extends SecuredServer {

	/** Less than the web session's idle timeout (30 minutes by default). */
	private static final Duration BETWEEN_PAGES = Duration.ofMinutes(20);

	@Autowired
	Caseload caseload;

	@Autowired
	ActForSettings settings;

	private TestClinic clinic;

	private Client client;

	private ApiClient api;

	private PageSession supervisorPages;

	@BeforeEach
	void aSupervisorSignedInBesideAnotherTherapistsClient() {
		this.clinic = TestClinic.create(this.accounts, this.tokens);
		this.client = this.caseload.admit(this.clinic.therapist().account().asCurrentUser(), "Still Water",
				this.clinic.therapist().email(), LocalDate.now().minusDays(21));
		this.api = new ApiClient(this.port);
		this.supervisorPages = PageSession.signIn(this.port, this.clinic.supervisor().email(), TestClinic.PASSWORD,
				this.clock);
	}

	@Test
	void aGrantStartedOnThePageLapsesForTheApiAndThePages() {
		this.supervisorPages.get(clientPage() + "/act-for");
		assertThat(this.supervisorPages
			.post(clientPage() + "/act-for", Map.of("reason", "Covering the therapist's risk inbox this afternoon"))
			.status()).isEqualTo(302);

		keepWorkingFor(this.settings.duration().minusMinutes(1));
		assertThat(this.supervisorPages.get(clientPage()).body()).contains("id=\"acting-for\"");
		Reply underGrant = recordSessionOverApi(1);
		assertThat(underGrant.status()).as(underGrant.body()).isEqualTo(201);

		keepWorkingFor(Duration.ofMinutes(2));
		Reply lapsed = recordSessionOverApi(2);
		assertThat(lapsed.status()).isEqualTo(403);
		assertThat(lapsed.contentType()).startsWith("application/problem+json");
		assertThat(lapsed.json().get("errors").get(0).get("field").asString()).isEqualTo("act-for");
		PageSession.Page page = this.supervisorPages.get(clientPage());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("id=\"acting-for\"");
		PageSession.Page refused = this.supervisorPages.post(clientPage() + "/sessions",
				Map.of("number", "2", "date", LocalDate.now().toString(), "attendance", "attended"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("id=\"act-for-link\"").doesNotContain("id=\"acting-for\"");
		assertThat(this.supervisorPages.get(clientPage() + "/act-for").body()).doesNotContain("id=\"act-for-active\"");
		assertThat(sessionNumbers()).isEqualTo(1);
	}

	@Test
	void aGrantStartedOverTheApiLapsesForThePagesToo() {
		Reply started = this.api.post("/api/v1/clients/" + this.client.id() + "/act-for",
				this.clinic.supervisor().token(), "{\"reason\":\"Entering paper forms while the therapist is away\"}");
		assertThat(started.status()).isEqualTo(201);
		assertThat(Duration.between(Instant.parse(started.json().get("startedAt").asString()),
				Instant.parse(started.json().get("expiresAt").asString())))
			.isEqualTo(this.settings.duration());
		assertThat(this.supervisorPages.get("/clients").body()).contains("id=\"acting-for\"");

		keepWorkingFor(this.settings.duration());
		assertThat(recordSessionOverApi(1).status()).isEqualTo(403);
		assertThat(this.supervisorPages.get("/clients").body()).doesNotContain("id=\"acting-for\"");
		// Ending a grant that has lapsed finds none to end.
		assertThat(this.api
			.post("/api/v1/clients/" + this.client.id() + "/act-for/end", this.clinic.supervisor().token(), "{}")
			.status()).isEqualTo(404);
		assertThat(sessionNumbers()).isZero();
	}

	/**
	 * Moves the clock on by the duration, opening a page at least every
	 * {@link #BETWEEN_PAGES}, as a person at work would.
	 */
	private void keepWorkingFor(Duration duration) {
		Duration left = duration;
		while (!left.isZero() && !left.isNegative()) {
			Duration step = (left.compareTo(BETWEEN_PAGES) < 0) ? left : BETWEEN_PAGES;
			this.clock.advance(step);
			left = left.minus(step);
			assertThat(this.supervisorPages.get("/clients").status()).as("still signed in").isEqualTo(200);
		}
	}

	private Reply recordSessionOverApi(int number) {
		return this.api.post("/api/v1/clients/" + this.client.id() + "/sessions", this.clinic.supervisor().token(),
				"{\"number\":" + number + ",\"date\":\"" + LocalDate.now() + "\",\"attendance\":\"attended\"}",
				UUID.randomUUID().toString());
	}

	private int sessionNumbers() {
		return this.jdbc.queryForObject("select count(*) from care_session where client_id = ?", Integer.class,
				this.client.id());
	}

	private String clientPage() {
		return "/clients/" + this.client.id();
	}

}
