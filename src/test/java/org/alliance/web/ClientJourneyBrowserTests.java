package org.alliance.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.alliance.Accessibility;
import org.alliance.ApiClient;
import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.instrument.Answer;
import org.alliance.measure.Responses;
import org.alliance.measure.StoredResponse;
import org.alliance.measure.Submission;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A therapist signs in, opens a client and hands out a personal link; the client answers
 * the due measures on it; the therapist sees the scores. In real headless Chromium, over
 * a real port.
 */
@Tag("browser")
class ClientJourneyBrowserTests extends ServerOnH2 {

	private static WebDriver browser;

	@Autowired
	Caseload caseload;

	@Autowired
	Responses responses;

	@BeforeAll
	static void openBrowser() throws Exception {
		// The shared desk browser collects what the pages' policy blocks in
		// window.cspViolations.
		browser = Browser.desk();
	}

	@Test
	void therapistHandsOutALinkAndTheClientAnswersOnIt() {
		TestClinic clinic = newClinic();
		String pseudonym = "Robin-" + UUID.randomUUID().toString().substring(0, 6);
		Client client = this.caseload.admit(clinic.therapist().account().asCurrentUser(), pseudonym,
				clinic.therapist().email(), LocalDate.now());
		this.caseload.recordSession(clinic.therapist().account().asCurrentUser(), client.id(), 1, LocalDate.now(),
				Attendance.ATTENDED);

		signIn(clinic.therapist().email());
		browser.findElement(By.linkText(pseudonym)).click();
		assertThat(browser.findElement(By.id("client-name")).getText()).isEqualTo(pseudonym);
		browser.findElement(By.id("link-1")).click();
		String link = browser.findElement(By.id("client-link-url")).getAttribute("href");

		browser.manage().deleteAllCookies();
		browser.get(link);
		answerAll(2);
		awaitHeading("GAD-7");
		answerAll(3);
		awaitHeading("Alliance");
		browser.findElement(By.name("item-8")).sendKeys("More time for the homework plan");
		answerAll(4);
		assertThat(browser.findElement(By.id("done")).getText()).contains("Thank you");

		signIn(clinic.therapist().email());
		browser.findElement(By.linkText(pseudonym)).click();
		String row = browser.findElement(By.cssSelector("#sessions tbody tr")).getText();
		// PHQ-9 manual: nine items at 2 = 18, "moderately severe" (15-19); GAD-7: seven
		// at 3 = 21,
		// "severe"; alliance-check total: six items at 4 = 24.
		assertThat(row).contains("18").containsIgnoringCase("moderately severe").contains("21").contains("24");
		assertThat(row).contains("More time for the homework plan");
	}

	@Test
	void theAdminSeesTheInstrumentsAndATherapistDoesNot() {
		TestClinic clinic = newClinic();
		signIn(clinic.admin().email());
		browser.get("http://localhost:" + this.port + "/admin/instruments");
		assertThat(browser.findElement(By.cssSelector("#instrument-phq9 .status")).getText()).isEqualTo("available");
		assertThat(browser.findElement(By.cssSelector("#instrument-wai-sr .status")).getText())
			.isEqualTo("needs licensed text");
		assertThat(browser.findElement(By.id("instrument-alliance-check")).getText())
			.contains("not a validated instrument");

		signIn(clinic.therapist().email());
		browser.get("http://localhost:" + this.port + "/admin/instruments");
		assertThat(browser.findElements(By.id("instruments"))).isEmpty();
	}

