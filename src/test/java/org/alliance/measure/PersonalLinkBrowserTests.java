package org.alliance.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A therapist issues a personal link from the client page, for the measures before the
 * session and for the alliance check after it, and hands it over as a QR code (which
 * reads back, from the pixels Chromium drew, as exactly the link) or with a copy button
 * that has an accessible name and puts the link on the clipboard.
 */
@Tag("browser")
class PersonalLinkBrowserTests extends ServerOnH2 {

	private static ChromeDriver browser;

	@Autowired
	Caseload caseload;

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
	void aTherapistHandsOutTheLinkBeforeTheSessionAsAQrCodeOrACopiedLink() {
		TestClinic clinic = newClinic();
		Client client = clientWithASessionToday(clinic);
		signIn(clinic.therapist().email());
		browser.get(url("/clients/" + client.id()));
		browser.findElement(By.id("link-before-1")).click();

		assertThat(awaitText("client-link-heading"))
			.isEqualTo("Personal link for session 1 on " + LocalDate.now() + ", before the session");
		assertThat(browser.findElement(By.id("client-link-measures")).getText()).contains("PHQ-9", "GAD-7");
		String link = browser.findElement(By.id("client-link-url")).getAttribute("href");
		assertThat(link).contains(":" + this.port + "/r/");

		WebElement qr = browser.findElement(By.id("client-link-qr"));
		assertThat(qr.getAttribute("alt")).startsWith("QR code of the personal link");
		assertThat(QrCodes.readDataUrl(qr.getAttribute("src"))).isEqualTo(link);
		assertThat(QrCodes.readDataUrl(asDecoded(qr))).isEqualTo(link);

		WebElement copy = browser.findElement(By.id("copy-link"));
		assertThat(copy.getAccessibleName()).isEqualTo("Copy link to the clipboard");
		browser.executeCdpCommand("Browser.grantPermissions",
				Map.of("origin", url(""), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
		copy.click();
		assertThat(awaitText("copy-status")).isEqualTo("Copied.");
		assertThat(((JavascriptExecutor) browser)
			.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], (e) => arguments[0]('' + e))"))
			.isEqualTo(link);
	}

	@Test
	void theLinkAfterTheSessionNamesItAndCarriesTheAllianceCheck() {
		TestClinic clinic = newClinic();
		Client client = clientWithASessionToday(clinic);
		signIn(clinic.therapist().email());
		browser.get(url("/clients/" + client.id()));
		browser.findElement(By.id("link-after-1")).click();

		assertThat(awaitText("client-link-heading"))
			.isEqualTo("Personal link for session 1 on " + LocalDate.now() + ", after the session");
		assertThat(browser.findElement(By.id("client-link-measures")).getText()).contains("Alliance")
			.doesNotContain("PHQ-9");
		String link = browser.findElement(By.id("client-link-url")).getAttribute("href");
		assertThat(QrCodes.readDataUrl(asDecoded(browser.findElement(By.id("client-link-qr"))))).isEqualTo(link);

		// Shown once: the page read again holds no link, since only its hash is kept.
		browser.navigate().refresh();
		awaitText("client-name");
		assertThat(browser.getPageSource()).doesNotContain("id=\"client-link-qr\"").doesNotContain(link);
	}

	private Client clientWithASessionToday(TestClinic clinic) {
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "Link-" + UUID.randomUUID().toString().substring(0, 6),
				clinic.therapist().email(), LocalDate.now());
		this.caseload.recordSession(therapist, client.id(), 1, LocalDate.now(), Attendance.ATTENDED);
		return client;
	}

	private String awaitText(String id) {
		settling().until((driver) -> !driver.findElement(By.id(id)).getText().isBlank());
		return browser.findElement(By.id(id)).getText();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * The image as the browser decoded it, drawn at its own size onto a canvas and read
	 * back as a PNG data URL: what the page shows, without a screenshot's compositing (a
	 * screenshot of the element came back without the code twice in full runs on a busy
	 * machine).
	 */
	private static String asDecoded(WebElement image) {
		drawn(image);
		return (String) ((JavascriptExecutor) browser).executeScript("const i = arguments[0];"
				+ " const c = document.createElement('canvas'); c.width = i.naturalWidth; c.height = i.naturalHeight;"
				+ " c.getContext('2d').drawImage(i, 0, 0); return c.toDataURL('image/png');", image);
	}

	/** The image once the browser has decoded and laid it out, in view. */
	private static WebElement drawn(WebElement image) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript("arguments[0].scrollIntoView({block: 'center'})", image);
		settling().until((driver) -> Boolean.TRUE.equals(js.executeScript(
				"const i = arguments[0]; return i.complete && i.naturalWidth > 0 && i.getBoundingClientRect().width > 0;",
				image)));
		js.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ " requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
		return image;
	}

	private static WebDriverWait settling() {
		return BrowserSteps.settling(browser, 10);
	}

	private void signIn(String email) {
		new BrowserSteps(browser, this.port).signIn(email);
	}

}
