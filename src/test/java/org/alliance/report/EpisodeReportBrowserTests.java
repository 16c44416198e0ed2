package org.alliance.report;

import java.time.Duration;
import java.util.Map;

import org.alliance.Accessibility;
import org.alliance.ApiClient;
import org.alliance.Browser;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A therapist in headless Chromium opens an ended episode's report from the client page
 * ({@link ReportedEpisode}): the verdicts, the server-drawn charts and the signal worked
 * are on it, nothing breaks the pages' Content Security Policy, axe-core finds no serious
 * accessibility problem, and printed (print media) it shows no navigation.
 */
@Tag("browser")
class EpisodeReportBrowserTests extends ServerOnH2 {

	@Test
	void aTherapistOpensTheEpisodesReportFromTheClientPage() throws Exception {
		TestClinic clinic = newClinic();
		ReportedEpisode episode = ReportedEpisode.enter(new ApiClient(this.port), clinic);
		ChromeDriver browser = Browser.desk();
		signIn(browser, clinic.therapist().email());

		browser.get(url("/clients/" + episode.client()));
		WebElement link = browser.findElement(By.cssSelector("#episode-reports a.episode-report-link"));
		assertThat(link.getText()).isEqualTo("Episode from " + java.time.LocalDate.now().minusWeeks(5) + " to "
				+ java.time.LocalDate.now().minusWeeks(1));
		link.click();
		settling(browser).until(ExpectedConditions.urlContains("/report"));

		assertThat(browser.findElement(By.id("report-title")).getText()).isEqualTo("Episode report");
		assertThat(browser.findElement(By.id("report-pseudonym")).getText()).isEqualTo(episode.pseudonym());
		assertThat(browser.findElement(By.id("report-headline")).getText()).isEqualTo("Not on track");
		assertThat(browser.findElement(By.id("report-method")).getText()).isEqualTo("by the reliable-change rules");
		assertThat(browser.findElement(By.id("report-change-PHQ-9")).getText())
			.startsWith("PHQ-9 12 → 19 +7 +2.29 deteriorated");
		assertThat(browser.findElement(By.id("report-signals")).getText())
			.contains("Checked the alliance with the client: " + ReportedEpisode.NOTE);
		for (String chart : new String[] { "chart-symptoms", "chart-alliance" }) {
			WebElement svg = browser.findElement(By.id(chart));
			assertThat(svg.isDisplayed()).isTrue();
			assertThat(svg.getRect().getWidth()).as(chart).isGreaterThan(400);
		}
		assertThat(browser.findElements(By.cssSelector("#chart-alliance circle"))).hasSizeGreaterThan(4);
		assertThat(browser.findElement(By.id("report-pdf")).getAttribute("href")).endsWith(episode.pdf());
		assertThat(((JavascriptExecutor) browser).executeScript("return window.cspViolations")).asList().isEmpty();
		Accessibility.assertNoSeriousViolations(browser);

		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(browser.findElement(By.cssSelector("header.nav")).isDisplayed()).isFalse();
			assertThat(browser.findElement(By.id("report-pdf")).isDisplayed()).isFalse();
			assertThat(browser.findElement(By.id("chart-symptoms")).isDisplayed()).isTrue();
		}
		finally {
			browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void signIn(ChromeDriver browser, String email) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(TestClinic.PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		settling(browser).until(ExpectedConditions.urlContains("/clients"));
	}

	private static WebDriverWait settling(ChromeDriver browser) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		wait.ignoring(WebDriverException.class);
		return wait;
	}

}