	@Test
	void theTherapistOpensARuptureSignalFromTheInboxAndRecordsARepairStep() throws Exception {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		String pseudonym = "Sam-" + UUID.randomUUID().toString().substring(0, 6);
		Client client = this.caseload.admit(therapist, pseudonym, clinic.therapist().email(), LocalDate.now());
		int[] ratings = { 4, 4, 4, 4, 2 };
		for (int number = 1; number <= ratings.length; number++) {
			UUID session = this.caseload
				.recordSession(therapist, client.id(), number, LocalDate.now(), Attendance.ATTENDED)
				.id();
			Map<String, Answer> answers = new LinkedHashMap<>();
			for (int item = 1; item <= 7; item++) {
				answers.put(String.valueOf(item), new Answer.Choice(ratings[number - 1]));
			}
			this.responses.submit(therapist, session, new Submission("alliance-check", "client", answers),
					UUID.randomUUID().toString());
		}

		signIn(clinic.therapist().email());
		browser.get("http://localhost:" + this.port + "/inbox");
		settling(15).until((driver) -> {
			driver.navigate().refresh();
			return !driver.findElements(By.partialLinkText("Alliance fell sharply at session 5")).isEmpty();
		});
		browser.findElement(By.partialLinkText("Alliance fell sharply at session 5")).click();
		assertThat(browser.findElement(By.id("signal-status")).getText()).isEqualTo("open");
		assertThat(browser.findElement(By.cssSelector("dl.evidence")).getText()).contains("total");
		// No rating after session 5 yet: the two-session repair window is still open.
		assertThat(browser.findElement(By.id("rupture-result")).getText()).startsWith("pending");
		assertThat(browser.findElements(By.id("evidence-chart"))).hasSize(1);
		assertThat(script("return Chart.getChart(document.getElementById('evidence-chart')).data.labels.length"))
			.isEqualTo(5L);
		assertThat(script("return window.cspViolations")).asList().isEmpty();
		browser.findElement(By.id("acknowledge")).click();
		awaitText(By.id("signal-status"), "acknowledged");
		new Select(browser.findElement(By.id("step"))).selectByValue("acknowledge-and-validate");
		browser.findElement(By.id("note")).sendKeys("Named the frustration with the homework; no blame");
		browser.findElement(By.id("record-step")).click();
		awaitText(By.id("signal-status"), "action-recorded");
		assertThat(browser.findElement(By.id("actions")).getText())
			.contains("Acknowledge the Rupture and Validate the Struggle")
			.contains("Named the frustration with the homework; no blame");
	}

