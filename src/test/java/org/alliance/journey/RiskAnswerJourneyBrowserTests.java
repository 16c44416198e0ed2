package org.alliance.journey;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

import org.alliance.Accessibility;
import org.alliance.ApiClient;
import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.EmailHtml;
import org.alliance.MailServer;
import org.alliance.ServerWithMail;
import org.alliance.TestClinic;
import org.alliance.care.SessionBookings;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.outreach.SendSchedule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk answer from booking to the step that reached the client, as the people do it in
 * headless Chromium, for a client written to in English and one written to in Spanish:
 * the admin names the clinic's duty contact and a duty clinician; the therapist books the
 * client's session for tomorrow on the client page; the schedule emails the client the
 * questionnaire; the client opens its link on a 360-pixel phone and answers "several
 * days" to the PHQ-9's item 9, reading the form and the crisis information in their
 * language; the therapist and the duty contact are emailed, without anything clinical; a
 * duty clinician who is not the client's therapist follows the email's link, signs in,
 * lands on the signal and records when the client was reached; the therapist then reads
 * that step, under the duty clinician's name. Every page and email is axe-core clean.
 */
@Tag("browser")
class RiskAnswerJourneyBrowserTests extends ServerWithMail {

	/** The narrowest phones in common use. */
	private static final int PHONE_WIDTH = 360;

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static ChromeDriver narrowPhone;

	@Autowired
	SendSchedule schedule;

	@Autowired
	SessionBookings bookings;

	@Autowired
	InstrumentCatalog catalog;

	@BeforeAll
	static void phone() throws Exception {
		narrowPhone = Browser.startPhone(PHONE_WIDTH);
	}

	@AfterAll
	static void quitPhone() {
		if (narrowPhone != null) {
			narrowPhone.quit();
		}
	}

	@ParameterizedTest(name = "a client written to in {0}")
	@EnumSource(ClientLanguage.class)
	void aRiskAnswerOnTheEmailedLinkIsWorkedByTheDutyClinicianAndTheTherapistSeesTheStep(ClientLanguage language)
			throws Exception {
		TestClinic clinic = newClinic();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String dutyMailbox = "duty-" + tag + "@clinic.test";
		TestClinic.Person dutyClinician = clinic.otherTherapist();
		BrowserSteps desk = new BrowserSteps(Browser.desk(), this.port).withClock(this.clock);
		adminNamesTheDutyCover(desk, clinic, dutyMailbox, dutyClinician);

		String clientEmail = "client-" + tag + "@example.org";
		String pseudonym = "Journey-" + language.code + "-" + tag;
		UUID client = admit(clinic, pseudonym, clientEmail, language);
		ZoneId zone = this.bookings.zone(clinic.id());
		therapistBooksTomorrow(desk, clinic, client, pseudonym, zone);

		// The session starts within the 48 hours: the schedule's next sweep emails it.
		this.schedule.sweep();
		MimeMessage questionnaire = JourneyMail.questionnaire(clientEmail, language, pseudonym, this.catalog);
		EmailHtml.assertAccessible(MailServer.part(questionnaire, "text/html"));
		String link = MailServer.link(questionnaire, base() + "/r/");
		assertThat(link).endsWith("?lang=" + language.code);
		clientAnswersOnThePhone(link, language);

		UUID signal = this.jdbc.queryForObject("select id from signal where client_id = ? and kind = 'risk'",
				UUID.class, client);
		JourneyMail.riskNotice(clinic.therapist().email(), signal, base(), pseudonym, this.catalog);
		MimeMessage notice = JourneyMail.riskNotice(dutyMailbox, signal, base(), pseudonym, this.catalog);
		EmailHtml.assertAccessible(MailServer.part(notice, "text/html"));

		// The duty clinician phoned the client ten minutes after the answer, and records
		// it ten minutes later.
		Instant raised = this.jdbc.queryForObject("select raised_at from signal where id = ?", Timestamp.class, signal)
			.toInstant();
		LocalDateTime reached = LocalDateTime.ofInstant(raised.plus(Duration.ofMinutes(10)), zone)
			.truncatedTo(ChronoUnit.MINUTES);
		this.clock.advance(Duration.ofMinutes(20));
		String worked = dutyClinicianWorksTheSignal(desk, MailServer.link(notice, base() + "/signals/"), clinic,
				dutyClinician, reached, zone);

		JsonNode step = new ApiClient(this.port).get("/api/v1/signals/" + signal, clinic.therapist().token())
			.json()
			.get("actions")
			.get(0);
		assertThat(step.get("step").asString()).isEqualTo("contacted-client");
		assertThat(step.get("recordedBy").asString()).isEqualTo(dutyClinician.email());
		assertThat(Instant.parse(step.get("contactedAt").asString())).isEqualTo(reached.atZone(zone).toInstant());
		assertThat(Instant.parse(step.get("recordedAt").asString())).isEqualTo(this.clock.instant());

		desk.signIn(clinic.therapist().email()).open("/signals/" + signal);
		desk.awaitText(By.id("signal-status"), "action-recorded");
		assertThat(desk.browser().findElement(By.id("actions")).getText()).isEqualTo(worked);
		Accessibility.assertNoSeriousViolations(desk.browser());
	}

