package org.alliance.security;

import org.alliance.Accessibility;
import org.alliance.AuthenticatorApp;
import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium: an admin signs in, is sent to enrol, reads the secret off the
 * page into an authenticator (the test computes the codes), confirms, sees the recovery
 * codes once, signs out, and signs in with password and code. Every new page passes axe.
 */
@Tag("browser")
class SecondFactorBrowserTests extends ServerOnH2 {

	private static WebDriver browser;

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
	void anAdminEnrolsTotpSignsOutAndSignsInWithPasswordAndCode() {
		TestClinic clinic = newClinic();
		String email = clinic.admin().email();
		BrowserSteps steps = new BrowserSteps(browser, this.port);
		browser.manage().deleteAllCookies();
		steps.open("/login");
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(TestClinic.PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		steps.settling(10).until(ExpectedConditions.urlContains("/account/mfa"));
		assertThat(browser.findElement(By.id("must-enrol")).getText()).contains("needs a second factor");
		assertThat(browser.findElement(By.id("qr")).getAttribute("src")).startsWith("data:image/png;base64,");
		assertThat(browser.findElement(By.id("secret")).getText()).matches("[A-Z2-7]{32}");
		Accessibility.assertNoSeriousViolations(browser);

		AuthenticatorApp app = AuthenticatorApp.enrol(email, browser.findElement(By.id("secret")).getText());
		browser.findElement(By.id("code")).sendKeys(app.currentCode(java.time.Clock.systemUTC()));
		browser.findElement(By.id("confirm")).click();
		steps.settling(10).until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
		assertThat(browser.findElements(By.cssSelector("#recovery-codes code"))).hasSize(10);
		Accessibility.assertNoSeriousViolations(browser);
		app.keep(
				browser.findElements(By.cssSelector("#recovery-codes code")).stream().map((c) -> c.getText()).toList());
		browser.findElement(By.id("continue")).click();
		steps.settling(10).until(ExpectedConditions.urlContains("/admin/users"));

		steps.open("/account/mfa");
		assertThat(browser.findElement(By.id("status")).getText()).contains("10 of 10 recovery codes unused");
		Accessibility.assertNoSeriousViolations(browser);
		steps.open("/account/sessions");
		assertThat(browser.findElement(By.id("this-session")).isDisplayed()).isTrue();
		Accessibility.assertNoSeriousViolations(browser);
		steps.open("/account/tokens");
		Accessibility.assertNoSeriousViolations(browser);
		steps.open("/admin/settings");
		Accessibility.assertNoSeriousViolations(browser);
		browser.findElement(By.id("crisis-phone")).clear();
		browser.findElement(By.id("crisis-phone")).sendKeys("call us");
		browser.findElement(By.id("save-clinic")).click();
		steps.settling(10).until(ExpectedConditions.presenceOfElementLocated(By.id("error-crisis-phone")));
		assertThat(browser.findElement(By.id("crisis-phone")).getAttribute("aria-describedby"))
			.isEqualTo("error-crisis-phone");
		Accessibility.assertNoSeriousViolations(browser);

		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		steps.settling(10).until(ExpectedConditions.urlContains("/login?logout"));
		// A page bookmarked or linked from an email: sign-in, code included, ends on it.
		steps.open("/account/sessions");
		steps.settling(10).until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(TestClinic.PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		steps.settling(10).until(ExpectedConditions.urlContains("/login/second-factor"));
		Accessibility.assertNoSeriousViolations(browser);
		steps.answerSecondFactor(email);
		steps.settling(10).until(ExpectedConditions.urlContains("/account/sessions"));
		assertThat(browser.findElement(By.id("this-session")).isDisplayed()).isTrue();
	}

	@Test
	void aTherapistFollowingARiskEmailLinkSignsInAndLandsOnTheRiskView() {
		TestClinic clinic = newClinic();
		String email = clinic.therapist().email();
		BrowserSteps steps = new BrowserSteps(browser, this.port);
		browser.manage().deleteAllCookies();
		steps.open("/inbox?view=risk");
		steps.settling(10).until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(TestClinic.PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		steps.settling(10)
			.until(ExpectedConditions.or(ExpectedConditions.urlContains("/inbox"),
					ExpectedConditions.urlContains("/login/second-factor"),
					ExpectedConditions.urlContains("/account/mfa")));
		if (browser.getCurrentUrl().contains("/login/second-factor")) {
			steps.answerSecondFactor(email);
		}
		else if (browser.getCurrentUrl().contains("/account/mfa")) {
			steps.enrolSecondFactor(email);
		}
		steps.settling(10).until(ExpectedConditions.urlContains("/inbox?view=risk"));

		// Signing in from the sign-in page itself still lands on the caseload.
		browser.manage().deleteAllCookies();
		steps.open("/login");
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(TestClinic.PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		steps.settling(10)
			.until(ExpectedConditions.or(ExpectedConditions.urlContains("/clients"),
					ExpectedConditions.urlContains("/login/second-factor")));
	}

}
