package org.alliance.measure;

import java.time.LocalDate;
import java.util.Map;
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
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium: the therapist revokes a personal link on the client page
 * where it was issued, and the client, on a phone, reads in Spanish that the link is no
 * longer valid and whom to ask; a form opened before its session was cancelled and sent
 * after is refused and says so. Each page is checked with axe-core and at 360 px.
 */
@Tag("browser")
class LinksThatEndBrowserTests extends ServerOnH2 {

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
	void theTherapistRevokesALinkAndTheClientReadsInSpanishThatItIsNoLongerValid() {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = clientWithSessionToday(therapist, clinic).getKey();
		this.desk.signIn(clinic.therapist().email()).open("/clients/" + client.id());
		this.desk.browser().findElement(By.id("link-before-1")).click();
		String link = this.desk.browser().findElement(By.id("client-link-url")).getAttribute("href");
		this.desk.awaitText(By.id("links-in-use"), "Personal links in use");
		assertThat(this.desk.browser().findElement(By.id("link-in-use-1")).getText()).contains("1 (" + LocalDate.now(),
				"PHQ-9", "GAD-7");
		assertThat(this.desk.browser().findElement(By.id("revoke-link-1")).getAccessibleName())
			.isEqualTo("Revoke the personal link for session 1");
		Accessibility.assertNoSeriousViolations(this.desk.browser());

		this.desk.browser().findElement(By.id("revoke-link-1")).click();
		this.desk.awaitText(By.id("link-revoked"), "is revoked");
		assertThat(this.desk.browser().findElements(By.id("links-in-use"))).isEmpty();
		Accessibility.assertNoSeriousViolations(this.desk.browser());

		this.phone.open(link + "?lang=es").awaitHeading("Este enlace ya no es válido");
		assertThat(this.phone.browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		assertThat(this.phone.browser().findElement(By.id("contact")).getText())
			.contains("pida un enlace nuevo a " + clinicName(clinic));
		assertThat(this.phone.browser().findElement(By.id("crisis")).getText()).contains("Si necesita ayuda ahora");
		assertThat(this.phone.browser().findElements(By.id("measure-form"))).isEmpty();
		Accessibility.assertNoSeriousViolations(this.phone.browser());
		assertThat(widestAt(360)).isLessThanOrEqualTo(360);
	}

	@Test
	void aFormOpenedBeforeItsSessionWasCancelledIsRefusedWhenSentAndNothingIsStored() {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Map.Entry<Client, CareSession> booked = clientWithSessionToday(therapist, clinic);
		String link = this.links.issueOfKind(therapist, booked.getValue().id(), "symptom").path();
		this.phone.open(link + "?lang=es").awaitHeading("PHQ-9");

		this.caseload.changeAttendance(therapist, booked.getValue().id(), Attendance.CANCELLED);
		this.phone.answerEvery(3, "submit-measure");

		this.phone.awaitText(By.id("not-saved"), "Sus respuestas no se han guardado.");
		this.phone.awaitHeading("Este enlace ya no es válido");
		Accessibility.assertNoSeriousViolations(this.phone.browser());
		assertThat(widestAt(360)).isLessThanOrEqualTo(360);
		assertThat(this.jdbc.queryForObject("select count(*) from response where client_id = ?", Integer.class,
				booked.getKey().id()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from signal where client_id = ?", Integer.class,
				booked.getKey().id()))
			.isZero();
	}

	private Map.Entry<Client, CareSession> clientWithSessionToday(CurrentUser therapist, TestClinic clinic) {
		Client client = this.caseload.admit(therapist, "Gone-" + UUID.randomUUID().toString().substring(0, 6),
				clinic.therapist().email(), LocalDate.now().minusWeeks(2));
		CareSession session = this.caseload.recordSession(therapist, client.id(), 1, LocalDate.now(),
				Attendance.ATTENDED);
		return Map.entry(client, session);
	}

	private String clinicName(TestClinic clinic) {
		return this.jdbc.queryForObject("select name from clinic where id = ?", String.class, clinic.id());
	}

	/**
	 * The page's width when the phone's screen is the given number of CSS pixels wide.
	 */
	private long widestAt(int width) {
		ChromeDriver chrome = (ChromeDriver) this.phone.browser();
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", Browser.PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
		try {
			return (Long) chrome.executeScript("return document.documentElement.scrollWidth;");
		}
		finally {
			chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", Browser.PHONE_WIDTH,
					"height", Browser.PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
		}
	}

}
