package org.alliance.reflection;

import java.time.LocalDate;
import java.util.UUID;

import org.alliance.Accessibility;
import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium (issue #10, points 5 and 7): a therapist writes a reflection note
 * with tags from the client page and finds it on the private patterns page; the
 * supervisor, signed in, finds it nowhere (client page, brief, report, the session's
 * notes page, their own patterns page); staff enter a PHQ-9 from a paper form and the
 * client page marks it as entered on the client's behalf. axe-core passes on every new
 * page, and on the refused note form.
 */
@Tag("browser")
class ReflectionBrowserTests extends ServerOnH2 {

	@Autowired
	Caseload caseload;

	private BrowserSteps desk;

	private TestClinic clinic;

	private Client client;

	private CareSession session;

	@BeforeEach
	void aClientWithTwoSessions() throws Exception {
		this.desk = new BrowserSteps(Browser.desk(), this.port);
		this.clinic = newClinic();
		CurrentUser therapist = this.clinic.therapist().account().asCurrentUser();
		this.client = this.caseload.admit(therapist, "Wren-" + UUID.randomUUID().toString().substring(0, 6),
				this.clinic.therapist().email(), LocalDate.now().minusWeeks(3));
		this.caseload.recordSession(therapist, this.client.id(), 1, LocalDate.now().minusWeeks(2), Attendance.ATTENDED);
		this.session = this.caseload.recordSession(therapist, this.client.id(), 2, LocalDate.now().minusWeeks(1),
				Attendance.ATTENDED);
	}

	@Test
	void aTherapistWritesATaggedNoteAndSeesItOnThePatternsPageAndTheSupervisorFindsItNowhere() {
		String words = "Bored and a little irritated when the plan came up again " + UUID.randomUUID();
		this.desk.signIn(this.clinic.therapist().email());
		this.desk.open("/clients/" + this.client.id());
		this.desk.browser().findElement(By.id("reflect-2")).click();
		this.desk.awaitHeading("Your reflection notes on session 2");
		check();
		// Sent empty first: the message stands beside the text box, readable.
		script("document.getElementById('reflection-text').removeAttribute('required')");
		this.desk.browser().findElement(By.id("save-reflection")).click();
		this.desk.awaitText(By.id("error-text"), "must not be blank");
		check();
		this.desk.browser().findElement(By.id("reflection-text")).sendKeys(words);
		tick("tag-boredom");
		tick("tag-irritation");
		this.desk.browser().findElement(By.id("save-reflection")).click();
		this.desk.awaitText(By.id("notes"), words);
		assertThat(this.desk.browser().findElement(By.id("notes")).getText()).contains("boredom", "irritation");

		this.desk.browser().findElement(By.id("nav-reflections")).click();
		this.desk.awaitHeading("Your reflection patterns");
		assertThat(this.desk.browser().findElement(By.id("tag-count-boredom")).getText())
			.isEqualTo("boredom, disengagement 1 1");
		assertThat(this.desk.browser().findElement(By.id("tag-count-irritation")).getText())
			.isEqualTo("irritation, anger 1 1");
		assertThat(this.desk.browser().findElement(By.id("by-client")).getText()).contains(this.client.pseudonym());
		assertThat(this.desk.browser().findElement(By.id("latest-notes")).getText()).contains(words);
		check();
		this.desk.open("/clients/" + this.client.id() + "/brief");
		assertThat(this.desk.browser().findElement(By.id("reflections")).getText()).contains(words);
		check();

		this.desk.signIn(this.clinic.supervisor().email());
		for (String page : new String[] { "/clients/" + this.client.id(), "/clients/" + this.client.id() + "/brief",
				"/reflections" }) {
			this.desk.open(page);
			assertThat(this.desk.count(By.id("error-page"))).as(page).isZero();
			assertThat(this.desk.shows(words)).as(page).isFalse();
			assertThat(this.desk.count(By.id("reflections"))).as(page).isZero();
		}
		this.desk.open("/clients/" + this.client.id());
		this.desk.browser().findElement(By.className("episode-report-link")).click();
		this.desk.awaitText(By.id("report-title"), "Episode report");
		assertThat(this.desk.shows(words)).isFalse();
		this.desk.open("/sessions/" + this.session.id() + "/reflections");
		assertThat(this.desk.count(By.id("error-page"))).isEqualTo(1);
		assertThat(this.desk.shows(words)).isFalse();
	}

	@Test
	void staffEnterAPhq9FromAPaperFormAndTheClientPageMarksIt() {
		this.desk.signIn(this.clinic.therapist().email());
		this.desk.open("/clients/" + this.client.id());
		this.desk.browser().findElement(By.id("paper-phq9-2")).click();
		this.desk.awaitHeading("(PHQ-9): the client's answers on paper");
		check();
		this.desk.answerEvery(1, "submit-paper");
		this.desk.awaitText(By.id("on-behalf-phq9-2"),
				"entered on behalf by " + this.clinic.therapist().account().displayName());
		WebElement row = this.desk.browser().findElement(By.id("on-behalf-phq9-2")).findElement(By.xpath("./.."));
		assertThat(row.getText()).startsWith("9 mild");
		// Every PHQ-9 item at 1, item 9 included: the risk signal is raised as from the
		// phone.
		assertThat(this.desk.count(By.cssSelector("#client-signals li.kind-risk"))).isEqualTo(1);
		this.desk.open("/sessions/" + this.session.id() + "/paper/phq9");
		assertThat(this.desk.browser().findElement(By.id("already-answered")).getText())
			.contains("entered on the client's behalf by " + this.clinic.therapist().account().displayName())
			.doesNotContain(this.clinic.therapist().email());
		check();
	}

	private void tick(String id) {
		WebElement box = this.desk.browser().findElement(By.id(id));
		if (!box.isSelected()) {
			box.click();
		}
	}

	private void check() {
		assertThat(this.desk.count(By.id("error-page"))).as("an error page at %s", this.desk.browser().getCurrentUrl())
			.isZero();
		Accessibility.assertNoSeriousViolations(this.desk.browser());
	}

	private void script(String script) {
		((org.openqa.selenium.JavascriptExecutor) this.desk.browser()).executeScript(script);
	}

}
