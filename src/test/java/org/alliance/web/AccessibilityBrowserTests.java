package org.alliance.web;

import java.time.LocalDate;
import java.util.UUID;

import org.alliance.Accessibility;
import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.command.DemoClinic;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * axe-core finds no serious or critical violation on any page of the product (issue #8,
 * point 7): every staff page as the demo clinic's therapist, supervisor and admin see it,
 * and every page a client sees on a phone, in English and Spanish. Collapsed sections are
 * opened first, and refused forms are checked with their messages showing. The error
 * pages are checked in {@link ErrorPagesBrowserTests}, the pages of the daily loop also
 * in {@link DailyLoopBrowserTests}.
 */
@Tag("browser")
class AccessibilityBrowserTests extends ServerOnH2 {

	@Autowired
	ApplicationContext context;

	@Autowired
	Caseload caseload;

	private BrowserSteps desk;

	private BrowserSteps phone;

	@BeforeEach
	void browsers() throws Exception {
		this.desk = new BrowserSteps(Browser.desk(), this.port);
		this.phone = new BrowserSteps(Browser.phone(), this.port);
	}

	@Test
	void theCheckFailsOnAControlWithoutALabel() {
		this.desk.browser().manage().deleteAllCookies();
		this.desk.open("/login");
		script("document.querySelector('form').insertAdjacentHTML('beforeend', '<input id=\"unlabelled\">')");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> Accessibility.assertNoSeriousViolations(this.desk.browser()))
			.withMessageContaining("label (critical)")
			.withMessageContaining("#unlabelled");
	}

	@Test
	void theSignInPageAndItsRefusal() {
		this.desk.browser().manage().deleteAllCookies();
		check("/login");
		check("/login?error");
		check("/login?logout");
	}

	@Test
	void everyPageOfTheTherapist() throws Exception {
		DemoTour tour = DemoTour.of(this.context);
		this.desk.signIn(tour.therapist().email(), DemoClinic.PASSWORD);
		check("/clients");
		String client = "/clients/" + tour.client().id();
		check(client);
		check(client + "/brief");
		check("/sessions/" + tour.lastSession().id() + "/rate/own");
		check("/sessions/" + tour.lastSession().id() + "/rate/prediction");
		// Issue #10: the private reflection pages and the paper forms entered on the
		// client's behalf.
		check("/sessions/" + tour.lastSession().id() + "/reflections");
		check("/reflections");
		for (String measure : new String[] { "phq9", "gad7", "alliance-check" }) {
			check("/sessions/" + tour.lastSession().id() + "/paper/" + measure);
		}
		tour.discharged().ifPresent((discharged) -> check("/clients/" + discharged.id() + "/brief"));
		check("/inbox");
		for (String kind : new String[] { "risk", "rupture", "perception-gap" }) {
			tour.signal(kind).ifPresent((signal) -> check("/signals/" + signal.id()));
		}
		assertThat(tour.signals()).as("the demo therapist's inbox").isNotEmpty();
	}

	@Test
	void formsComeBackWithTheirMessagesReadable() throws Exception {
		DemoTour tour = DemoTour.of(this.context);
		this.desk.signIn(tour.therapist().email(), DemoClinic.PASSWORD);
		this.desk.open("/clients");
		openCollapsedSections();
		withoutBrowserChecks();
		this.desk.browser().findElement(By.id("admit")).click();
		this.desk.awaitText(By.id("error-pseudonym"), "");
		checkHere();
		this.desk.open("/clients/" + tour.client().id());
		openCollapsedSections();
		withoutBrowserChecks();
		this.desk.browser().findElement(By.id("session-number")).clear();
		this.desk.browser().findElement(By.id("record-session")).click();
		this.desk.awaitText(By.id("error-number"), "");
		checkHere();
		// A session the therapist has not rated yet: a rated one shows its rating, no
		// form.
		java.util.UUID unrated = this.context.getBean(org.alliance.care.Caseload.class)
			.recordSession(tour.therapist().asCurrentUser(), tour.client().id(), tour.lastSession().number() + 1,
					java.time.LocalDate.now(), org.alliance.care.Attendance.ATTENDED)
			.id();
		this.desk.open("/sessions/" + unrated + "/rate/own");
		withoutBrowserChecks();
		this.desk.browser().findElement(By.id("submit-rating")).click();
		this.desk.awaitText(By.id("error-item-1"), "");
		checkHere();
	}

	@Test
	void everyPageOfTheSupervisorAndTheAdmin() throws Exception {
		DemoTour tour = DemoTour.of(this.context);
		this.desk.signIn(tour.clinic().supervisor().email(), DemoClinic.PASSWORD);
		check("/clients");
		check("/clients/" + tour.client().id());
		check("/clients/" + tour.client().id() + "/brief");
		check("/inbox");
		check("/signals/" + tour.signals().get(0).id());
		this.desk.signIn(tour.clinic().admin().email(), DemoClinic.PASSWORD);
		check("/admin/instruments");
		// An admin account reads no clinical record: its pages are the clinic's people,
		// their account events and its own account (each with the demo clinic's banner).
		check("/admin/users");
		check("/admin/audit");
		check("/account");
		check("/account/password");
	}

	@Test
	void everyPageOfTheClientOnThePhoneInEnglishAndSpanish() {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "Ash-" + UUID.randomUUID().toString().substring(0, 6),
				clinic.therapist().email(), LocalDate.now().minusWeeks(1));
		this.caseload.recordSession(therapist, client.id(), 1, LocalDate.now(), Attendance.ATTENDED);
		this.desk.signIn(clinic.therapist().email());
		this.desk.open("/clients/" + client.id());
		this.desk.browser().findElement(By.id("link-1")).click();
		this.desk.awaitText(By.id("client-link"), "Personal link for session 1");
		checkHere();
		String link = this.desk.browser().findElement(By.id("client-link-url")).getAttribute("href");
		for (String language : new String[] { "es", "en" }) {
			onPhone(link + "?lang=" + language);
		}
		withoutBrowserChecks(this.phone);
		this.phone.browser().findElement(By.id("submit-measure")).click();
		this.phone.awaitText(By.cssSelector(".field-error"), "Please answer this question.");
		onPhoneHere();
		this.phone.answerEvery(1, "submit-measure").awaitHeading("GAD-7");
		assertThat(this.phone.browser().findElements(By.id("crisis"))).hasSize(1);
		onPhoneHere();
		this.phone.answerEvery(1, "submit-measure").awaitHeading("Alliance check");
		onPhoneHere();
		this.phone.open(link + "?lang=es");
		onPhoneHere();
		this.phone.answerEvery(4, "submit-measure").awaitText(By.id("done"), "¡Gracias!");
		onPhoneHere();
		onPhone(link + "?lang=en");
		assertThat(this.phone.browser().findElement(By.id("done")).getText()).contains("Thank you");

		// The error pages a client can meet are checked in ErrorPagesBrowserTests.
	}

	private void check(String path) {
		this.desk.open(path);
		checkHere();
	}

	private void checkHere() {
		assertThat(this.desk.count(By.id("error-page"))).as("an error page at %s", this.desk.browser().getCurrentUrl())
			.isZero();
		openCollapsedSections();
		Accessibility.assertNoSeriousViolations(this.desk.browser());
	}

	private void onPhone(String path) {
		this.phone.open(path);
		onPhoneHere();
	}

	private void onPhoneHere() {
		assertThat(this.phone.count(By.id("error-page")))
			.as("an error page at %s", this.phone.browser().getCurrentUrl())
			.isZero();
		Accessibility.assertNoSeriousViolations(this.phone.browser());
	}

	/** Opens every collapsed section, so that the forms in them are checked too. */
	private void openCollapsedSections() {
		script("document.querySelectorAll('details').forEach((d) => d.open = true)");
	}

	/**
	 * Lets a form be sent empty, as a browser without form validation would, to see the
	 * server's messages beside the fields.
	 */
	private void withoutBrowserChecks() {
		withoutBrowserChecks(this.desk);
	}

	private static void withoutBrowserChecks(BrowserSteps steps) {
		((JavascriptExecutor) steps.browser())
			.executeScript("document.querySelectorAll('[required]').forEach((e) => e.removeAttribute('required'));"
					+ "document.querySelectorAll('form').forEach((f) => f.noValidate = true)");
	}

	private Object script(String javascript) {
		return ((JavascriptExecutor) this.desk.browser()).executeScript(javascript);
	}

}
