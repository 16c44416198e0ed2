package org.alliance.outreach;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.alliance.Accessibility;
import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.MailServer;
import org.alliance.PageSession;
import org.alliance.ServerWithMail;
import org.alliance.TestClinic;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.ClientContacts;
import org.alliance.care.SessionBookings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures sent by email, as the client and the therapist meet them: the email of a
 * booked session arrives in the client's language with a link and nothing clinical, the
 * link opens the form on a phone, one reminder follows after two days with the same link,
 * the link stops after four days, the alliance check goes when a session ends, and the
 * therapist's list of measures not yet answered sends again.
 */
@Tag("browser")
class MeasuresByEmailBrowserTests extends ServerWithMail {

	/** What no client email may hold: names of measures, scores, the product's words. */
	static final List<String> CLINICAL = List.of("PHQ", "GAD", "Alliance check", "alliance check", "score", "depress",
			"anxiety", "ansiedad", "depresi", "risk", "riesgo");

	@Autowired
	Caseload caseload;

	@Autowired
	ClientContacts contacts;

	@Autowired
	SendSchedule schedule;

	@Autowired
	SessionBookings bookings;

	private OutreachFixtures fixtures;

	private BrowserSteps phone;

	@BeforeEach
	void kit() throws Exception {
		this.fixtures = new OutreachFixtures(this.caseload, this.contacts, this.bookings);
		this.phone = new BrowserSteps(Browser.phone(), this.port);
	}

