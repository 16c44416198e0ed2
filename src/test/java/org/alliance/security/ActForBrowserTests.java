package org.alliance.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.alliance.Accessibility;
import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.TestClinic;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium, as a supervisor covers for a colleague: a change to another
 * therapist's client is refused with the way to act for the therapist, the supervisor
 * gives a reason, the banner names the therapist and the grant's end in the clinic's time
 * zone, the change goes through and is audited under the grant, the supervisor ends the
 * grant from the banner, and the next change is refused again. Every page on the way
 * passes axe-core, and so does the sign-in page while an email must wait.
 */
@Tag("browser")
class ActForBrowserTests extends SecuredServer {

	/**
	 * A zone with no summer time and a half-hour offset (UTC+05:30), so that a time shown
	 * in UTC, or in the server's own zone, cannot pass for it.
	 */
	private static final ZoneId CLINIC_ZONE = ZoneId.of("Asia/Kolkata");

	@Autowired
	Caseload caseload;

	private TestClinic clinic;

	private Client client;

	private BrowserSteps desk;

	@BeforeEach
	void aClientOfAnotherTherapist() throws Exception {
		this.clinic = TestClinic.create(this.accounts, this.tokens);
		this.jdbc.update("update clinic set time_zone = ? where id = ?", CLINIC_ZONE.getId(), this.clinic.id());
		this.client = this.caseload.admit(this.clinic.therapist().account().asCurrentUser(), "Grey Heron",
				this.clinic.therapist().email(), LocalDate.now().minusDays(21));
		this.desk = new BrowserSteps(Browser.desk(), this.port).withClock(this.clock);
	}

	@Test
	void aSupervisorActsForTheTherapistWithAReasonAndEndsItFromTheBanner() {
		WebDriver browser = this.desk.browser();
		String therapist = this.clinic.therapist().account().displayName();
		String supervisor = this.clinic.supervisor().email();
		this.desk.signIn(supervisor);

		recordSession(1);
		this.desk.awaitHeading("You may not do this");
		assertThat(browser.findElement(By.id("act-for-needed")).getText()).contains("acting for their therapist");
		assertThat(sessionsOfClient()).isZero();
		Accessibility.assertNoSeriousViolations(browser);

		browser.findElement(By.id("act-for-link")).click();
		this.desk.awaitHeading("Act for " + therapist);
		Accessibility.assertNoSeriousViolations(browser);
		// Blanks pass the browser's own check of a required field; the server refuses
		// them beside the field.
		browser.findElement(By.id("act-for-reason")).sendKeys("   ");
		browser.findElement(By.id("act-for-start")).click();
		this.desk.settling(10).until(ExpectedConditions.presenceOfElementLocated(By.id("error-reason")));
		assertThat(browser.findElement(By.id("error-reason")).getText()).isNotBlank();
		assertThat(browser.findElement(By.id("act-for-reason")).getAttribute("aria-describedby"))
			.isEqualTo("error-reason");
		assertThat(grantsOf(supervisor)).isZero();
		Accessibility.assertNoSeriousViolations(browser);

		browser.findElement(By.id("act-for-reason")).clear();
		browser.findElement(By.id("act-for-reason")).sendKeys("Covering a risk signal while the therapist is on leave");
		browser.findElement(By.id("act-for-start")).click();
		this.desk.settling(10).until(ExpectedConditions.urlToBe(this.desk.url("/clients/" + this.client.id())));
		UUID grant = this.jdbc.queryForObject("select id from act_for_grant where client_id = ?", UUID.class,
				this.client.id());
		String until = inClinicZone(
				this.jdbc.queryForObject("select expires_at from act_for_grant where id = ?", Timestamp.class, grant)
					.toInstant());
		String banner = browser.findElement(By.id("acting-for")).getText();
		assertThat(banner).contains("Acting for " + therapist, "on Grey Heron", "until " + until);
		assertThat(browser.findElement(By.cssSelector("#acting-for time")).getText()).isEqualTo(until);
		Accessibility.assertNoSeriousViolations(browser);

		recordSession(1);
		this.desk.settling(10).until(ExpectedConditions.urlToBe(this.desk.url("/clients/" + this.client.id())));
		assertThat(sessionsOfClient()).isEqualTo(1);
		String underGrant = " for " + this.clinic.therapist().account().id() + " act-for " + grant;
		assertThat(trailOf(supervisor)).contains("ACT_FOR_STARTED client" + underGrant, "CREATE session" + underGrant);

		this.desk.open("/clients/" + this.client.id() + "/act-for");
		assertThat(browser.findElement(By.id("act-for-until")).getText()).isEqualTo(until);
		assertThat(browser.findElement(By.id("act-for-reason-given")).getText())
			.isEqualTo("Covering a risk signal while the therapist is on leave");
		Accessibility.assertNoSeriousViolations(browser);

		this.desk.open("/clients/" + this.client.id());
		browser.findElement(By.id("end-act-for-" + this.client.id())).click();
		this.desk.settling(10).until(ExpectedConditions.urlToBe(this.desk.url("/clients/" + this.client.id())));
		this.desk.awaitText(By.id("client-name"), "Grey Heron");
		assertThat(this.desk.count(By.id("acting-for"))).isZero();
		assertThat(trailOf(supervisor)).contains("ACT_FOR_ENDED client" + underGrant);

		recordSession(2);
		this.desk.awaitHeading("You may not do this");
		assertThat(browser.findElement(By.id("act-for-link")).getAttribute("href"))
			.endsWith("/clients/" + this.client.id() + "/act-for");
		assertThat(sessionsOfClient()).isEqualTo(1);
		assertThat(trailOf(supervisor)).last().asString().startsWith("REFUSED");
	}

