package org.alliance.signal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.alliance.Accessibility;
import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.instrument.Answer;
import org.alliance.measure.Responses;
import org.alliance.measure.Submission;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk answer worked by the clinic's duty clinician, not the client's therapist: the
 * admin names a therapist duty clinician on the people page (at a desk), and the duty
 * clinician, on a phone, finds the signal in "Risk — all clients", reads how to reach the
 * client, acknowledges it and records the step with when the client was reached. In real
 * headless Chromium; every page axe-core clean and no wider than the phone.
 */
@Tag("browser")
class DutyCoverBrowserTests extends ServerOnH2 {

	private static final ZoneId CLINIC_ZONE = ZoneId.of("Europe/London");

	@Autowired
	Caseload caseload;

	@Autowired
	Responses responses;

	@Test
	void aDutyClinicianWorksAnotherTherapistsRiskSignalOnAPhoneAndRecordsWhenTheClientWasReached() throws Exception {
		TestClinic clinic = newClinic();
		this.jdbc.update("update clinic set crisis_phone = '+44 20 7946 0000' where id = ?", clinic.id());
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "Iris-" + UUID.randomUUID().toString().substring(0, 6),
				therapist.email(), LocalDate.now().minusWeeks(2));
		UUID session = this.caseload.recordSession(therapist, client.id(), 1, LocalDate.now(), Attendance.ATTENDED)
			.id();
		riskAnswer(therapist, session);
		UUID risk = this.jdbc.queryForObject("select id from signal where client_id = ? and kind = 'risk'", UUID.class,
				client.id());
		Instant raised = this.jdbc.queryForObject("select raised_at from signal where id = ?", Timestamp.class, risk)
			.toInstant();
		TestClinic.Person duty = clinic.otherTherapist();

		BrowserSteps desk = new BrowserSteps(Browser.desk(), this.port).signIn(clinic.admin().email());
		desk.open("/admin/users");
		desk.browser().findElement(By.id("duty-toggle-" + duty.account().id())).click();
		desk.awaitText(By.id("duty-" + duty.account().id()), "yes");
		Accessibility.assertNoSeriousViolations(desk.browser());
		desk.open("/admin/settings");
		assertThat(desk.browser().findElement(By.id("risk-acknowledge-hours")).getAttribute("value")).isEqualTo("4");
		Accessibility.assertNoSeriousViolations(desk.browser());

		BrowserSteps phone = new BrowserSteps(Browser.phone(), this.port).signIn(duty.email());
		phone.open("/inbox");
		assertThat(phone.browser().findElement(By.id("inbox-empty")).getText()).contains("Nothing to act on");
		phone.browser().findElement(By.id("view-risk")).click();
		phone.awaitHeading("Risk — all clients");
		WebElement line = phone.browser().findElement(By.cssSelector("li.kind-risk"));
		assertThat(line.findElement(By.xpath("ancestor::section")).getText()).contains(client.pseudonym());
		assertThat(line.getText()).contains(clinic.therapist().account().displayName());
		fitsThePhone(phone.browser());
		Accessibility.assertNoSeriousViolations(phone.browser());

		line.findElement(By.cssSelector("a.signal-link")).click();
		phone.awaitText(By.id("reach-therapist"), clinic.therapist().account().displayName());
		assertThat(phone.browser().findElement(By.id("reach-crisis")).getText()).isEqualTo("+44 20 7946 0000");
		// The pseudonym, not a way into the rest of the record.
		assertThat(phone.browser().findElement(By.id("signal-client")).getTagName()).isEqualTo("span");
		fitsThePhone(phone.browser());
		Accessibility.assertNoSeriousViolations(phone.browser());
		phone.browser().findElement(By.id("acknowledge")).click();
		phone.awaitText(By.id("signal-status"), "acknowledged");

		LocalDateTime reached = LocalDateTime.ofInstant(raised, CLINIC_ZONE).truncatedTo(ChronoUnit.MINUTES);
		phone.browser().findElement(By.id("note")).sendKeys("Phoned the client; safe, agreed to talk tomorrow.");
		phone.typeDateTime(phone.browser().findElement(By.id("contacted-at")), reached);
		assertThat(phone.browser().findElement(By.id("contacted-at")).getAttribute("value"))
			.isEqualTo(reached.toString());
		fitsThePhone(phone.browser());
		Accessibility.assertNoSeriousViolations(phone.browser());
		phone.browser().findElement(By.id("record-step")).click();
		phone.awaitText(By.id("signal-status"), "action-recorded");
		String done = phone.browser().findElement(By.id("actions")).getText();
		assertThat(done)
			.contains(duty.account().displayName(),
					"client reached " + reached.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
							+ " (Europe/London)")
			.doesNotContain(clinic.therapist().account().displayName() + ",");
		fitsThePhone(phone.browser());
		Accessibility.assertNoSeriousViolations(phone.browser());

		Map<String, Object> step = this.jdbc
			.queryForMap("select recorded_by, contacted_at, recorded_at from signal_action where signal_id = ?", risk);
		assertThat(step.get("RECORDED_BY")).isEqualTo(duty.email());
		assertThat(((java.time.OffsetDateTime) step.get("CONTACTED_AT")).toInstant())
			.isEqualTo(reached.atZone(CLINIC_ZONE).toInstant());
		assertThat(this.jdbc.queryForObject("select acknowledged_by from signal where id = ?", String.class, risk))
			.isEqualTo(duty.email());
	}

	private static void fitsThePhone(WebDriver browser) {
		BrowserSteps.settling(browser, 5).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
		long width = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth;");
		assertThat(width).as("scroll width of %s", browser.getCurrentUrl()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
	}

	private void riskAnswer(CurrentUser therapist, UUID session) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (int item = 1; item <= 9; item++) {
			answers.put(String.valueOf(item), new Answer.Choice((item == 9) ? 1 : 0));
		}
		this.responses.submit(therapist, session, new Submission("phq9", "client", answers),
				UUID.randomUUID().toString());
	}

}
