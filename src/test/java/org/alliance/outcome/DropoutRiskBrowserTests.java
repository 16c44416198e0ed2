package org.alliance.outcome;

import java.util.List;
import java.util.Locale;

import org.alliance.Accessibility;
import org.alliance.Browser;
import org.alliance.BrowserSteps;
import org.alliance.TestClinic;
import org.alliance.care.Client;
import org.alliance.security.Role;
import org.alliance.security.UserAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium, on a clinic with a dropout model
 * ({@link ServerWithDropoutModel}): the admin opens the model from the navigation and
 * reads its AUC, calibration and coefficients with the calibration plot drawn; a
 * therapist is refused the model's page, sees a client's dropout risk with what raises it
 * on the client page, finds the dropout-risk signal in the inbox and works it with its
 * steps. Each new page passes axe.
 */
@Tag("browser")
class DropoutRiskBrowserTests extends ServerWithDropoutModel {

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
	void theAdminInspectsTheModelAndATherapistSeesAndWorksAClientsDropoutRisk() {
		DropoutModelReport.Fitted model = (DropoutModelReport.Fitted) this.dropoutRisk.model(clinic().clinicId());
		signIn(person(Role.ADMIN).email());
		browser.findElement(By.id("nav-dropout-model")).click();
		settling().until(ExpectedConditions.urlContains("/admin/dropout-model"));
		assertThat(browser.findElement(By.id("model-auc")).getText())
			.isEqualTo(String.format(Locale.ROOT, "%.3f", model.cvAuc()));
		assertThat(browser.findElements(By.cssSelector("#coefficients tbody tr"))).hasSize(7);
		settling().until((driver) -> script("return !!Chart.getChart(document.getElementById('calibration-chart'))"));
		assertThat(script("return Chart.getChart(document.getElementById('calibration-chart')).data.datasets"
				+ ".map((d) => d.label)"))
			.isEqualTo(List.of("Groups of episodes", "Perfect calibration"));
		assertThat(((Number) script("return Chart.getChart(document.getElementById('calibration-chart'))"
				+ ".data.datasets[0].data.length"))
			.intValue()).isEqualTo(model.calibration().size());
		Accessibility.assertNoSeriousViolations(browser);

		UserAccount therapist = person(Role.THERAPIST);
		Client client = clientAtRisk(therapist);
		ClientDropoutRisk.Estimated risk = (ClientDropoutRisk.Estimated) this.dropoutRisk.of(therapist.asCurrentUser(),
				client.id());
		String percent = Math.round(risk.risk() * 100) + "%";
		signIn(therapist.email());
		assertThat(browser.findElements(By.id("nav-dropout-model"))).isEmpty();
		browser.get(url("/admin/dropout-model"));
		assertThat(browser.findElement(By.id("error-page")).getText()).contains("You may not do this");

		browser.get(url("/clients/" + client.id()));
		assertThat(browser.findElement(By.id("dropout-risk-value")).getText()).startsWith(percent + " chance");
		assertThat(browser.findElement(By.id("dropout-risk-method")).getText())
			.startsWith("by the clinic's dropout model (ridge logistic regression on ");
		assertThat(browser.findElement(By.id("dropout-driver-1")).getText()).startsWith("weak early alliance (");
		Accessibility.assertNoSeriousViolations(browser);

		String line = "Dropout risk " + percent + " by session 3: weak early alliance";
		settling().until((driver) -> {
			driver.get(url("/inbox?kind=dropout-risk"));
			return driver.findElements(By.cssSelector("#client-" + client.id() + " li.inbox-line a.signal-link"))
				.stream()
				.anyMatch((a) -> a.getText().startsWith(line));
		});
		assertThat(new Select(browser.findElement(By.id("kind"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("dropout-risk");
		browser.findElement(By.cssSelector("#client-" + client.id() + " a.signal-link")).click();
		settling().until(ExpectedConditions.textToBePresentInElementLocated(By.id("signal-summary"), line));
		assertThat(browser.findElement(By.id("rupture-result")).getText()).startsWith("now " + percent + ", by");
		browser.findElement(By.id("acknowledge")).click();
		settling().until(ExpectedConditions.textToBePresentInElementLocated(By.id("signal-status"), "acknowledged"));
		assertThat(new Select(browser.findElement(By.id("step"))).getOptions())
			.extracting((o) -> o.getAttribute("value"))
			.contains("discussed-attendance", "checked-alliance", "agreed-next-appointment")
			.doesNotContain("explore-barrier", "reviewed-treatment-plan");
		new Select(browser.findElement(By.id("step"))).selectByValue("agreed-next-appointment");
		browser.findElement(By.id("note")).sendKeys("Tuesday 10:00 next week; a text reminder the day before.");
		browser.findElement(By.id("record-step")).click();
		settling().until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions"),
				"Agreed the next appointment with the client"));
		Accessibility.assertNoSeriousViolations(browser);
	}

	private static Object script(String javascript) {
		return ((JavascriptExecutor) browser).executeScript(javascript);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WebDriverWait settling() {
		return BrowserSteps.settling(browser, 15);
	}

	private void signIn(String email) {
		new BrowserSteps(browser, this.port).signIn(email);
	}

}
