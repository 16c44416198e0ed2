package org.alliance.web;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.alliance.measure.Responses;
import org.alliance.measure.Submission;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff pages a clinician reads on a phone when told of a risk answer (sign-in, the
 * inbox, the signal, the client and the brief) in Chromium's emulation of a 390 CSS pixel
 * wide phone: nothing scrolls sideways (the page is no wider than the screen), tables
 * scroll inside their own box, and each chart keeps a height a person can read.
 */
@Tag("browser")
class PhoneWidthBrowserTests extends ServerOnH2 {

	/** A chart lower than this reads as a strip on a phone. */
	private static final int USABLE_CHART_HEIGHT = 160;

	/**
	 * The elements that stick out to the right of the screen, for the failure message.
	 */
	private static final String STICKING_OUT = """
			const width = document.documentElement.clientWidth;
			return [...document.querySelectorAll('body *')]
			    .filter((e) => e.getBoundingClientRect().right > width + 0.5)
			    .filter((e) => !e.closest('.scroll-x'))
			    .slice(0, 12)
			    .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
			        + ' ' + Math.round(e.getBoundingClientRect().right));""";

	@Autowired
	Caseload caseload;

	@Autowired
	Responses responses;

	@Test
	void theSignInInboxSignalClientAndBriefPagesFitAPhoneWithChartsOfAUsableHeight() throws Exception {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "Phone-" + UUID.randomUUID().toString().substring(0, 6),
				clinic.therapist().email(), LocalDate.now().minusWeeks(6));
		List<UUID> sessions = new ArrayList<>();
		for (int number = 1; number <= 5; number++) {
			UUID session = this.caseload
				.recordSession(therapist, client.id(), number, LocalDate.now().minusWeeks(5 - number),
						Attendance.ATTENDED)
				.id();
			sessions.add(session);
			submit(therapist, session, "phq9", 9, 2, (number == 5) ? 1 : 0);
			submit(therapist, session, "gad7", 7, 2, null);
			submit(therapist, session, "alliance-check", 7, (number < 5) ? 4 : 2, null);
		}
		UUID risk = this.jdbc.queryForObject("select id from signal where client_id = ? and kind = 'risk'", UUID.class,
				client.id());

		BrowserSteps phone = new BrowserSteps(Browser.phone(), this.port);
		phone.browser().manage().deleteAllCookies();
		phone.open("/login");
		assertFits(phone.browser(), 0);
		phone.signIn(clinic.therapist().email());
		for (String page : List.of("/inbox", "/signals/" + risk)) {
			phone.open(page);
			assertFits(phone.browser(), 0);
			Accessibility.assertNoSeriousViolations(phone.browser());
		}
		phone.open("/clients/" + client.id());
		phone.settling(10).until((browser) -> !browser.findElements(By.cssSelector("canvas")).isEmpty());
		assertFits(phone.browser(), 2);
		Accessibility.assertNoSeriousViolations(phone.browser());
		phone.open("/clients/" + client.id() + "/brief");
		assertFits(phone.browser(), 3);
		Accessibility.assertNoSeriousViolations(phone.browser());
	}

	/**
	 * Nothing wider than the screen, and at least {@code charts} charts, each drawn at a
	 * usable height.
	 */
	private static void assertFits(WebDriver browser, int charts) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		long width = (Long) js.executeScript("return document.documentElement.scrollWidth;");
		assertThat(width)
			.as("scroll width of %s; sticking out: %s", browser.getCurrentUrl(), js.executeScript(STICKING_OUT))
			.isLessThanOrEqualTo(Browser.PHONE_WIDTH);
		if (charts > 0) {
			BrowserSteps.settling(browser, 10)
				.until((b) -> (Long) js.executeScript(
						"return [...document.querySelectorAll('canvas')].filter((c) => c.clientHeight > 0).length;") >= charts);
			@SuppressWarnings("unchecked")
			List<Long> heights = (List<Long>) js
				.executeScript("return [...document.querySelectorAll('canvas')].map((c) => c.clientHeight);");
			assertThat(heights).as("chart heights on %s", browser.getCurrentUrl())
				.hasSizeGreaterThanOrEqualTo(charts)
				.allSatisfy((height) -> assertThat(height).isGreaterThanOrEqualTo(USABLE_CHART_HEIGHT));
		}
	}

	/** The client's answers to the measure: every item at the value, item 9 as given. */
	private void submit(CurrentUser therapist, UUID session, String instrument, int items, int value,
			Integer itemNine) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (int item = 1; item <= items; item++) {
			answers.put(String.valueOf(item), new Answer.Choice((item == 9 && itemNine != null) ? itemNine : value));
		}
		this.responses.submit(therapist, session, new Submission(instrument, "client", answers),
				UUID.randomUUID().toString());
	}

}