	@Test
	void theSignInPageWhileAnEmailMustWaitPassesAxe() {
		WebDriver browser = this.desk.browser();
		browser.manage().deleteAllCookies();
		String email = this.clinic.therapist().email();
		// Five wrong passwords earn the email a wait
		// (alliance.security.sign-in.delay-after
		// defaults to 5); the sixth attempt, right after, meets it.
		for (int attempt = 1; attempt <= 5; attempt++) {
			signInWith(email, "not the password " + attempt);
			this.desk.settling(10).until(ExpectedConditions.urlContains("/login?error"));
		}
		signInWith(email, TestClinic.PASSWORD);
		this.desk.settling(10).until(ExpectedConditions.presenceOfElementLocated(By.id("wait")));
		assertThat(browser.findElement(By.id("wait")).getText()).contains("Too many failed sign-ins with this email");
		assertThat(browser.findElement(By.id("code")).isDisplayed()).isTrue();
		Accessibility.assertNoSeriousViolations(browser);
	}

	private void signInWith(String email, String password) {
		this.desk.open("/login");
		this.desk.browser().findElement(By.id("username")).sendKeys(email);
		this.desk.browser().findElement(By.id("password")).sendKeys(password);
		this.desk.browser().findElement(By.id("sign-in")).click();
	}

	/** Opens the client's page and sends its session form, as the next session. */
	@Test
	void theClientPageOffersASupervisorTheActForStepUpFrontAndNobodyElse() {
		WebDriver browser = this.desk.browser();
		String therapist = this.clinic.therapist().account().displayName();
		this.desk.signIn(this.clinic.supervisor().email());
		this.desk.open("/clients/" + this.client.id());
		assertThat(browser.findElement(By.id("act-for-offer")).getText()).contains("act for " + therapist);
		Accessibility.assertNoSeriousViolations(browser);
		browser.findElement(By.id("act-for-offer-link")).click();
		this.desk.awaitHeading("Act for " + therapist);
		browser.findElement(By.id("act-for-reason")).sendKeys("Covering while the therapist is on leave");
		browser.findElement(By.id("act-for-start")).click();
		this.desk.settling(10).until(ExpectedConditions.urlToBe(this.desk.url("/clients/" + this.client.id())));
		assertThat(browser.findElements(By.id("act-for-offer"))).as("acting already: the banner says so").isEmpty();

		this.desk.signIn(this.clinic.therapist().email());
		this.desk.open("/clients/" + this.client.id());
		assertThat(browser.findElements(By.id("act-for-offer"))).as("the client's own therapist").isEmpty();
	}

	private void recordSession(int number) {
		WebDriver browser = this.desk.browser();
		this.desk.open("/clients/" + this.client.id());
		browser.findElement(By.xpath("//summary[normalize-space()='Record a session that took place']")).click();
		browser.findElement(By.id("session-number")).clear();
		browser.findElement(By.id("session-number")).sendKeys(String.valueOf(number));
		WebElement record = browser.findElement(By.id("record-session"));
		record.click();
		// The form posts to the client's page it is on: wait for the page it was on to
		// be replaced, not for an address that is already the one expected.
		this.desk.settling(10).until(ExpectedConditions.stalenessOf(record));
	}

	private int sessionsOfClient() {
		return this.jdbc.queryForObject("select count(*) from care_session where client_id = ?", Integer.class,
				this.client.id());
	}

	private int grantsOf(String email) {
		return this.jdbc.queryForObject(
				"select count(*) from act_for_grant g join app_user u on u.id = g.supervisor_id where u.email = ?",
				Integer.class, email);
	}

	/** The instant as the clinic reads it: its zone, to the minute, naming the zone. */
	private static String inClinicZone(Instant instant) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(CLINIC_ZONE)) + " ("
				+ CLINIC_ZONE.getId() + ")";
	}

}
