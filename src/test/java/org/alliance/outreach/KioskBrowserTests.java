package org.alliance.outreach;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.alliance.Accessibility;
import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.PageSession;
import org.alliance.ServerWithMail;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waiting room's tablet: the therapist gives a kiosk code from the client's page, the
 * client types it at {@code /kiosk} on a 360-pixel-wide screen and answers the same form
 * as the link; a used, unknown or expired code is refused in English and Spanish, and
 * guessing waits as sign-in does.
 */
@Tag("browser")
class KioskBrowserTests extends ServerWithMail {

	@Autowired
	Caseload caseload;

	@Autowired
	KioskCodes codes;

	/** Each test a day later: earlier tests' failed codes are forgotten. */
	@BeforeEach
	void aDayLater() {
		this.clock.advance(Duration.ofDays(1));
	}

	@Test
	void aCodeGivenAtTheDeskOpensTheFormOnASmallTabletOnceInTheClientsLanguage() throws Exception {
		TestClinic clinic = newClinic();
		Client client = clientWithSession(clinic);
		BrowserSteps desk = new BrowserSteps(Browser.desk(), this.port).withClock(this.clock);
		desk.signIn(clinic.therapist().email()).open("/clients/" + client.id());
		desk.browser().findElement(By.id("kiosk-1")).click();
		String code = desk.browser().findElement(By.id("kiosk-code-value")).getText();
		assertThat(code).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
		Accessibility.assertNoSeriousViolations(desk.browser());

		ChromeDriver tablet = Browser.start();
		try {
			tablet.manage().window().setSize(new Dimension(360, 740));
			BrowserSteps kiosk = new BrowserSteps(tablet, this.port);
			kiosk.open("/kiosk?lang=es");
			kiosk.awaitHeading("Su cuestionario");
			Accessibility.assertNoSeriousViolations(tablet);
			// Typed as people type it: lower case, with a space for the dash.
			tablet.findElement(By.id("kiosk-code")).sendKeys(code.toLowerCase().replace('-', ' '));
			tablet.findElement(By.id("kiosk-open")).click();
			kiosk.awaitHeading("PHQ-9");
			assertThat(tablet.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
			assertThat(((Number) tablet.executeScript("return document.documentElement.scrollWidth")).intValue())
				.as("no sideways scrolling at 360 px")
				.isLessThanOrEqualTo(360);
			kiosk.answerEvery(0, "submit-measure");
			kiosk.awaitHeading("GAD-7");
			kiosk.answerEvery(0, "submit-measure");
			kiosk.awaitHeading("Chequeo de la alianza");

			// The code worked once.
			kiosk.open("/kiosk?lang=es");
			tablet.findElement(By.id("kiosk-code")).sendKeys(code);
			tablet.findElement(By.id("kiosk-open")).click();
			kiosk.awaitText(By.id("error-code"), "Este código no funciona");
			Accessibility.assertNoSeriousViolations(tablet);
			kiosk.open("/kiosk?lang=en");
			tablet.findElement(By.id("kiosk-code")).sendKeys(code);
			tablet.findElement(By.id("kiosk-open")).click();
			kiosk.awaitText(By.id("error-code"), "This code does not work");
		}
		finally {
			tablet.quit();
		}
	}

	@Test
	void aCodeStopsWithItsLink() {
		TestClinic clinic = newClinic();
		Client client = clientWithSession(clinic);
		UUID session = this.caseload.sessions(clinic.therapist().account().asCurrentUser(), client.id()).get(0).id();
		String code = this.codes.issue(clinic.therapist().account().asCurrentUser(), session).code();
		this.clock.advance(Duration.ofHours(96).plusSeconds(1));
		PageSession tablet = PageSession.anonymous(this.port);
		PageSession.Page refused = tablet.post("/kiosk", Map.of("code", code, "lang", "en"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("This code does not work");
	}

	@Test
	void guessingCodesWaitsAsSignInDoes() {
		PageSession tablet = PageSession.anonymous(this.port);
		// Every test's tablet is 127.0.0.1: a right code first forgets the wrong ones
		// other tests typed, so that the count starts here.
		TestClinic clinic = newClinic();
		Client client = clientWithSession(clinic);
		UUID session = this.caseload.sessions(clinic.therapist().account().asCurrentUser(), client.id()).get(0).id();
		String right = this.codes.issue(clinic.therapist().account().asCurrentUser(), session).code();
		assertThat(tablet.post("/kiosk", Map.of("code", right, "lang", "en")).status()).isLessThan(400);
		for (int i = 0; i < 5; i++) {
			assertThat(tablet.post("/kiosk", Map.of("code", "AAAA-AAA" + (char) ('A' + i))).status()).isEqualTo(422);
		}
		PageSession.Page waits = tablet.post("/kiosk", Map.of("code", "AAAA-AAAZ", "lang", "es"));
		assertThat(waits.status()).isEqualTo(429);
		assertThat(waits.body()).contains("Demasiados intentos. Espere 30 segundos");
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(tablet.post("/kiosk", Map.of("code", "AAAA-AAAZ")).status()).isEqualTo(422);
	}

	private Client clientWithSession(TestClinic clinic) {
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "Kio-" + UUID.randomUUID().toString().substring(0, 6),
				therapist.email(), LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).minusDays(14));
		this.caseload.recordSession(therapist, client.id(), 1,
				LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC), Attendance.ATTENDED);
		return client;
	}

}
