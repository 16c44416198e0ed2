package org.alliance.staff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.alliance.Accessibility;
import org.alliance.ApiClient;
import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.ServerProcess;
import org.alliance.command.AllianceCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinic goes live in real headless Chromium, from an empty folder: {@code setup} as an
 * operator would run it, {@code serve} in a process of its own, the admin signs in and
 * invites a therapist, the therapist sets a password by the invitation link and signs in,
 * the admin disables them and their next page and API call are refused. Every new page on
 * the way is checked with axe-core.
 */
class GoLiveBrowserTests {

	private static final String ADMIN = "ana.ruiz@riverside.test";

	private static final String ADMIN_PASSWORD = "heron quartz ribbon";

	private static final String THERAPIST = "tess.tran@riverside.test";

	private static final String THERAPIST_PASSWORD = "copper fjord meadow";

	private final Path data = Path.of("target", "test-data", "go-live-" + UUID.randomUUID()).toAbsolutePath();

	private ServerProcess server;

	@AfterEach
	void stop() throws InterruptedException {
		if (this.server != null) {
			this.server.stop();
		}
	}

	@Test
	void fromAnEmptyFolderToATherapistSignedInWithTheirOwnPasswordAndThenDisabled() throws Exception {
		Path passwordFile = Files.createTempFile("admin-password", ".txt");
		Files.writeString(passwordFile, ADMIN_PASSWORD + "\n");
		assertThat(alliance("setup", "--clinic", "Riverside Therapy", "--time-zone", "Europe/London", "--admin-email",
				ADMIN, "--admin-name", "Dr Ana Ruiz", "--admin-password-file", passwordFile.toString(),
				"--crisis-phone", "+44 20 7946 0000", "--data", this.data.toString()))
			.isZero();
		int port = ServerProcess.freePort();
		this.server = ServerProcess.start("serve", "--port", String.valueOf(port), "--data", this.data.toString());
		this.server.awaitLine((line) -> line.startsWith("Alliance is serving"), 300);

		BrowserSteps desk = new BrowserSteps(Browser.desk(), port);
		WebDriver browser = desk.browser();
		desk.signIn(ADMIN, ADMIN_PASSWORD);
		desk.open("/admin/users").awaitHeading("People of the clinic");
		Accessibility.assertNoSeriousViolations(browser);
		browser.findElement(By.id("email")).sendKeys(THERAPIST);
		browser.findElement(By.id("displayName")).sendKeys("Tess Tran");
		new Select(browser.findElement(By.id("role"))).selectByValue("therapist");
		browser.findElement(By.id("invite")).click();
		String link = browser.findElement(By.id("invitation-link")).getText();
		assertThat(link).contains("/invitations/");
		Accessibility.assertNoSeriousViolations(browser);
		// The command line reaches the same accounts through the running server, which
		// holds the embedded database.
		assertThat(output("user", "list", ADMIN, "--data", this.data.toString()))
			.containsPattern("Tess Tran\\s+" + THERAPIST + "\\s+therapist\\s+invited");
		desk.open("/admin/audit").awaitHeading("Account events");
		assertThat(browser.findElement(By.id("events")).getText()).contains("account invited", "Tess Tran",
				"Dr Ana Ruiz", "clinic created");
		Accessibility.assertNoSeriousViolations(browser);
		desk.open("/account").awaitHeading("Your account");
		Accessibility.assertNoSeriousViolations(browser);
		desk.open("/account/password").awaitHeading("Change your password");
		Accessibility.assertNoSeriousViolations(browser);

		browser.manage().deleteAllCookies();
		desk.open(link.substring(link.indexOf("/invitations/"))).awaitHeading("Join Riverside Therapy");
		assertThat(browser.findElement(By.id("password")).getAttribute("autocomplete")).isEqualTo("new-password");
		Accessibility.assertNoSeriousViolations(browser);
		browser.findElement(By.id("password")).sendKeys("mauve kettl");
		browser.findElement(By.id("accept")).click();
		desk.awaitText(By.id("error-password"), "at least 12");
		Accessibility.assertNoSeriousViolations(browser);
		browser.findElement(By.id("password")).sendKeys(THERAPIST_PASSWORD);
		browser.findElement(By.id("accept")).click();
		desk.settling(10).until(ExpectedConditions.urlContains("/login?activated"));
		desk.signIn(THERAPIST, THERAPIST_PASSWORD);
		assertThat(browser.findElement(By.id("nav-account")).getText()).contains("Tess Tran");

		String token = tokenFor(THERAPIST);
		ApiClient api = new ApiClient(port);
		assertThat(api.get("/api/v1/clients", token).status()).isEqualTo(200);
		PageSession therapistElsewhere = PageSession.signIn(port, THERAPIST, THERAPIST_PASSWORD);
		assertThat(therapistElsewhere.get("/clients").status()).isEqualTo(200);

		desk.signIn(ADMIN, ADMIN_PASSWORD);
		desk.open("/admin/users").awaitHeading("People of the clinic");
		browser.findElement(By.xpath("//tr[td[text()='Tess Tran']]//button[starts-with(@id, 'disable-')]")).click();
		desk.awaitText(By.xpath("//tr[td[text()='Tess Tran']]/td[starts-with(@id, 'status-')]"), "disabled");

		assertThat(api.get("/api/v1/clients", token).status()).isEqualTo(401);
		Page refused = therapistElsewhere.get("/clients");
		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.location()).contains("/login");
		browser.manage().deleteAllCookies();
		desk.open("/login");
		browser.findElement(By.id("username")).sendKeys(THERAPIST);
		browser.findElement(By.id("password")).sendKeys(THERAPIST_PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		desk.settling(10).until(ExpectedConditions.urlContains("/login?error"));
		desk.open(link.substring(link.indexOf("/invitations/")));
		desk.awaitHeading("This invitation link does not work");
		Accessibility.assertNoSeriousViolations(browser);
	}

	/** A token made by the command line, through the running server's local port. */
	private String tokenFor(String email) {
		return output("token", "create", "--user", email, "--data", this.data.toString()).strip();
	}

	/** What a command printed, once it succeeded. */
	private static String output(String... args) {
		PrintStream original = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			assertThat(AllianceCommand.execute(args)).isZero();
		}
		finally {
			System.setOut(original);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static int alliance(String... args) throws IOException {
		return AllianceCommand.execute(args);
	}

}
