package org.alliance.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages that pick a therapist offer only people who can sign in and work a client's
 * signals: not an invited account (no password yet) nor a disabled one. Taking a client
 * on for such a therapist anyway (a stale page, a hand-made request, the API) is refused
 * naming the therapist field and creates nothing.
 */
class TherapistPickerTests extends SecuredServer {

	private static final Pattern OPTION_VALUE = Pattern.compile("<option[^>]*value=\"([^\"]*)\"");

	@Autowired
	StaffAccounts staff;

	private TestClinic clinic;

	private TestClinic.Person active;

	private TestClinic.Person disabled;

	private String invited;

	private PageSession supervisorPages;

	private ApiClient api;

	@BeforeEach
	void aClinicWithAnActiveADisabledAndAnInvitedTherapist() {
		this.clinic = TestClinic.create(this.accounts, this.tokens);
		AccountActor admin = AccountActor.of(this.clinic.admin().account().asCurrentUser());
		this.active = this.clinic.therapist();
		this.disabled = this.clinic.otherTherapist();
		this.staff.disable(admin, this.disabled.account().id());
		this.invited = "invited-" + UUID.randomUUID() + "@clinic.test";
		this.staff.invite(admin, this.invited, "Invited Therapist", "therapist", false);
		this.supervisorPages = PageSession.signIn(this.port, this.clinic.supervisor().email(), TestClinic.PASSWORD,
				this.clock);
		this.api = new ApiClient(this.port);
	}

	@Test
	void takingAClientOnOffersOnlyActiveTherapists() {
		List<String> offered = options(this.supervisorPages.get("/clients").body(), "admit-therapist");
		assertThat(offered).contains(this.active.email()).doesNotContain(this.disabled.email(), this.invited);
	}

	@Test
	void theInboxFilterOffersOnlyActiveTherapists() {
		String inbox = this.supervisorPages.get("/inbox").body();
		assertThat(options(inbox, "therapist")).contains(this.active.account().id().toString())
			.doesNotContain(this.disabled.account().id().toString(), id(this.invited));
		PageSession.Page filtered = this.supervisorPages.get("/inbox?therapist=" + this.disabled.account().id());
		assertThat(filtered.errorBeside("therapist")).isNotEmpty();
	}

	@Test
	void theApiRefusesAClientForADisabledOrInvitedTherapistNamingTheField() {
		Reply forDisabled = admitOverApi("Amber Stone", this.disabled.email());
		assertThat(forDisabled.status()).isEqualTo(422);
		assertThat(forDisabled.contentType()).startsWith("application/problem+json");
		assertThat(forDisabled.json().get("errors").get(0).get("field").asString()).isEqualTo("therapist");
		assertThat(forDisabled.json().get("errors").get(0).get("message").asString()).contains("disabled");
		Reply forInvited = admitOverApi("Amber Stone", this.invited);
		assertThat(forInvited.status()).isEqualTo(422);
		assertThat(forInvited.json().get("errors").get(0).get("field").asString()).isEqualTo("therapist");
		assertThat(forInvited.json().get("errors").get(0).get("message").asString()).contains("invitation");
		assertThat(clientsNamed("Amber Stone")).isZero();

		assertThat(admitOverApi("Amber Stone", this.active.email()).status()).isEqualTo(201);
		assertThat(clientsNamed("Amber Stone")).isEqualTo(1);
	}

	@Test
	void thePageShowsTheFormAgainWithTheMessageBesideTheTherapist() {
		PageSession.Page refused = this.supervisorPages.post("/clients", Map.of("pseudonym", "Slate Wren", "therapist",
				this.disabled.email(), "episodeStart", LocalDate.now().toString()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorBeside("therapist")).contains("disabled");
		assertThat(refused.body()).contains("value=\"Slate Wren\"").contains("aria-describedby=\"error-therapist\"");
		assertThat(clientsNamed("Slate Wren")).isZero();
	}

	private Reply admitOverApi(String pseudonym, String therapist) {
		return this.api.post("/api/v1/clients", this.clinic.supervisor().token(),
				"{\"pseudonym\":\"" + pseudonym + "\",\"therapist\":\"" + therapist + "\"}");
	}

	private int clientsNamed(String pseudonym) {
		return this.jdbc.queryForObject("select count(*) from client where clinic_id = ? and pseudonym = ?",
				Integer.class, this.clinic.id(), pseudonym);
	}

	private String id(String email) {
		return this.accounts.findByEmail(email).orElseThrow().id().toString();
	}

	/** The values of the options of the page's select with this id. */
	private static List<String> options(String page, String selectId) {
		Matcher select = Pattern.compile("<select[^>]*id=\"" + selectId + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
			.matcher(page);
		assertThat(select.find()).as("a select " + selectId).isTrue();
		return OPTION_VALUE.matcher(select.group(1)).results().map((m) -> m.group(1)).toList();
	}

}
