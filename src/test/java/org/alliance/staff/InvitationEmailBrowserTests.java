package org.alliance.staff;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.alliance.Accessibility;
import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.EmailHtml;
import org.alliance.MailServer;
import org.alliance.ServerWithMail;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a mail server configured, an admin's invitation goes to the invitee by email and
 * is not shown on the page; the invitee follows the email's link in the browser, sets a
 * password and signs in. A reset goes the same way.
 */
@Tag("browser")
class InvitationEmailBrowserTests extends ServerWithMail {

	@Test
	void theInvitationEmailsLinkSetsAPasswordAndTheInviteeSignsIn() throws Exception {
		TestClinic clinic = newClinic();
		String email = "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@clinic.test";
		BrowserSteps desk = new BrowserSteps(Browser.desk(), this.port).withClock(this.clock);
		desk.signIn(clinic.admin().email()).open("/admin/users");
		desk.browser().findElement(By.id("email")).sendKeys(email);
		desk.browser().findElement(By.id("displayName")).sendKeys("Tess Tran " + email.substring(8, 16));
		new Select(desk.browser().findElement(By.id("role"))).selectByValue("therapist");
		desk.browser().findElement(By.id("invite")).click();
		desk.awaitText(By.id("invitation-emailed"), "The one-time link was emailed to " + email);
		assertThat(desk.count(By.id("invitation-link"))).as("the link is not shown when it was emailed").isZero();
		Accessibility.assertNoSeriousViolations(desk.browser());

		MimeMessage message = MailServer.awaitMessages(email, 1).get(0);
		assertThat(message.getSubject()).startsWith("You are invited to Clinic ");
		EmailHtml.assertAccessible(MailServer.part(message, "text/html"));
		String link = MailServer.link(message, base() + "/invitations/");

		desk.browser().manage().deleteAllCookies();
		desk.open(link);
		desk.browser().findElement(By.id("displayName")).clear();
		desk.browser().findElement(By.id("displayName")).sendKeys("Tess " + email.substring(8, 16));
		desk.browser().findElement(By.id("password")).sendKeys("lantern otter meadow");
		desk.browser().findElement(By.id("accept")).click();
		desk.settling(10).until((driver) -> driver.getCurrentUrl().contains("/login"));
		desk.signIn(email, "lantern otter meadow");
		assertThat(desk.browser().getCurrentUrl()).contains("/clients");
	}

	@Test
	void aResetGoesByEmailAndTheAPISaysSoWithoutTheLink() throws Exception {
		TestClinic clinic = newClinic();
		org.alliance.ApiClient api = new org.alliance.ApiClient(this.port);
		var reply = api.post("/api/v1/users/" + clinic.otherTherapist().account().id() + "/reset",
				clinic.admin().token(), "{}", "reset-" + UUID.randomUUID());
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.json().get("emailed").asBoolean()).isTrue();
		assertThat(reply.json().get("invitation").isNull()).isTrue();
		MimeMessage message = MailServer.awaitMessages(clinic.otherTherapist().email(), 1).get(0);
		assertThat(message.getSubject()).startsWith("Choose a new password for Clinic ");
		assertThat(MailServer.link(message, base() + "/invitations/")).matches(".*/invitations/[A-Za-z0-9_-]{43}");
	}

}
