package org.alliance.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox read by a therapist and by a supervisor in headless Chromium: one group per
 * client under the client's name, the most urgent group first (a risk answer, then a
 * sharp rupture, then a lesser one); filtered by kind, and by therapist for a supervisor,
 * through a query a link can share; the therapist named on each line for the supervisor.
 */
@Tag("browser")
class InboxBrowserTests extends ServerOnH2 {

	private static WebDriver browser;

	@Autowired
	Caseload caseload;

	@Autowired
	SignalInbox inbox;

	private TestClinic clinic;

	private Client ana;

	private Client ben;

	private Client cleo;

	@BeforeAll
	static void openBrowser() throws Exception {
		browser = Browser.start();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	/**
	 * The therapist's Ana: a sharp rupture (2.4 SD) and then a perception gap; the
	 * therapist's Ben: a risk answer, raised before both; the other therapist's Cleo: a
	 * lesser rupture (1.3 SD), raised last.
	 */
	@BeforeEach
	void clinicWithSignals() {
		this.clinic = newClinic();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		this.ben = admit(this.clinic.therapist(), "Ben-" + tag);
		this.ana = admit(this.clinic.therapist(), "Ana-" + tag);
		this.cleo = admit(this.clinic.otherTherapist(), "Cleo-" + tag);
		raise(this.ben, "risk", "Risk at session 2 (PHQ-9 item 9: several days)", "{\"item 9\":\"1\"}");
		raise(this.ana, "rupture", "Alliance fell sharply at session 5: usual level 4.6, this session 2.1",
				rupture("2.40"));
		raise(this.ana, "perception-gap",
				"Perception gap at session 5: you expected higher ratings than the client gave (bond; up to 1.5 points per item)",
				"{\"session\":\"5\"}");
		raise(this.cleo, "rupture",
				"The task part of the alliance fell at session 3: usual level 4.0, this session 3.2", rupture("1.30"));
	}

	@Test
	void aTherapistReadsTheirClientsGroupedMostUrgentFirstAndFiltersByKind() {
		signIn(this.clinic.therapist().email());
		browser.get(url("/inbox"));
		assertThat(groupHeadings()).containsExactly(this.ben.pseudonym(), this.ana.pseudonym());
		assertThat(lines(this.ana)).containsExactly(
				"Alliance fell sharply at session 5: usual level 4.6, this session 2.1",
				"Perception gap at session 5: you expected higher ratings than the client gave (bond; up to 1.5 points per item)");
		assertThat(browser.findElement(By.cssSelector("#client-" + this.ben.id() + " h2 a")).getAttribute("href"))
			.endsWith("/clients/" + this.ben.id());
		assertThat(browser.getPageSource()).doesNotContain("id=\"therapist\"").doesNotContain("class=\"therapist\"");
		assertThat(browser.findElement(By.cssSelector("label[for=kind]")).getText()).isEqualTo("Kind of signal");

		new Select(browser.findElement(By.id("kind"))).selectByValue("rupture");
		browser.findElement(By.id("apply-filter")).click();
		settling().until(ExpectedConditions.urlContains("kind=rupture"));
		assertThat(groupHeadings()).containsExactly(this.ana.pseudonym());
		assertThat(lines(this.ana))
			.containsExactly("Alliance fell sharply at session 5: usual level 4.6, this session 2.1");
		assertThat(new Select(browser.findElement(By.id("kind"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("rupture");
	}

	@Test
	void aSupervisorSeesEachLinesTherapistAndFiltersByTherapistAndKind() {
		String therapist = this.clinic.therapist().account().displayName();
		String other = this.clinic.otherTherapist().account().displayName();
		signIn(this.clinic.supervisor().email());
		browser.get(url("/inbox"));
		assertThat(groupHeadings()).containsExactly(this.ben.pseudonym(), this.ana.pseudonym(), this.cleo.pseudonym());
		assertThat(therapists(this.ana)).containsExactly(therapist, therapist);
		assertThat(therapists(this.cleo)).containsExactly(other);
		assertThat(browser.findElement(By.cssSelector("label[for=therapist]")).getText()).isEqualTo("Therapist");

		new Select(browser.findElement(By.id("therapist"))).selectByVisibleText(other);
		browser.findElement(By.id("apply-filter")).click();
		settling().until(ExpectedConditions.urlContains("therapist=" + this.clinic.otherTherapist().account().id()));
		assertThat(groupHeadings()).containsExactly(this.cleo.pseudonym());

		new Select(browser.findElement(By.id("kind"))).selectByValue("risk");
		browser.findElement(By.id("apply-filter")).click();
		settling().until(ExpectedConditions.urlContains("kind=risk"));
		assertThat(browser.findElement(By.id("inbox-empty")).getText()).isEqualTo("Nothing to act on.");

		// The shared link of a filter: the therapist's risk answers.
		browser.get(url("/inbox?kind=risk&therapist=" + this.clinic.therapist().account().id()));
		assertThat(groupHeadings()).containsExactly(this.ben.pseudonym());

		browser.get(url("/inbox?kind=bogus"));
		assertThat(browser.findElement(By.id("error-kind")).getText())
			.startsWith("There is no kind of signal called \"bogus\"");
		assertThat(groupHeadings()).hasSize(3);
	}

	@Test
	void anUnknownKindOrTherapistComesBackBesideItsFieldAndATherapistCannotFilterByTherapist() {
		PageSession supervisor = PageSession.signIn(this.port, this.clinic.supervisor().email(), TestClinic.PASSWORD);
		Page badKind = supervisor.get("/inbox?kind=%3Cscript%3E");
		assertThat(badKind.status()).isEqualTo(422);
		assertThat(badKind.errorBeside("kind")).contains("no kind of signal called &quot;&lt;script&gt;&quot;");
		assertThat(badKind.body()).contains("id=\"inbox-filter\"").doesNotContain("<script>");
		for (String value : List.of("not-an-id", UUID.randomUUID().toString(),
				this.clinic.supervisor().account().id().toString())) {
			Page badTherapist = supervisor.get("/inbox?therapist=" + value);
			assertThat(badTherapist.status()).as(value).isEqualTo(422);
			assertThat(badTherapist.errorBeside("therapist")).as(value)
				.isEqualTo("Choose one of the clinic&#39;s therapists.");
		}
		PageSession therapist = PageSession.signIn(this.port, this.clinic.therapist().email(), TestClinic.PASSWORD);
		Page theirs = therapist.get("/inbox?therapist=" + this.clinic.otherTherapist().account().id());
		assertThat(theirs.status()).isEqualTo(200);
		assertThat(theirs.body()).contains(this.ana.pseudonym()).doesNotContain(this.cleo.pseudonym());
	}

	private List<String> groupHeadings() {
		return browser.findElements(By.cssSelector("section.client-signals h2 a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private List<String> lines(Client client) {
		return browser.findElements(By.cssSelector("#client-" + client.id() + " li.inbox-line a.signal-link"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private List<String> therapists(Client client) {
		return browser.findElements(By.cssSelector("#client-" + client.id() + " li.inbox-line .therapist"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private Client admit(TestClinic.Person therapist, String pseudonym) {
		CurrentUser user = therapist.account().asCurrentUser();
		return this.caseload.admit(user, pseudonym, therapist.email(), LocalDate.now());
	}

	private void raise(Client client, String kind, String summary, String evidence) {
		this.inbox.raise(new NewSignal(this.clinic.id(), client.id(), client.therapistId(), null, kind,
				kind + ":" + client.id() + ":" + UUID.randomUUID(), summary, evidence));
	}

	private static String rupture(String dropSd) {
		return "{\"rule\":\"strauss\",\"scale\":\"total\",\"session\":\"5\",\"drop in SD\":\"" + dropSd + "\"}";
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WebDriverWait settling() {
		return BrowserSteps.settling(browser, 10);
	}

	private void signIn(String email) {
		new BrowserSteps(browser, this.port).signIn(email);
	}

}
