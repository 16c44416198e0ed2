package org.alliance.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.alliance.instrument.Answer;
import org.alliance.measure.ClientLinks;
import org.alliance.measure.Responses;
import org.alliance.measure.Submission;
import org.alliance.safety.SafetySettings;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The clinic's daily loop in real headless Chromium, a therapist at a desk and a client
 * on a phone (issue #8's quality bars a, b and d; bar c, the perception gap from the
 * brief, is walked in {@link ClientJourneyBrowserTests}). Every page the loop passes is
 * also checked with axe-core.
 */
@Tag("browser")
class DailyLoopBrowserTests extends ServerOnH2 {

	/** Issue #8: the rupture is in the therapist's inbox within 2 s of the answer. */
	private static final Duration INBOX_WITHIN = Duration.ofSeconds(2);

	private BrowserSteps desk;

	private BrowserSteps phone;

	@Autowired
	Caseload caseload;

	@Autowired
	Responses responses;

	@Autowired
	ClientLinks links;

	@Autowired
	SafetySettings safety;

	@BeforeEach
	void browsers() throws Exception {
		this.desk = new BrowserSteps(Browser.desk(), this.port);
		this.phone = new BrowserSteps(Browser.phone(), this.port);
	}

	/**
	 * Three sessions rated 4 on every item, then 2 on the phone: a fall of 2 points per
	 * item from a flat run, which both rupture rules flag (worked by hand in
	 * AllianceApiTests).
	 */
	@Test
	void aLowRatingOnThePhoneAfterThreeHighOnesIsInTheTherapistsInboxWithinTwoSeconds() throws Exception {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = admit(therapist, clinic, "Rae");
		List<UUID> sessions = sessions(therapist, client, 4);
		for (int i = 0; i < 3; i++) {
			rate(therapist, sessions.get(i), 4);
		}

		this.desk.signIn(clinic.therapist().email()).open("/clients/" + client.id());
		this.desk.browser().findElement(By.id("link-after-4")).click();
		String link = this.desk.browser().findElement(By.id("client-link-url")).getAttribute("href");
		this.desk.open("/inbox");
		assertThat(this.desk.shows("Alliance fell sharply")).isFalse();

		this.phone.open(link);
		this.phone.awaitHeading("Alliance check");
		Accessibility.assertNoSeriousViolations(this.phone.browser());
		this.phone.browser().findElement(By.name("item-8")).sendKeys("Less homework talk, more about my sister");
		this.phone.answerEvery(2, "submit-measure");
		this.phone.awaitText(By.id("done"), "Thank you");
		Instant answered = Instant.now();
		Accessibility.assertNoSeriousViolations(this.phone.browser());

		String rupture = "Alliance fell sharply at session 4";
		while (!this.desk.open("/inbox").shows(rupture)) {
			if (Duration.between(answered, Instant.now()).compareTo(INBOX_WITHIN) > 0) {
				fail("No rupture signal in the inbox " + INBOX_WITHIN.toMillis() + " ms after the client's answer");
			}
			Thread.sleep(100);
		}
		WebElement line = this.desk.browser().findElement(By.partialLinkText(rupture));
		assertThat(line.findElement(By.xpath("ancestor::section")).getText()).contains(client.pseudonym());
		Accessibility.assertNoSeriousViolations(this.desk.browser());
	}

