package org.alliance.care;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.alliance.Accessibility;
import org.alliance.AdjustableClock;
import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.TestClinic;
import org.alliance.TestDatabases;
import org.alliance.security.ApiTokens;
import org.alliance.security.CurrentUser;
import org.alliance.security.UserAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A therapist in headless Chromium books a session for tomorrow on the client page, finds
 * it on "This week" with what is due from the client and that nothing came in yet, sees
 * the NHS Talking Therapies card still count one attended session, and, once the
 * application's clock has moved past the start, records that the client came: then the
 * card counts two. The pages are axe-core clean, and "This week" fits a 390 px phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AdjustableClock.InContext.class)
@Tag("browser")
class BookedSessionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AdjustableClock clock;

	@Autowired
	Caseload caseload;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Test
	void aTherapistBooksTomorrowSeesItThisWeekAndRecordsItAttendedOnceItHasStarted() throws Exception {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		ZoneId london = ZoneId.of("Europe/London");
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), london);
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "Booked Heron", clinic.therapist().email(), today.minusWeeks(2));
		this.caseload.recordSession(therapist, client.id(), 1, today.minusWeeks(1), Attendance.ATTENDED);

		BrowserSteps desk = new BrowserSteps(Browser.desk(), this.port).withClock(this.clock);
		WebDriver browser = desk.browser();
		desk.signIn(clinic.therapist().email()).open("/clients/" + client.id());
		assertThat(attendedOnTheCard(browser)).isEqualTo("no (1 attended)");
		browser.findElement(By.xpath("//summary[normalize-space()='Book a session']")).click();
		LocalDate tomorrow = today.plusDays(1);
		assertThat(browser.findElement(By.id("booking-date")).getAttribute("value")).isEqualTo(tomorrow.toString());
		typeTime(browser, "10:30");
		browser.findElement(By.id("book-session")).click();

		WebElement booking = desk.settling(10)
			.until((b) -> b.findElements(By.id("booking-2")).stream().findFirst().orElse(null));
		assertThat(booking.getText()).contains("Session 2", tomorrow + " 10:30", "50 minutes", "Cancel booking");
		assertThat(booking.findElements(By.id("attended-2"))).isEmpty();
		assertThat(attendedOnTheCard(browser)).isEqualTo("no (1 attended)");
		Accessibility.assertNoSeriousViolations(browser);

		browser.findElement(By.id("nav-week")).click();
		if (tomorrow.getDayOfWeek() == DayOfWeek.MONDAY) {
			browser.findElement(By.id("next-week")).click();
		}
		WebElement line = desk.settling(10)
			.until((b) -> b.findElements(By.cssSelector(".week-session")).stream().findFirst().orElse(null));
		assertThat(line.getText()).contains("10:30", "Booked Heron", "2, 50 minutes", "booked");
		assertThat(line.findElement(By.cssSelector(".week-due")).getText()).contains("PHQ-9", "GAD-7");
		assertThat(line.findElement(By.cssSelector(".week-came-in")).getText()).isEqualTo("nothing yet");
		Accessibility.assertNoSeriousViolations(browser);

		BrowserSteps phone = new BrowserSteps(Browser.phone(), this.port).withClock(this.clock);
		phone.signIn(clinic.therapist().email()).open("/week?of=" + tomorrow);
		assertThat(phone.browser().findElement(By.cssSelector(".week-session")).getText()).contains("Booked Heron");
		long overflow = (Long) ((JavascriptExecutor) phone.browser())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow)
			.as("no sideways scrolling at 390 px; too wide: %s", ((JavascriptExecutor) phone.browser())
				.executeScript("return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect()"
						+ ".right > document.documentElement.clientWidth).map((e) => e.tagName + '#' + e.id + '.'"
						+ " + e.className).join(' ');"))
			.isLessThanOrEqualTo(0);
		Accessibility.assertNoSeriousViolations(phone.browser());

		this.clock.advance(Duration.ofDays(2));
		desk.signIn(clinic.therapist().email()).open("/clients/" + client.id());
		assertThat(browser.findElement(By.id("booking-2")).getText()).contains("It has started");
		browser.findElement(By.id("attended-2")).click();
		desk.settling(10).until((b) -> b.findElements(By.id("booking-2")).isEmpty());
		assertThat(attendedOnTheCard(browser)).isEqualTo("yes (2 attended)");

		// Session 3 is booked for the day after tomorrow; ending the episode today asks
		// first, listing it, and cancels it with the ending.
		browser.findElement(By.xpath("//summary[normalize-space()='Book a session']")).click();
		typeTime(browser, "09:15");
		browser.findElement(By.id("book-session")).click();
		desk.settling(10).until((b) -> !b.findElements(By.id("booking-3")).isEmpty());
		browser.findElement(By.xpath("//summary[normalize-space()='Episode, pseudonym and attendance']")).click();
		browser.findElement(By.id("end-episode")).click();
		WebElement toCome = desk.settling(10)
			.until((b) -> b.findElements(By.id("bookings-to-come")).stream().findFirst().orElse(null));
		assertThat(toCome.getText()).contains("Session 3", "09:15");
		Accessibility.assertNoSeriousViolations(browser);
		browser.findElement(By.id("confirm-end-episode")).click();
		desk.settling(10).until((b) -> !b.findElements(By.id("start-episode-form")).isEmpty());
		assertThat(browser.findElements(By.id("booking-3"))).isEmpty();
		assertThat(this.caseload.sessions(therapist, client.id()).get(2).attendance()).isEqualTo(Attendance.CANCELLED);
	}

	private static String attendedOnTheCard(WebDriver browser) {
		return browser
			.findElement(By
				.xpath("//table[@id='nhstt']//tr[th[starts-with(normalize-space()," + "'finished a course')]]/td"))
			.getText();
	}

	/**
	 * Sets the time input as a person would choose it; typing into it depends on the
	 * locale.
	 */
	private static void typeTime(WebDriver browser, String time) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
				browser.findElement(By.id("booking-time")), time);
	}

}