	/**
	 * The admin, on the settings page, gives the duty mailbox; on the people page, makes
	 * the other therapist a duty clinician.
	 */
	private void adminNamesTheDutyCover(BrowserSteps desk, TestClinic clinic, String dutyMailbox,
			TestClinic.Person dutyClinician) {
		desk.signIn(clinic.admin().email()).open("/admin/settings");
		WebElement dutyEmail = desk.browser().findElement(By.id("duty-email"));
		dutyEmail.clear();
		dutyEmail.sendKeys(dutyMailbox);
		desk.browser().findElement(By.id("save-duty")).click();
		desk.settling(10).until(ExpectedConditions.urlContains("saved"));
		assertThat(desk.browser().findElement(By.id("duty-email")).getAttribute("value")).isEqualTo(dutyMailbox);
		Accessibility.assertNoSeriousViolations(desk.browser());
		desk.open("/admin/users");
		desk.browser().findElement(By.id("duty-toggle-" + dutyClinician.account().id())).click();
		desk.awaitText(By.id("duty-" + dutyClinician.account().id()), "yes");
		Accessibility.assertNoSeriousViolations(desk.browser());
	}

	/** The therapist takes the client on, with the email and language to write in. */
	private UUID admit(TestClinic clinic, String pseudonym, String clientEmail, ClientLanguage language) {
		ApiClient.Reply admitted = new ApiClient(this.port).post("/api/v1/clients", clinic.therapist().token(), """
				{"pseudonym": "%s", "therapist": "%s", "email": "%s", "language": "%s"}""".formatted(pseudonym,
				clinic.therapist().email(), clientEmail, language.code));
		assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
		return UUID.fromString(admitted.id());
	}

	/**
	 * On the client page, the booking form offers tomorrow at 09:00; the therapist books
	 * it as offered.
	 */
	private void therapistBooksTomorrow(BrowserSteps desk, TestClinic clinic, UUID client, String pseudonym,
			ZoneId zone) {
		desk.signIn(clinic.therapist().email());
		Accessibility.assertNoSeriousViolations(desk.browser());
		desk.open("/clients/" + client).awaitHeading(pseudonym);
		assertThat(desk.browser().findElement(By.id("contact-email")).getText()).endsWith("@example.org")
			.contains("***");
		Accessibility.assertNoSeriousViolations(desk.browser());
		desk.browser().findElement(By.xpath("//summary[normalize-space()='Book a session']")).click();
		LocalDate tomorrow = LocalDate.ofInstant(this.clock.instant(), zone).plusDays(1);
		assertThat(desk.browser().findElement(By.id("booking-date")).getAttribute("value"))
			.isEqualTo(tomorrow.toString());
		assertThat(desk.browser().findElement(By.id("booking-time")).getAttribute("value")).isEqualTo("09:00");
		desk.browser().findElement(By.id("book-session")).click();
		desk.awaitText(By.id("booking-1"), "Session 1 · " + tomorrow + " 09:00");
		Accessibility.assertNoSeriousViolations(desk.browser());
	}

