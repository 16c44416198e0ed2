package org.alliance.staff;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.alliance.Accessibility;
import org.alliance.ApiClient;
import org.alliance.AuthenticatorApp;
import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.ServerProcess;
import org.alliance.command.AllianceCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinic goes live in real headless Chromium, from an empty database: {@code setup} as
 * an operator would run it, {@code serve} in a process of its own, the admin signs in and
 * enrols an authenticator (the test reads the secret off the page and computes the codes,
 * RFC 6238), invites a therapist, the therapist sets a password by the invitation link
 * and signs in, the admin signs in again with a fresh code and disables them, and their
 * next page and API call are refused. Every new page on the way is checked with axe-core.
 * The subclasses walk it on each database Alliance runs on, naming it to every command
 * alike.
 */
@Tag("browser")
abstract class GoLiveJourney {

	private static final String ADMIN = "ana.ruiz@riverside.test";

	private static final String ADMIN_PASSWORD = "heron quartz ribbon";

	private static final String THERAPIST = "tess.tran@riverside.test";

	private static final String THERAPIST_PASSWORD = "copper fjord meadow";

	/** The server's clock: it runs on this machine, in another process. */
	private final Clock clock = Clock.systemUTC();

	private ServerProcess server;

	private BrowserSteps desk;

	private WebDriver browser;

	/** The code that confirmed the enrolment: used once, so never accepted again. */
	private String enrolmentCode;

	/**
	 * The options that name the empty database, given to {@code setup}, {@code serve},
	 * {@code user} and {@code token} alike.
	 */
	abstract List<String> database();

	/**
	 * Drops the database once the server has stopped; the embedded one stays in target.
	 */
	void dropDatabase() throws Exception {
	}

	@AfterEach
	void stopServerThenDropDatabase() throws Exception {
		if (this.server != null) {
			this.server.stop();
		}
		dropDatabase();
	}

