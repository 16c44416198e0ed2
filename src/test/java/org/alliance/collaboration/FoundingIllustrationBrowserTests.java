package org.alliance.collaboration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
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
import org.alliance.measure.ClientLinks;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The founding text's illustration end to end in real headless Chromium, a therapist at a
 * desk and the client (Sarah) on a phone: a 120-minute task with its rationale, reported
 * not done on the phone twice, the task-rupture signal in the inbox, a 15-minute task
 * renegotiated from the signal's page, ticked done on the phone. The client's portal is
 * checked with axe-core in English and Spanish, at 360 px, and for requests to any other
 * host.
 */
@Tag("browser")
class FoundingIllustrationBrowserTests extends ServerOnH2 {

	@Autowired
	Caseload caseload;

	@Autowired
	ClientLinks links;

	@Autowired
	Goals goals;

	private BrowserSteps desk;

	private BrowserSteps phone;

	@BeforeEach
	void browsers() throws Exception {
		this.desk = new BrowserSteps(Browser.desk(), this.port);
		this.phone = new BrowserSteps(Browser.phone(), this.port);
	}

	@Test
	void sarahsUndoneTasksBecomeATaskRuptureRepairedByASmallerTaskSheTicksDone() throws Exception {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client sarah = this.caseload.admit(therapist, "Sarah-" + UUID.randomUUID().toString().substring(0, 6),
				clinic.therapist().email(), LocalDate.now().minusWeeks(5));
		List<UUID> sessions = new java.util.ArrayList<>();
		for (int number = 1; number <= 4; number++) {
			sessions.add(
					this.caseload
						.recordSession(therapist, sarah.id(), number, LocalDate.now().minusWeeks(4 - number),
								Attendance.ATTENDED)
						.id());
		}
		this.goals.write(therapist, sarah.id(),
				new GoalDraft("Move my career forward without the panic",
						Map.of("-2", "Not looking at the project at all", "-1", "Opening it, closing it again", "0",
								"A short, planned step on it most weeks", "1", "Steady work on it every week", "2",
								"Sent the first part to my manager"),
						1, "client", 1));
		String clientPage = "/clients/" + sarah.id();
		this.desk.signIn(clinic.therapist().email());

		// A task set at a session not booked yet comes back with the message beside it.
		sendTaskForm(clientPage, "Spend two hours straight on the project", 9, 10);
		this.desk.awaitText(By.id("error-setSession"), "no session 9 yet");
		Accessibility.assertNoSeriousViolations(this.desk.browser());
		setTaskOnClientPage(clientPage, "Spend two hours straight on the project", 1, 2);
		reportOnPhone(therapist, sessions.get(1), "not-done", "en");
		setTaskOnClientPage(clientPage, "Spend two hours straight on the project again", 2, 3);
		reportOnPhone(therapist, sessions.get(2), "not-done", "es");

		String rupture = "Agreed tasks not done at sessions 2 and 3";
		this.desk.settling(10).until((browser) -> this.desk.open("/inbox").shows(rupture));
		Accessibility.assertNoSeriousViolations(this.desk.browser());
		this.desk.browser().findElement(By.partialLinkText(rupture)).click();
		this.desk.awaitText(By.id("renegotiation-heading"), "Renegotiate a much smaller task");
		assertThat(this.desk.browser().findElement(By.tagName("main")).getText()).contains("120 minutes, 120 minutes",
				"agreed, agreed", "e.g. 30 minutes", "no smaller task agreed yet");
		Accessibility.assertNoSeriousViolations(this.desk.browser());
		type("renegotiation-description", "Spend 15 minutes organising files");
		type("renegotiation-rationale", "Small enough to start despite the fear of failing; the career goal stays");
		type("renegotiation-minutes", "120");
		type("renegotiation-set-session", "3");
		type("renegotiation-due-session", "4");
		this.desk.browser().findElement(By.id("renegotiate")).click();
		// Not smaller: the form comes back with the message beside the minutes.
		this.desk.awaitText(By.id("error-minutes"), "smaller than the one it replaces (120 minutes)");
		assertThat(this.desk.browser().findElement(By.id("renegotiation-minutes")).getAttribute("aria-describedby"))
			.isEqualTo("error-minutes");
		Accessibility.assertNoSeriousViolations(this.desk.browser());
		type("renegotiation-minutes", "15");
		type("renegotiation-set-session", "3");
		type("renegotiation-due-session", "4");
		this.desk.browser().findElement(By.id("renegotiate")).click();
		this.desk.awaitText(By.id("signal-status"), "action-recorded");
		assertThat(this.desk.browser().findElement(By.id("actions")).getText()).contains("Re-negotiate Goals and Tasks",
				"Spend 15 minutes organising files (15 minutes instead of 120)");

		String link = this.links.issueOfKind(therapist, sessions.get(3), "symptom").path();
		answerMeasures(link, "en");
		WebElement tick = task("Spend 15 minutes organising files");
		// Keyboard only: the space bar chooses, the return key sends.
		tick.findElement(By.cssSelector("input[value='done']")).sendKeys(Keys.SPACE);
		tick.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.RETURN);
		this.phone.awaitText(By.id("tasks"), "You said: done");
		assertThat(this.phone.browser().findElement(By.id("goals")).getText())
			.contains("“Move my career forward without the panic”", "What we expect: A short, planned step");
		Accessibility.assertNoSeriousViolations(this.phone.browser());
		picture((ChromeDriver) this.phone.browser(), "portal");

