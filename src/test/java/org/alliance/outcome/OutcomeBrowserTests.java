package org.alliance.outcome;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.instrument.Answer;
import org.alliance.measure.Responses;
import org.alliance.measure.Submission;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

/**
 * A therapist in headless Chromium reads a client's outcome where they look: the client
 * page, the session brief and the inbox. The clinic has 100 finished episodes
 * ({@link EtrClinic}) and its expected treatment response is fitted, so the clinic's own
 * model judges: the client's PHQ-9 went 20, 19, 20, 21 over four weekly sessions, above
 * the upper bound for an intake of 20 at session 4 (lme4: 19.4960053794493, expected
 * 15.3182476678963), not on track. Reliable change by the NHS Talking Therapies points,
 * by hand: PHQ-9 +1 unchanged (RC 1 / (6 / 1.96) = +0.33); GAD-7 12 → 7, a drop of 5 ≥ 4
 * from a case (8 or more) to below 8, recovered (RC −5 / (4 / 1.96) = −2.45).
 */
@Tag("browser")
class OutcomeBrowserTests extends ServerOnH2 {

	private static WebDriver browser;

	@Autowired
	Caseload caseload;

	@Autowired
	Responses responses;

	@Autowired
	ExpectedResponse expected;

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

	@Test
	void aTherapistSeesTheVerdictWithItsMethodOnTheClientPageTheBriefAndTheInbox() throws Exception {
		TestClinic clinic = newClinic();
		EtrClinic.enterFinishedEpisodes(clinic, this.caseload, this.responses);
		this.expected.refit(clinic.id()).orElseThrow();
		Client client = offTrack(clinic);

		signIn(clinic.therapist().email());
		browser.get(url("/clients/" + client.id()));
		assertThat(browser.findElement(By.id("on-track-headline")).getText()).isEqualTo("Not on track");
		assertThat(browser.findElement(By.id("on-track-flag")).getText()).isEqualTo("red");
		assertThat(browser.findElement(By.id("on-track-method")).getText())
			.isEqualTo("by the clinic's expected treatment response");
		assertThat(browser.findElement(By.id("on-track-reason")).getText())
			.startsWith("Not on track: the score 21 at session 4 against an expected 15.3, upper bound 19.5");
		assertThat(browser.findElement(By.id("change-PHQ-9")).getText()).startsWith("PHQ-9 20 → 21 +1 +0.33 unchanged");
		assertThat(browser.findElement(By.id("change-GAD-7")).getText()).startsWith("GAD-7 12 → 7 −5 −2.45 recovered");
		assertThat(browser.findElement(By.id("nhstt-provisional")).getText()).startsWith("Provisional");
		assertThat(browser.findElement(By.id("dropout-risk-reason")).getText()).isIn(
				"No dropout risk shown: the dropout model has not been fitted yet.",
				"No dropout risk shown: not enough finished episodes (0 dropouts, need 60).");
		// The chart draws the client's PHQ-9 against the expected score and its band.
		assertThat(script("return Chart.getChart(document.getElementById('outcome-chart')).data.datasets"
				+ ".map((d) => d.label)"))
			.isEqualTo(List.of("PHQ-9", "Expected", "Band, lower", "Band, upper (above: not on track)"));
		Object upper = script(
				"return Chart.getChart(document.getElementById('outcome-chart')).data.datasets[3].data[3]");
		assertThat(((Number) upper).doubleValue()).isCloseTo(19.4960053794493, withPercentage(1e-2));

		browser.findElement(By.id("brief-link")).click();
		settling().until(ExpectedConditions.urlContains("/brief"));
		assertThat(browser.findElement(By.id("outcome-heading")).getText()).isEqualTo("Outcome so far");
		assertThat(browser.findElement(By.id("on-track-headline")).getText()).isEqualTo("Not on track");
		assertThat(browser.findElement(By.id("on-track-method")).getText())
			.isEqualTo("by the clinic's expected treatment response");
		assertThat(browser.findElement(By.id("brief-changes")).getText()).isEqualTo(
				"Reliable change, first to last score: PHQ-9 20 → 21 unchanged (RC +0.33); GAD-7 12 → 7 recovered (RC −2.45).");
		assertThat(script("return Chart.getChart(document.getElementById('outcome-chart')).data.datasets.length"))
			.isEqualTo(4L);

		String line = "PHQ-9 21 at session 4 is above the expected range for an intake of 20: expected 15.3, at most 19.5 "
				+ "(by the clinic's expected treatment response)";
		settling().until((driver) -> {
			driver.get(url("/inbox?kind=not-on-track"));
			return driver.findElements(By.cssSelector("#client-" + client.id() + " li.inbox-line a.signal-link"))
				.stream()
				.anyMatch((a) -> a.getText().equals(line));
		});
		assertThat(new Select(browser.findElement(By.id("kind"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("not-on-track");
		browser.findElement(By.linkText(line)).click();
		settling().until(ExpectedConditions.textToBePresentInElementLocated(By.id("signal-summary"), line));
		// Read afresh: the episode's verdict today.
		assertThat(browser.findElement(By.id("rupture-result")).getText())
			.startsWith("now still not on track, by the clinic's expected treatment response: Not on track: "
					+ "the score 21 at session 4");
		browser.findElement(By.id("acknowledge")).click();
		settling().until(ExpectedConditions.textToBePresentInElementLocated(By.id("signal-status"), "acknowledged"));
		new Select(browser.findElement(By.id("step"))).selectByValue("checked-alliance");
		browser.findElement(By.id("note")).sendKeys("Asked how our work feels; agreed to focus on sleep first.");
		browser.findElement(By.id("record-step")).click();
		settling().until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions"),
				"Checked the alliance with the client"));
	}

	/**
	 * PHQ-9 20, 19, 20, 21 and GAD-7 12 (session 1) and 7 (session 4) over four weekly
	 * sessions up to today, the episode open.
	 */
	private Client offTrack(TestClinic clinic) {
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		LocalDate start = LocalDate.now().minusWeeks(3);
		Client client = this.caseload.admit(therapist, "Off Track " + clinic.id().toString().substring(0, 8),
				clinic.therapist().email(), start);
		int[] phq9 = { 20, 19, 20, 21 };
		for (int i = 0; i < phq9.length; i++) {
			CareSession session = this.caseload.recordSession(therapist, client.id(), i + 1, start.plusWeeks(i),
					Attendance.ATTENDED);
			this.responses.submit(therapist, session.id(), new Submission("phq9", "client", EtrClinic.phq9(phq9[i])),
					null);
			if (i == 0) {
				this.responses.submit(therapist, session.id(),
						new Submission("gad7", "client", gad7(2, 2, 2, 2, 2, 1, 1)), null);
			}
			if (i == 3) {
				this.responses.submit(therapist, session.id(),
						new Submission("gad7", "client", gad7(1, 1, 1, 1, 1, 1, 1)), null);
			}
		}
		return client;
	}

	private static Map<String, Answer> gad7(int... items) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (int item = 1; item <= items.length; item++) {
			answers.put(String.valueOf(item), new Answer.Choice(items[item - 1]));
		}
		return answers;
	}

	private static Object script(String javascript) {
		return ((JavascriptExecutor) browser).executeScript(javascript);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WebDriverWait settling() {
		return BrowserSteps.settling(browser, 15);
	}

	private void signIn(String email) {
		new BrowserSteps(browser, this.port).signIn(email);
	}

}