	/**
	 * PHQ-9 item 9, "thoughts that you would be better off dead, or of hurting yourself",
	 * answered "several days" (1 of 3), every other item "not at all": a total of 1, far
	 * below any cut-off, and still a risk answer (Kroenke, Spitzer & Williams 2001; the
	 * issue's safety rule: any answer above 0).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aRiskAnswerOnThePhoneTopsTheInboxAndTheClientReadsTheCrisisTextInTheirLanguage(String language)
			throws Exception {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client atRisk = admit(therapist, clinic, "Noa");
		UUID session = sessions(therapist, atRisk, 1).get(0);
		String link = this.links.issueOfKind(therapist, session, "symptom").path();

		this.phone.open(link + "?lang=" + language);
		this.phone.awaitHeading("PHQ-9");
		assertThat(this.phone.browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
		for (int item = 1; item <= 9; item++) {
			String value = (item == 9) ? "1" : "0";
			this.phone.browser()
				.findElement(By.cssSelector("input[name='item-" + item + "'][value='" + value + "']"))
				.click();
		}
		this.phone.browser().findElement(By.id("submit-measure")).click();
		this.phone.awaitHeading("GAD-7");
		String help = language.equals("es") ? "Si necesita ayuda ahora" : "If you need help now";
		assertThat(this.phone.browser().findElement(By.id("crisis")).getText()).contains(help,
				this.safety.crisisText(language));
		Accessibility.assertNoSeriousViolations(this.phone.browser());
		this.phone.answerEvery(0, "submit-measure");
		this.phone.awaitText(By.id("done"), language.equals("es") ? "¡Gracias!" : "Thank you");
		assertThat(this.phone.browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
		assertThat(this.phone.browser().findElement(By.id("crisis")).getText()).contains(help,
				this.safety.crisisText(language));
		Accessibility.assertNoSeriousViolations(this.phone.browser());

		// A rupture of another client arrives later; the risk answer still comes first.
		Client rupturing = admit(therapist, clinic, "Lou");
		List<UUID> later = sessions(therapist, rupturing, 4);
		for (int i = 0; i < 4; i++) {
			rate(therapist, later.get(i), (i < 3) ? 4 : 2);
		}
		this.desk.signIn(clinic.therapist().email());
		awaitInInbox("Alliance fell sharply at session 4");
		List<WebElement> clients = this.desk.browser().findElements(By.cssSelector("section.client-signals"));
		assertThat(clients).hasSizeGreaterThanOrEqualTo(2);
		assertThat(clients.get(0).findElement(By.tagName("h2")).getText()).contains(atRisk.pseudonym());
		assertThat(firstLine(clients.get(0))).contains("Risk at session 1", "several days");
		Accessibility.assertNoSeriousViolations(this.desk.browser());

		this.desk.signIn(clinic.supervisor().email());
		this.desk.open("/inbox");
		WebElement first = this.desk.browser().findElement(By.cssSelector("section.client-signals"));
		assertThat(first.findElement(By.tagName("h2")).getText()).contains(atRisk.pseudonym());
		assertThat(firstLine(first)).contains("Risk at session 1");
		Accessibility.assertNoSeriousViolations(this.desk.browser());
	}

	@Test
	void aSignalIsResolvedOnlyWithARecordedStepOrAReason() throws Exception {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = admit(therapist, clinic, "Kai");
		List<UUID> sessions = sessions(therapist, client, 4);
		for (int i = 0; i < 4; i++) {
			rate(therapist, sessions.get(i), (i < 3) ? 4 : 2);
		}
		this.desk.signIn(clinic.therapist().email());
		awaitInInbox("Alliance fell sharply at session 4");
		this.desk.browser().findElement(By.partialLinkText("Alliance fell sharply at session 4")).click();
		this.desk.browser().findElement(By.id("acknowledge")).click();
		this.desk.awaitText(By.id("signal-status"), "acknowledged");

		this.desk.browser().findElement(By.id("outcome")).sendKeys("Talked it through");
		this.desk.browser().findElement(By.id("resolve")).click();
		this.desk.awaitText(By.id("error-reason"), "Record at least one step taken, or give a reason");
		assertThat(this.desk.browser().findElement(By.id("signal-status")).getText()).isEqualTo("acknowledged");
		assertThat(this.desk.browser().findElement(By.id("outcome")).getAttribute("value"))
			.isEqualTo("Talked it through");
		assertThat(this.desk.browser().findElement(By.id("reason")).getAttribute("aria-describedby"))
			.isEqualTo("error-reason");
		Accessibility.assertNoSeriousViolations(this.desk.browser());

		new Select(this.desk.browser().findElement(By.id("reason"))).selectByValue("false-alarm");
		this.desk.browser().findElement(By.id("resolve")).click();
		this.desk.awaitText(By.id("signal-status"), "resolved");
		assertThat(this.desk.count(By.id("error-reason"))).isZero();
		Accessibility.assertNoSeriousViolations(this.desk.browser());
	}

	private static String firstLine(WebElement client) {
		return client.findElement(By.cssSelector("li.inbox-line")).getText();
	}

	private void awaitInInbox(String words) {
		this.desk.settling(15).until((browser) -> this.desk.open("/inbox").shows(words));
	}

	private Client admit(CurrentUser therapist, TestClinic clinic, String name) {
		return this.caseload.admit(therapist, name + "-" + UUID.randomUUID().toString().substring(0, 6),
				clinic.therapist().email(), LocalDate.now().minusWeeks(6));
	}

	private List<UUID> sessions(CurrentUser therapist, Client client, int count) {
		return java.util.stream.IntStream.rangeClosed(1, count)
			.mapToObj((number) -> this.caseload
				.recordSession(therapist, client.id(), number, LocalDate.now().minusWeeks(count - number),
						Attendance.ATTENDED)
				.id())
			.toList();
	}

	/** The client's alliance check with every rated item at the value. */
	private void rate(CurrentUser therapist, UUID session, int value) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (int item = 1; item <= 7; item++) {
			answers.put(String.valueOf(item), new Answer.Choice(value));
		}
		this.responses.submit(therapist, session, new Submission("alliance-check", "client", answers),
				UUID.randomUUID().toString());
	}

}