		this.desk.browser().navigate().refresh();
		this.desk.awaitText(By.id("rupture-result"), "done (session 4, by the client on the phone)");
	}

	@Test
	void thePortalReadsInSpanishProposesAgendaFitsA360PixelPhoneAndAsksNoOtherHost() throws Exception {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "Ana-" + UUID.randomUUID().toString().substring(0, 6),
				clinic.therapist().email(), LocalDate.now().minusWeeks(2));
		// Booked for today: topics are proposed before the session.
		UUID session = this.caseload.recordSession(therapist, client.id(), 1, LocalDate.now(), Attendance.ATTENDED)
			.id();
		String link = this.links.issueOfKind(therapist, session, "symptom").path();
		this.phone.open(link + "?lang=es");
		this.phone.awaitHeading("PHQ-9");
		assertThat(this.phone.browser().findElement(By.id("agenda")).getText()).contains("¿De qué le gustaría hablar");
		Accessibility.assertNoSeriousViolations(this.phone.browser());
		this.phone.browser().findElement(By.id("propose-agenda")).click();
		this.phone.awaitText(By.id("error-agenda-text"), "Escriba de qué le gustaría hablar");
		Accessibility.assertNoSeriousViolations(this.phone.browser());
		this.phone.browser().findElement(By.id("agenda-text")).sendKeys("Mi miedo a fracasar");
		this.phone.browser().findElement(By.id("propose-agenda")).click();
		this.phone.awaitText(By.id("proposed"), "Mi miedo a fracasar");
		assertThat(this.phone.browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		for (String language : List.of("es", "en")) {
			this.phone.open(link + "?lang=" + language);
			this.phone.awaitText(By.id("agenda"), language.equals("es") ? "sesión 1" : "session 1");
			Accessibility.assertNoSeriousViolations(this.phone.browser());
			assertThat(requestsToOtherHosts()).isEmpty();
			assertThat(widestAt(360)).isLessThanOrEqualTo(360);
		}
	}

	/**
	 * The README's picture of the client's portal on a phone, as this walk leaves it
	 * ({@code docs/screenshots/portal.png}).
	 */
	private static void picture(ChromeDriver chrome, String name) throws Exception {
		((JavascriptExecutor) chrome).executeScript("window.scrollTo(0, 0);");
		Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
		Map<?, ?> viewport = (Map<?, ?>) metrics.get("cssLayoutViewport");
		double width = ((Number) viewport.get("clientWidth")).doubleValue();
		double height = Math.min(((Number) content.get("height")).doubleValue(), 1400);
		Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		Path folder = Path.of("docs", "screenshots");
		Files.createDirectories(folder);
		byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
		Files.write(folder.resolve(name + ".png"), png);
		assertThat(png).hasSizeGreaterThan(10_000);
	}

	private void setTaskOnClientPage(String clientPage, String description, int set, int due) {
		sendTaskForm(clientPage, description, set, due);
		this.desk.awaitText(By.id("tasks"), description);
	}

	/** Fills the client page's task form as an agreed 120-minute task and sends it. */
	private void sendTaskForm(String clientPage, String description, int set, int due) {
		this.desk.open(clientPage);
		this.desk.browser().findElement(By.cssSelector("#task-details summary")).click();
		type("task-description", description);
		type("task-rationale", "Time blocks move the career goal forward; the anxiety fades once started");
		new Select(this.desk.browser().findElement(By.id("task-agreement"))).selectByValue("agreed");
		type("task-minutes", "120");
		type("task-set-session", String.valueOf(set));
		type("task-due-session", String.valueOf(due));
		this.desk.browser().findElement(By.id("set-task")).click();
	}

	/** Sarah answers the measures before the session and reports the open task. */
	private void reportOnPhone(CurrentUser therapist, UUID session, String status, String language) {
		String link = this.links.issueOfKind(therapist, session, "symptom").path();
		answerMeasures(link, language);
		List<WebElement> forms = this.phone.browser().findElements(By.cssSelector("form.portal-task"));
		WebElement open = forms.get(forms.size() - 1);
		open.findElement(By.cssSelector("input[value='" + status + "']")).click();
		open.findElement(By.cssSelector("button[type=submit]")).click();
		this.phone.awaitText(By.id("tasks"), language.equals("es") ? "Usted dijo: no hecha" : "You said: not done");
		Accessibility.assertNoSeriousViolations(this.phone.browser());
	}

	private void answerMeasures(String link, String language) {
		this.phone.open(link + "?lang=" + language);
		this.phone.awaitHeading("PHQ-9");
		this.phone.answerEvery(0, "submit-measure");
		this.phone.awaitHeading("GAD-7");
		this.phone.answerEvery(0, "submit-measure");
		this.phone.awaitText(By.id("done"), language.equals("es") ? "¡Gracias!" : "Thank you");
	}

	private WebElement task(String description) {
		return this.phone.browser()
			.findElements(By.cssSelector("form.portal-task"))
			.stream()
			.filter((form) -> form.getText().contains(description))
			.findFirst()
			.orElseThrow();
	}

	private void type(String id, String text) {
		WebElement field = this.desk.browser().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	@SuppressWarnings("unchecked")
	private List<String> requestsToOtherHosts() {
		List<String> urls = (List<String>) ((JavascriptExecutor) this.phone.browser())
			.executeScript("return performance.getEntriesByType('resource').map((e) => e.name);");
		return urls.stream().filter((url) -> !url.startsWith("http://localhost:" + this.port + "/")).toList();
	}

	/**
	 * The page's width when the phone's screen is the given number of CSS pixels wide.
	 */
	private long widestAt(int width) {
		ChromeDriver phone = (ChromeDriver) this.phone.browser();
		phone.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", Browser.PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
		try {
			return (Long) phone.executeScript("return document.documentElement.scrollWidth;");
		}
		finally {
			phone.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", Browser.PHONE_WIDTH, "height",
					Browser.PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
		}
	}

}
