package org.alliance;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person does in the browser, step by step, on a server at a port: sign in, open a
 * page, answer a measure, wait for a page to show something.
 */
public final class BrowserSteps {

	private final WebDriver browser;

	private final int port;

	private Clock clock = Clock.systemUTC();

	public BrowserSteps(WebDriver browser, int port) {
		this.browser = browser;
		this.port = port;
	}

	public WebDriver browser() {
		return this.browser;
	}

	public String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Signs in afresh (no cookie of an earlier person kept, so no page asked for before)
	 * and lands on the caseload.
	 */
	public BrowserSteps signIn(String email) {
		return signIn(email, TestClinic.PASSWORD);
	}

	public BrowserSteps signIn(String email, String password) {
		this.browser.manage().deleteAllCookies();
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(email);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("sign-in")).click();
		settling(10).until(ExpectedConditions.or(ExpectedConditions.urlContains("/clients"),
				ExpectedConditions.urlContains("/admin/"), ExpectedConditions.urlContains("/login/second-factor"),
				ExpectedConditions.urlContains("/account/mfa")));
		secondFactorIfAsked(email);
		// Clinicians land on their caseload, an admin account on the people of the
		// clinic.
		settling(10).until(ExpectedConditions.or(ExpectedConditions.urlContains("/clients"),
				ExpectedConditions.urlContains("/admin/")));
		return this;
	}

	/**
	 * Signs in on the sign-in page the server sent the browser to (from a page asked for
	 * without a session, e.g. a link in an email), second factor included, and waits
	 * until the browser has left the sign-in pages; where it lands is the caller's to
	 * check.
	 */
	public BrowserSteps signInWhereSent(String email) {
		settling(10).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		this.browser.findElement(By.id("username")).sendKeys(email);
		this.browser.findElement(By.id("password")).sendKeys(TestClinic.PASSWORD);
		this.browser.findElement(By.id("sign-in")).click();
		settling(10).until((browser) -> !path(browser).equals("/login"));
		secondFactorIfAsked(email);
		settling(10)
			.until((browser) -> !path(browser).startsWith("/login") && !path(browser).startsWith("/account/mfa"));
		return this;
	}

	private static String path(WebDriver browser) {
		return URI.create(browser.getCurrentUrl()).getPath();
	}

	private void secondFactorIfAsked(String email) {
		if (this.browser.getCurrentUrl().contains("/login/second-factor")) {
			answerSecondFactor(email);
		}
		else if (this.browser.getCurrentUrl().contains("/account/mfa")) {
			enrolSecondFactor(email);
		}
	}

	/** Types the next code of the person's {@link AuthenticatorApp}. */
	public BrowserSteps answerSecondFactor(String email) {
		AuthenticatorApp app = AuthenticatorApp.of(email)
			.orElseThrow(() -> new IllegalStateException("No authenticator app for " + email));
		this.browser.findElement(By.id("code")).sendKeys(app.nextCode(this.clock));
		this.browser.findElement(By.id("verify")).click();
		return this;
	}

	/**
	 * Enrols on the open enrolment page as a person would: reads the secret into an
	 * {@link AuthenticatorApp}, types its code, keeps the recovery codes and goes on.
	 */
	public BrowserSteps enrolSecondFactor(String email) {
		AuthenticatorApp app = AuthenticatorApp.enrol(email, this.browser.findElement(By.id("secret")).getText());
		this.browser.findElement(By.id("code")).sendKeys(app.currentCode(this.clock));
		this.browser.findElement(By.id("confirm")).click();
		settling(10).until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
		app.keep(this.browser.findElements(By.cssSelector("#recovery-codes code"))
			.stream()
			.map((code) -> code.getText())
			.toList());
		this.browser.findElement(By.id("continue")).click();
		return this;
	}

	/**
	 * Types the date and time into a {@code datetime-local} field as a person with an
	 * en-US browser does: month, day, year, then hour, minute and AM or PM.
	 */
	public BrowserSteps typeDateTime(WebElement field, LocalDateTime at) {
		assertThat(((JavascriptExecutor) this.browser).executeScript("return navigator.language")).isEqualTo("en-US");
		field.sendKeys(at.format(DateTimeFormatter.ofPattern("MMddyyyy", Locale.ROOT)) + Keys.TAB
				+ at.format(DateTimeFormatter.ofPattern("hhmma", Locale.ROOT)));
		return this;
	}

	/** Codes are made for this clock: the server's, when a test moves it. */
	public BrowserSteps withClock(Clock clock) {
		this.clock = clock;
		return this;
	}

	public BrowserSteps open(String path) {
		this.browser.get(path.startsWith("http") ? path : url(path));
		return this;
	}

	/**
	 * Chooses the answer of the given value on every question of the form and sends it
	 * with the button of the given id.
	 */
	public BrowserSteps answerEvery(int value, String submit) {
		this.browser.findElements(By.cssSelector("input[type=radio][value='" + value + "']")).forEach((radio) -> {
			if (!radio.isSelected()) {
				radio.click();
			}
		});
		this.browser.findElement(By.id(submit)).click();
		return this;
	}

	public BrowserSteps awaitHeading(String text) {
		return awaitText(By.tagName("h1"), text);
	}

	public BrowserSteps awaitText(By locator, String text) {
		settling(10).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
		return this;
	}

	/**
	 * A wait that polls through page changes: while a form's answer page loads, an
	 * element read a moment earlier can leave the document, which Chromium reports as a
	 * plain WebDriverException.
	 */
	public WebDriverWait settling(int seconds) {
		return settling(this.browser, seconds);
	}

	/** The same wait for a browser a test drives itself. */
	public static WebDriverWait settling(WebDriver browser, int seconds) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
		wait.ignoring(WebDriverException.class);
		return wait;
	}

	/**
	 * How many elements the page has now, without the implicit wait that
	 * {@code findElements} spends before it reports none.
	 */
	public int count(By locator) {
		this.browser.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			return this.browser.findElements(locator).size();
		}
		finally {
			this.browser.manage().timeouts().implicitlyWait(Browser.IMPLICIT_WAIT);
		}
	}

	/** Whether the page's text holds the words, read at once (no implicit wait). */
	public boolean shows(String words) {
		return this.browser.findElement(By.tagName("body")).getText().contains(words);
	}

}