	@Test
	void aBookedSessionsMeasuresArriveInTheClientsLanguageAndTheLinkOpensTheFormOnAPhone() throws Exception {
		TestClinic clinic = newClinic();
		String email = OutreachFixtures.address("lucia");
		Client client = this.fixtures.client(clinic, "Lucia", email, "es");
		// Booked 30 hours ahead: within the 48 hours, so the next sweep sends it.
		this.fixtures.book(clinic, client, 1, this.clock.instant().plus(Duration.ofHours(30)), 50);
		this.schedule.sweep();

		MimeMessage message = MailServer.awaitMessages(email, 1).get(0);
		assertThat(message.getSubject()).startsWith("Su cuestionario de Clinic ");
		String text = MailServer.part(message, "text/plain");
		String html = MailServer.part(message, "text/html");
		assertThat(text).contains("antes de su próxima sesión", "Abrir su cuestionario");
		assertThat(html).contains("lang=\"es\"");
		for (String word : CLINICAL) {
			assertThat(text).doesNotContainIgnoringCase(word);
			assertThat(html).doesNotContainIgnoringCase(word);
		}
		assertThat(text).doesNotContain(client.pseudonym());
		org.alliance.EmailHtml.assertAccessible(html);

		this.phone.open(MailServer.link(message, base() + "/r/"));
		this.phone.awaitHeading("PHQ-9");
		assertThat(this.phone.browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		this.phone.answerEvery(0, "submit-measure");
		this.phone.awaitHeading("GAD-7");
		this.phone.answerEvery(0, "submit-measure");
		this.phone.awaitText(By.id("done"), "¡Gracias!");

		// Sent once: a second sweep (or a second server's) sends nothing more.
		this.schedule.sweep();
		this.clock.advance(Duration.ofHours(3));
		this.schedule.sweep();
		assertThat(this.jdbc.queryForObject("select count(*) from measure_send where client_id = ?", Integer.class,
				client.id()))
			.isEqualTo(1);
	}

	@Test
	void anUnansweredLinkIsRemindedOnceAfterTwoDaysWithTheSameLinkAndStopsAfterFourDays() throws Exception {
		TestClinic clinic = newClinic();
		String email = OutreachFixtures.address("sam");
		Client client = this.fixtures.client(clinic, "Sam", email, "en");
		// Booked three days ahead: sent 48 hours before.
		this.fixtures.book(clinic, client, 1, this.clock.instant().plus(Duration.ofHours(72)), 50);
		this.schedule.sweep();
		assertThat(this.jdbc.queryForObject("select count(*) from measure_send where client_id = ?", Integer.class,
				client.id()))
			.as("not yet 48 hours before")
			.isZero();
		this.clock.advance(Duration.ofHours(24));
		this.schedule.sweep();
		MimeMessage first = MailServer.awaitMessages(email, 1).get(0);
		assertThat(first.getSubject()).startsWith("Your questionnaire from ");
		String link = MailServer.link(first, base() + "/r/");

		this.clock.advance(Duration.ofHours(47));
		this.schedule.sweep();
		assertThat(remindedAt(client)).as("47 hours after the email").isEqualTo(0);
		this.clock.advance(Duration.ofHours(2));
		this.schedule.sweep();
		// The session ended meanwhile: its alliance check went too, in an email of its
		// own.
		MimeMessage reminder = MailServer.awaitSubjects(email, "Reminder: your questionnaire from ", 1).get(0);
		assertThat(MailServer.link(reminder, base() + "/r/")).isEqualTo(link);
		this.clock.advance(Duration.ofHours(20));
		this.schedule.sweep();
		assertThat(remindedAt(client)).as("one reminder only").isEqualTo(1);

		// 69 hours after the email the link still works; after 96 it does not.
		this.phone.open(link);
		this.phone.awaitHeading("PHQ-9");
		this.clock.advance(Duration.ofHours(28));
		this.schedule.sweep();
		assertThat(PageSession.anonymous(this.port).get(path(link)).status()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from measure_send where client_id = ? and link_sealed is not null", Integer.class,
				client.id()))
			.as("the sealed link is forgotten")
			.isZero();

		// The therapist's list shows it expired, and sends it again with a new link.
		BrowserSteps desk = new BrowserSteps(Browser.desk(), this.port).withClock(this.clock);
		desk.signIn(clinic.therapist().email()).open("/measures/not-answered");
		desk.awaitHeading("Measures not yet answered");
		String line = desk.browser().findElement(By.cssSelector("[id^='line-'][id$='-symptom']")).getText();
		assertThat(line).contains(client.pseudonym(), "PHQ-9", "GAD-7", "expired", "(email)");
		Accessibility.assertNoSeriousViolations(desk.browser());
		desk.browser().findElement(By.cssSelector("[id^='send-again-'][id$='-symptom']")).click();
		desk.awaitText(By.id("sent-to"), "Sent again to s***@example.org");
		MimeMessage again = MailServer.awaitSubjects(email, "Your questionnaire from ", 3).get(2);
		String newLink = MailServer.link(again, base() + "/r/");
		assertThat(newLink).isNotEqualTo(link);
		this.phone.open(newLink);
		this.phone.awaitHeading("PHQ-9");
	}

	@Test
	void theAllianceCheckIsEmailedWhenTheSessionEnds() throws Exception {
		TestClinic clinic = newClinic();
		String email = OutreachFixtures.address("kai");
		Client client = this.fixtures.client(clinic, "Kai", email, "en");
		this.fixtures.book(clinic, client, 1, this.clock.instant().plus(Duration.ofMinutes(10)), 50);
		this.schedule.sweep();
		MimeMessage before = MailServer.awaitMessages(email, 1).get(0);
		assertThat(MailServer.part(before, "text/plain")).contains("before your next session");
		this.clock.advance(Duration.ofMinutes(59));
		this.schedule.sweep();
		assertThat(MailServer.to(email)).as("the session has not ended yet").hasSize(1);
		this.clock.advance(Duration.ofMinutes(2));
		this.schedule.sweep();
		MimeMessage after = MailServer.awaitMessages(email, 2).get(1);
		assertThat(MailServer.part(after, "text/plain")).contains("about your last session");
		this.phone.open(MailServer.link(after, base() + "/r/"));
		this.phone.awaitHeading("Alliance check");
	}

	private int remindedAt(Client client) {
		return this.jdbc.queryForObject(
				"select count(*) from measure_send where client_id = ? and reminded_at is not null", Integer.class,
				client.id());
	}

	private String path(String link) {
		return link.substring(base().length());
	}

}
