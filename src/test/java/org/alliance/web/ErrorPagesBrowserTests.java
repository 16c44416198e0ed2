package org.alliance.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.alliance.Accessibility;
import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.measure.ClientLinks;
import org.alliance.measure.IssuedLink;
import org.alliance.security.ApiTokens;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that cannot be shown is still the product's page: staff read it in the staff
 * layout with the way back, a client on a personal link reads it on the phone layout in
 * their own language, and nobody meets a framework's error page. Covers the refusals a
 * page handler sends and those the security filters send before any handler runs (issue
 * #8, point 7).
 */
@Tag("browser")
class ErrorPagesBrowserTests extends ServerOnH2 {

	@Autowired
	Caseload caseload;

	@Autowired
	ClientLinks links;

	private BrowserSteps desk;

	private BrowserSteps phone;

	@BeforeEach
	void browsers() throws Exception {
		this.desk = new BrowserSteps(Browser.desk(), this.port);
		this.phone = new BrowserSteps(Browser.phone(), this.port);
	}

	@Test
	void staffMeetNotFoundForbiddenAndBadRequestInTheStaffLayout() {
		TestClinic clinic = newClinic();
		Client theirs = this.caseload.admit(clinic.otherTherapist().account().asCurrentUser(),
				"Other-" + UUID.randomUUID().toString().substring(0, 6), clinic.otherTherapist().email(),
				LocalDate.now());
		this.desk.signIn(clinic.therapist().email());

		staffPage("/no/such/page", "Not found");
		staffPage("/clients/" + theirs.id(), "Not found");
		assertThat(this.desk.browser().getPageSource()).doesNotContain(theirs.pseudonym());
		// The security filters refuse the admin's pages before any page handler runs.
		staffPage("/admin/instruments", "You may not do this");
		staffPage("/clients/not-an-id", "This request could not be read");
		// The security firewall refuses a path parameter before anything else runs.
		staffPage("/clients;x=1", "This request could not be read");
	}

	@Test
	void aClientMeetsAnUnknownOrExpiredLinkInTheirLanguage() {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "Ash-" + UUID.randomUUID().toString().substring(0, 6),
				clinic.therapist().email(), LocalDate.now().minusWeeks(1));
		UUID session = this.caseload.recordSession(therapist, client.id(), 1, LocalDate.now(), Attendance.ATTENDED)
			.id();
		IssuedLink expired = this.links.issue(therapist, session, null);
		this.jdbc.update("update client_link set expires_at = ? where token_hash = ?",
				Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)), ApiTokens.hash(expired.token()));

		clientPage(expired.path() + "?lang=es", "es", "Este enlace no existe o ha caducado",
				"Pida un enlace nuevo a su clínica o terapeuta.");
		clientPage(expired.path() + "?lang=en", "en", "This link is unknown or has expired",
				"Ask your clinic or therapist for a new link.");
		clientPage("/r/" + "x".repeat(43) + "?lang=es", "es", "Este enlace no existe o ha caducado",
				"Pida un enlace nuevo a su clínica o terapeuta.");
		// A form's address opened instead of sent, and a path the firewall refuses.
		clientPage(expired.path() + "/phq9?lang=es", "es", "Acción no disponible", "");
		clientPage(expired.path() + ";x=1?lang=es", "es", "No se pudo leer esta solicitud", "");
	}

	/**
	 * A form sent from a page whose session has since ended (signed out elsewhere, timed
	 * out, a restart) fails its CSRF check: the person reads that the form is out of
	 * date, not that their role forbids it, and nothing is stored.
	 */
	@Test
	void aFormFromASessionThatEndedIsOutOfDateNotForbiddenToTheRole() {
		TestClinic clinic = newClinic();
		this.desk.signIn(clinic.therapist().email());
		WebDriver browser = this.desk.open("/clients").browser();
		browser.findElement(By.xpath("//summary[normalize-space()='Take on a client']")).click();
		browser.findElement(By.id("pseudonym")).sendKeys("Late Form");
		browser.manage().deleteAllCookies();
		browser.findElement(By.id("admit")).click();
		this.desk.awaitText(By.id("error-page"), "out of date");
		assertThat(browser.findElement(By.id("error-page")).getText()).doesNotContain("Your role does not open");
		assertThat(this.jdbc.queryForObject("select count(*) from client where pseudonym = 'Late Form'", Integer.class))
			.isZero();
		Accessibility.assertNoSeriousViolations(browser);
	}

	private void staffPage(String path, String heading) {
		WebDriver browser = this.desk.open(path).browser();
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(path).isEqualTo("en");
		assertThat(browser.getTitle()).as(path).endsWith("· Alliance");
		assertThat(browser.findElement(By.id("error-page")).getText()).as(path).contains(heading);
		assertThat(browser.findElement(By.cssSelector("header.nav")).getText()).as(path).contains("Clients", "Inbox");
		assertThat(browser.findElement(By.linkText("Back to your clients")).getAttribute("href")).endsWith("/clients");
		assertThat(browser.getPageSource()).as(path).doesNotContain("Whitelabel", "Exception");
		Accessibility.assertNoSeriousViolations(browser);
	}

	private void clientPage(String path, String language, String heading, String advice) {
		WebDriver browser = this.phone.open(path).browser();
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(path).isEqualTo(language);
		assertThat(browser.findElement(By.tagName("h1")).getText()).as(path).isEqualTo(heading);
		assertThat(browser.findElement(By.id("error-page")).getText()).as(path).contains(advice);
		assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).as(path).contains("phone");
		assertThat(this.phone.count(By.cssSelector("header.nav"))).as(path).isZero();
		assertThat(browser.getPageSource()).as(path).doesNotContain("Whitelabel", "Exception", "Back to your clients");
		Accessibility.assertNoSeriousViolations(browser);
	}

}