	/**
	 * The client, on a 360-pixel phone, reads the PHQ-9 in their language, answers item 9
	 * "several days" and nothing on the others, then reads the crisis information over
	 * the GAD-7 and on the closing page.
	 */
	private void clientAnswersOnThePhone(String link, ClientLanguage language) {
		BrowserSteps phone = new BrowserSteps(narrowPhone, this.port);
		phone.open(link).awaitHeading("PHQ-9");
		assertThat(narrowPhone.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language.code);
		assertThat(narrowPhone.findElement(By.cssSelector(".instructions")).getText())
			.isEqualTo(this.catalog.instructions("phq9", language.code).orElseThrow());
		assertThat(phone.count(By.id("crisis"))).as("no crisis information before an answer").isZero();
		fitsThePhone(narrowPhone);
		Accessibility.assertNoSeriousViolations(narrowPhone);

		for (int item = 1; item <= 8; item++) {
			narrowPhone.findElement(By.cssSelector("input[name='item-" + item + "'][value='0']")).click();
		}
		WebElement itemNine = narrowPhone.findElement(By.xpath("//fieldset[.//input[@name='item-9']]"));
		assertThat(itemNine.findElement(By.tagName("legend")).getText()).isEqualTo(language.itemNine);
		itemNine.findElement(By.xpath(".//label[normalize-space()='" + language.severalDays + "']")).click();
		assertThat(itemNine.findElement(By.cssSelector("input[value='1']")).isSelected()).isTrue();
		WebElement send = narrowPhone.findElement(By.id("submit-measure"));
		assertThat(send.getText()).isEqualTo(language.send);
		send.click();

		phone.awaitHeading("GAD-7");
		assertCrisisInformation(language);
		phone.answerEvery(0, "submit-measure");
		phone.awaitText(By.cssSelector("#done h1"), language.thanks);
		assertCrisisInformation(language);
	}

	private void assertCrisisInformation(ClientLanguage language) {
		WebElement crisis = narrowPhone.findElement(By.id("crisis"));
		assertThat(crisis.findElement(By.tagName("h2")).getText()).isEqualTo(language.crisisHeading);
		assertThat(crisis.findElement(By.tagName("p")).getText()).contains(language.crisisWords);
		assertThat(narrowPhone.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language.code);
		fitsThePhone(narrowPhone);
		Accessibility.assertNoSeriousViolations(narrowPhone);
	}

	/**
	 * The duty clinician opens the email's link in a browser nobody is signed in to,
	 * signs in, lands on the signal, acknowledges it and records the step with when the
	 * client was reached.
	 * @return the steps as the signal page lists them afterwards
	 */
	private String dutyClinicianWorksTheSignal(BrowserSteps desk, String link, TestClinic clinic,
			TestClinic.Person dutyClinician, LocalDateTime reached, ZoneId zone) {
		WebDriver browser = desk.browser();
		desk.open(base() + "/login");
		browser.manage().deleteAllCookies();
		desk.open(link);
		desk.settling(10).until(ExpectedConditions.urlContains("/login"));
		Accessibility.assertNoSeriousViolations(browser);
		desk.signInWhereSent(dutyClinician.email());
		desk.settling(10).until(ExpectedConditions.urlToBe(link));
		assertThat(browser.findElement(By.id("covering")).getText()).contains("You cover this risk signal");
		assertThat(browser.findElement(By.id("reach-therapist")).getText())
			.isEqualTo(clinic.therapist().account().displayName());
		Accessibility.assertNoSeriousViolations(browser);

		browser.findElement(By.id("acknowledge")).click();
		desk.awaitText(By.id("signal-status"), "acknowledged");
		new Select(browser.findElement(By.id("step"))).selectByValue("contacted-client");
		browser.findElement(By.id("note")).sendKeys("Phoned the client; safe tonight, seen tomorrow as booked.");
		desk.typeDateTime(browser.findElement(By.id("contacted-at")), reached);
		Accessibility.assertNoSeriousViolations(browser);
		browser.findElement(By.id("record-step")).click();
		desk.awaitText(By.id("signal-status"), "action-recorded");
		String steps = browser.findElement(By.id("actions")).getText();
		assertThat(steps).contains(dutyClinician.account().displayName(),
				"client reached " + reached.format(SHOWN) + " (" + zone.getId() + ")",
				"recorded " + SHOWN.format(this.clock.instant().atZone(zone)));
		Accessibility.assertNoSeriousViolations(browser);
		return steps;
	}

	/** Nothing scrolls sideways on the phone. */
	private static void fitsThePhone(WebDriver phone) {
		List<?> sticking = (List<?>) ((JavascriptExecutor) phone).executeScript("""
				const width = document.documentElement.clientWidth;
				return [...document.querySelectorAll('body *')]
				    .filter((e) => e.getBoundingClientRect().right > width + 0.5)
				    .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));""");
		long width = (Long) ((JavascriptExecutor) phone).executeScript("return document.documentElement.scrollWidth;");
		assertThat(width).as("scroll width of %s; sticking out: %s", phone.getCurrentUrl(), sticking)
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}

}