	@Test
	void theChartsAreDrawnUnderAPolicyThatRunsNoInlineScript() {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		String pseudonym = "Kim-" + UUID.randomUUID().toString().substring(0, 6);
		Client client = this.caseload.admit(therapist, pseudonym, clinic.therapist().email(), LocalDate.now());
		for (int number = 1; number <= 3; number++) {
			UUID session = this.caseload
				.recordSession(therapist, client.id(), number, LocalDate.now(), Attendance.ATTENDED)
				.id();
			this.responses.submit(therapist, session, new Submission("phq9", "client", answers(9, 2)),
					UUID.randomUUID().toString());
			this.responses.submit(therapist, session, new Submission("alliance-check", "client", answers(7, 4)),
					UUID.randomUUID().toString());
		}

		signIn(clinic.therapist().email());
		browser.get("http://localhost:" + this.port + "/clients/" + client.id());
		assertThat(script("return Chart.getChart(document.getElementById('symptom-scores')).data.labels.length"))
			.isEqualTo(3L);
		// Symptoms and the alliance on charts of their own: no line reads against the
		// other's axis.
		assertThat(script("return Chart.getChart(document.getElementById('symptom-scores')).data.datasets"
				+ ".map(d => d.label).join('|')"))
			.isEqualTo("PHQ-9 (0–27)|GAD-7 (0–21)|Signal: risk or not on track");
		assertThat(script("return Chart.getChart(document.getElementById('alliance-scores')).data.datasets"
				+ ".map(d => d.label).join('|')"))
			.isEqualTo("Alliance, client (6–30)|Alliance, therapist (6–30)|Signal: rupture or perception gap");
		assertThat(script("return window.cspViolations")).asList().isEmpty();
		// The policy is enforced: a script written into the page does not run.
		assertThat(script("""
				const inline = document.createElement('script');
				inline.textContent = 'window.inlineRan = true';
				document.body.appendChild(inline);
				return window.inlineRan === true;""")).isEqualTo(false);
		assertThat(script("return window.cspViolations")).asList().hasSize(1);

		browser.get("http://localhost:" + this.port + "/clients/" + client.id() + "/brief");
		for (String scale : new String[] { "bond", "task", "goal", "total" }) {
			assertThat(
					script("return Chart.getChart(document.getElementById('chart-" + scale + "')).data.labels.length"))
				.as(scale)
				.isEqualTo(3L);
		}
		assertThat(browser.findElement(By.id("print")).getTagName()).isEqualTo("button");
		assertThat(script("return window.cspViolations")).asList().isEmpty();

		browser.get("http://localhost:" + this.port + "/swagger-ui/index.html");
		settling(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
		assertThat(script("return window.cspViolations")).asList().isEmpty();
	}

	/**
	 * The therapist rates the session and predicts the client's rating from the brief;
	 * the perception gap is there at once. The client rated every item 3; the prediction,
	 * every item 5: a gap of 5 - 3 = 2 points per item on the total (prediction minus
	 * client).
	 */
	@Test
	void theTherapistRatesTheSessionAndPredictsTheClientsRatingFromTheBrief() {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		String pseudonym = "Gap-" + UUID.randomUUID().toString().substring(0, 6);
		Client client = this.caseload.admit(therapist, pseudonym, clinic.therapist().email(), LocalDate.now());
		UUID session = this.caseload.recordSession(therapist, client.id(), 1, LocalDate.now(), Attendance.ATTENDED)
			.id();
		this.responses.submit(therapist, session, new Submission("alliance-check", "client", answers(7, 3)),
				"client-" + session);

		signIn(clinic.therapist().email());
		browser.get("http://localhost:" + this.port + "/clients/" + client.id() + "/brief");
		browser.findElement(By.id("rate-own")).click();
		awaitHeading("Your rating of session 1");
		browser.findElement(By.id("submit-rating")).click();
		// Nothing chosen: the form comes back rather than storing a partial rating.
		assertThat(browser.findElements(By.cssSelector("input[type=radio]:invalid"))).isNotEmpty();
		answerRating(4);
		awaitText(By.tagName("h1"), "brief for session");
		browser.findElement(By.id("rate-prediction")).click();
		awaitHeading("Your prediction");
		Accessibility.assertNoSeriousViolations(browser);
		answerRating(5);
		awaitText(By.tagName("h1"), "brief for session");
		// On the brief at once: the client's 3 beside the prediction's 5, per item.
		assertThat(script("return Chart.getChart(document.getElementById('chart-total')).data.datasets"
				+ ".map(d => d.label + ' ' + d.data.join(',')).join('|')"))
			.asString()
			.contains("Client 3", "Your prediction 5");
		Accessibility.assertNoSeriousViolations(browser);

		JsonNode gaps = new ApiClient(this.port)
			.get("/api/v1/clients/" + client.id() + "/alliance", clinic.therapist().token())
			.json()
			.get("gaps");
		JsonNode total = null;
		for (JsonNode gap : gaps) {
			if (gap.get("scale").asString().equals("total")) {
				total = gap.get("sessions").get(0);
			}
		}
		assertThat(total).isNotNull();
		assertThat(total.get("predicted").asDouble()).isEqualTo(5.0);
		assertThat(total.get("rated").asDouble()).isEqualTo(3.0);
		assertThat(total.get("gap").asDouble()).isEqualTo(2.0);
		assertThat(this.responses.ofClient(therapist, client.id())).extracting(StoredResponse::instrument)
			.containsExactlyInAnyOrder("alliance-check", "alliance-check-t", "alliance-check-p");
	}

	private void answerRating(int value) {
		browser.findElements(By.cssSelector("input[type=radio][value='" + value + "']")).forEach((radio) -> {
			if (!radio.isSelected()) {
				radio.click();
			}
		});
		browser.findElement(By.id("submit-rating")).click();
	}

	private static Object script(String javascript) {
		return ((JavascriptExecutor) browser).executeScript(javascript);
	}

	private static Map<String, Answer> answers(int items, int value) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (int item = 1; item <= items; item++) {
			answers.put(String.valueOf(item), new Answer.Choice(value));
		}
		return answers;
	}

	/**
	 * A wait that polls through page changes: while a form's answer page loads, an
	 * element read a moment earlier can leave the document, which Chromium reports as a
	 * plain WebDriverException.
	 */
	private static WebDriverWait settling(int seconds) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
		wait.ignoring(WebDriverException.class);
		return wait;
	}

	private static void awaitText(By locator, String text) {
		settling(10).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	private static void awaitHeading(String text) {
		settling(10).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), text));
	}

	private void answerAll(int value) {
		browser.findElements(By.cssSelector("input[type=radio][value='" + value + "']")).forEach((radio) -> {
			if (!radio.isSelected()) {
				radio.click();
			}
		});
		browser.findElement(By.id("submit-measure")).click();
	}

	private void signIn(String email) {
		new BrowserSteps(browser, this.port).signIn(email);
	}

}