	@Test
	void fromAnEmptyDatabaseToATherapistSignedInWithTheirOwnPasswordAndThenDisabled() throws Exception {
		Path passwordFile = Files.createTempFile("admin-password", ".txt");
		Files.writeString(passwordFile, ADMIN_PASSWORD + "\n");
		assertThat(output("setup", "--clinic", "Riverside Therapy", "--time-zone", "Europe/London", "--admin-email",
				ADMIN, "--admin-name", "Dr Ana Ruiz", "--admin-password-file", passwordFile.toString(),
				"--crisis-phone", "+44 20 7946 0000"))
			.contains("Created the clinic");
		int port = ServerProcess.freePort();
		List<String> serve = new ArrayList<>(List.of("serve", "--port", String.valueOf(port)));
		serve.addAll(database());
		this.server = ServerProcess.start(serve.toArray(String[]::new));
		this.server.awaitLine((line) -> line.startsWith("Alliance is serving"), 300);
		this.desk = new BrowserSteps(Browser.desk(), port);
		this.browser = this.desk.browser();

		AuthenticatorApp app = adminEnrolsTheSecondFactor();
		String link = adminInvitesTheTherapist();
		String token = therapistSetsAPasswordAndSignsIn(link);
		ApiClient api = new ApiClient(port);
		assertThat(api.get("/api/v1/clients", token).status()).isEqualTo(200);
		PageSession therapistElsewhere = PageSession.signIn(port, THERAPIST, THERAPIST_PASSWORD);
		assertThat(therapistElsewhere.get("/clients").status()).isEqualTo(200);

		adminSignsInWithAFreshCode(app);
		adminDisablesTheTherapist();
		assertThat(api.get("/api/v1/clients", token).status()).isEqualTo(401);
		Page refused = therapistElsewhere.get("/clients");
		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.location()).contains("/login");
		theDisabledTherapistCannotSignInNorUseTheLink(link);
	}

	/**
	 * The admin's password leads to the enrolment page before any other; the app reads
	 * the secret, its code confirms it, and the ten recovery codes are shown once.
	 */
	private AuthenticatorApp adminEnrolsTheSecondFactor() {
		typePassword(ADMIN, ADMIN_PASSWORD);
		this.desk.settling(10).until(ExpectedConditions.urlContains("/account/mfa"));
		assertThat(this.browser.findElement(By.id("must-enrol")).getText()).contains("needs a second factor");
		assertThat(this.browser.findElement(By.id("qr")).getAttribute("src")).startsWith("data:image/png;base64,");
		String secret = this.browser.findElement(By.id("secret")).getText();
		// 160 bits in Base32 (RFC 4648), the key length RFC 4226 section 4 recommends.
		assertThat(secret).matches("[A-Z2-7]{32}");
		Accessibility.assertNoSeriousViolations(this.browser);

		AuthenticatorApp app = AuthenticatorApp.enrol(ADMIN, secret);
		this.enrolmentCode = app.currentCode(this.clock);
		this.browser.findElement(By.id("code")).sendKeys(this.enrolmentCode);
		this.browser.findElement(By.id("confirm")).click();
		this.desk.settling(10).until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
		List<String> recoveryCodes = this.browser.findElements(By.cssSelector("#recovery-codes code"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
		Accessibility.assertNoSeriousViolations(this.browser);
		app.keep(recoveryCodes);
		this.browser.findElement(By.id("continue")).click();
		this.desk.settling(10).until(ExpectedConditions.urlContains("/admin/users"));
		return app;
	}

	/** The invitation from the people page, seen again from the command line. */
	private String adminInvitesTheTherapist() {
		this.desk.open("/admin/users").awaitHeading("People of the clinic");
		Accessibility.assertNoSeriousViolations(this.browser);
		this.browser.findElement(By.id("email")).sendKeys(THERAPIST);
		this.browser.findElement(By.id("displayName")).sendKeys("Tess Tran");
		new Select(this.browser.findElement(By.id("role"))).selectByValue("therapist");
		this.browser.findElement(By.id("invite")).click();
		String link = this.browser.findElement(By.id("invitation-link")).getText();
		assertThat(link).contains("/invitations/");
		Accessibility.assertNoSeriousViolations(this.browser);
		// On the embedded database the command runs inside the server, which holds the
		// database; on PostgreSQL it opens the database itself.
		assertThat(output("user", "list", ADMIN))
			.containsPattern("Tess Tran\\s+" + THERAPIST + "\\s+therapist\\s+invited")
			.containsPattern("Dr Ana Ruiz\\s+" + ADMIN + "\\s+admin\\s+active");
		this.desk.open("/admin/audit").awaitHeading("Account events");
		assertThat(this.browser.findElement(By.id("events")).getText()).contains("account invited", "Tess Tran",
				"Dr Ana Ruiz", "clinic created", "mfa enrolled");
		Accessibility.assertNoSeriousViolations(this.browser);
		this.desk.open("/account").awaitHeading("Your account");
		Accessibility.assertNoSeriousViolations(this.browser);
		this.desk.open("/account/password").awaitHeading("Change your password");
		Accessibility.assertNoSeriousViolations(this.browser);
		return link;
	}

	/**
	 * The invitation page refuses a short password beside its field, takes a good one,
	 * and the therapist signs in with it; returns an API token made for them on the
	 * command line.
	 */
	private String therapistSetsAPasswordAndSignsIn(String link) {
		this.browser.manage().deleteAllCookies();
		this.desk.open(invitationPath(link)).awaitHeading("Join Riverside Therapy");
		assertThat(this.browser.findElement(By.id("password")).getAttribute("autocomplete")).isEqualTo("new-password");
		Accessibility.assertNoSeriousViolations(this.browser);
		this.browser.findElement(By.id("password")).sendKeys("mauve kettl");
		this.browser.findElement(By.id("accept")).click();
		this.desk.awaitText(By.id("error-password"), "at least 12");
		Accessibility.assertNoSeriousViolations(this.browser);
		this.browser.findElement(By.id("password")).sendKeys(THERAPIST_PASSWORD);
		this.browser.findElement(By.id("accept")).click();
		this.desk.settling(10).until(ExpectedConditions.urlContains("/login?activated"));
		// The clinic asks no second factor of therapists unless it says so.
		typePassword(THERAPIST, THERAPIST_PASSWORD);
		this.desk.settling(10).until(ExpectedConditions.urlContains("/clients"));
		assertThat(this.browser.findElement(By.id("nav-account")).getText()).contains("Tess Tran");
		return output("token", "create", "--user", THERAPIST).strip();
	}

	/**
	 * A later sign-in asks for a code: the one used at enrolment is refused (RFC 6238
	 * section 5.2: a code is accepted once), a fresh one of the app gets in.
	 */
	private void adminSignsInWithAFreshCode(AuthenticatorApp app) {
		typePassword(ADMIN, ADMIN_PASSWORD);
		this.desk.settling(10).until(ExpectedConditions.urlContains("/login/second-factor"));
		Accessibility.assertNoSeriousViolations(this.browser);
		this.browser.findElement(By.id("code")).sendKeys(this.enrolmentCode);
		this.browser.findElement(By.id("verify")).click();
		// Used already while its step is still accepted, no longer right once it is not.
		this.desk.awaitText(By.id("error-code"), "That code");
		assertThat(this.browser.findElement(By.id("error-code")).getText())
			.matches("That code (was used already|is not right)\\..*");
		assertThat(this.browser.getCurrentUrl()).contains("/login/second-factor");
		Accessibility.assertNoSeriousViolations(this.browser);
		String fresh = app.nextCode(this.clock);
		assertThat(fresh).as("a code of the app, not a recovery code").matches("[0-9]{6}");
		this.browser.findElement(By.id("code")).sendKeys(fresh);
		this.browser.findElement(By.id("verify")).click();
		this.desk.settling(10).until(ExpectedConditions.urlContains("/admin/users"));
	}

	private void adminDisablesTheTherapist() {
		this.desk.open("/admin/users").awaitHeading("People of the clinic");
		this.browser.findElement(By.xpath("//tr[td[text()='Tess Tran']]//button[starts-with(@id, 'disable-')]"))
			.click();
		this.desk.awaitText(By.xpath("//tr[td[text()='Tess Tran']]/td[starts-with(@id, 'status-')]"), "disabled");
		this.desk.open("/admin/audit").awaitHeading("Account events");
		assertThat(this.browser.findElement(By.id("events")).getText()).contains("account disabled",
				"account activated");
	}

	private void theDisabledTherapistCannotSignInNorUseTheLink(String link) {
		typePassword(THERAPIST, THERAPIST_PASSWORD);
		this.desk.settling(10).until(ExpectedConditions.urlContains("/login?error"));
		this.desk.open(invitationPath(link)).awaitHeading("This invitation link does not work");
		Accessibility.assertNoSeriousViolations(this.browser);
	}

	/** The sign-in form, afresh: no cookie of an earlier person kept. */
	private void typePassword(String email, String password) {
		this.browser.manage().deleteAllCookies();
		this.desk.open("/login");
		this.browser.findElement(By.id("username")).sendKeys(email);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("sign-in")).click();
	}

	private static String invitationPath(String link) {
		return link.substring(link.indexOf("/invitations/"));
	}

	/**
	 * What a command printed on this test's database, once it succeeded: on the embedded
	 * database a command other than setup and serve reaches the running server through
	 * its local port.
	 */
	private String output(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(database());
		PrintStream original = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			assertThat(AllianceCommand.execute(all.toArray(String[]::new))).isZero();
		}
		finally {
			System.setOut(original);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

}
