package org.alliance;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, named explicitly so that
 * Selenium Manager never runs and nothing is downloaded.
 * <p>
 * Browser tests share two browsers for the whole test run, a desk and a phone, because
 * starting Chromium costs more than most page visits: {@link #desk()} for staff pages,
 * {@link #phone()} for the client's personal link. Both quit when the test JVM exits.
 */
public final class Browser {

	/** A common phone's viewport in CSS pixels (a 6.1-inch phone: 390 by 844). */
	public static final int PHONE_WIDTH = 390;

	public static final int PHONE_HEIGHT = 844;

	/**
	 * Runs first in every page, outside the page's policy: collects in
	 * {@code window.cspViolations} what the page's content security policy blocks.
	 */
	/** How long a look-up waits for an element to appear. */
	public static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);

	private static final String COLLECT_POLICY_VIOLATIONS = """
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation',
			    (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));""";

	private static ChromeDriver desk;

	private static ChromeDriver phone;

	private Browser() {
	}

	/** A browser of its own, at a desktop size; the caller quits it. */
	public static ChromeDriver start() throws Exception {
		return start(new ChromeOptions().addArguments("--window-size=1280,1000"));
	}

	/**
	 * The desktop browser shared by the run's browser tests, 1280 by 1000, collecting
	 * content security policy violations in {@code window.cspViolations}.
	 */
	public static synchronized ChromeDriver desk() throws Exception {
		if (desk == null) {
			desk = start(new ChromeOptions().addArguments("--window-size=1280,1000"));
			desk.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
					Map.of("source", COLLECT_POLICY_VIOLATIONS));
			quitOnExit(desk);
		}
		return desk;
	}

	/**
	 * The phone shared by the run's browser tests: a touch screen of
	 * {@value #PHONE_WIDTH} by {@value #PHONE_HEIGHT} CSS pixels with a phone's user
	 * agent, as Chromium's device emulation has it.
	 */
	public static synchronized ChromeDriver phone() throws Exception {
		if (phone == null) {
			phone = startPhone(PHONE_WIDTH);
			quitOnExit(phone);
		}
		return phone;
	}

	/**
	 * A phone of its own, as {@link #phone()} but {@code width} CSS pixels wide (360 for
	 * the narrowest phones in common use); the caller quits it.
	 */
	public static ChromeDriver startPhone(int width) throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setExperimentalOption("mobileEmulation",
				Map.of("deviceMetrics",
						Map.of("width", width, "height", PHONE_HEIGHT, "pixelRatio", 1.0, "touch", true), "userAgent",
						"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36"
								+ " (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36"));
		return start(options.addArguments("--window-size=" + width + "," + PHONE_HEIGHT));
	}

	private static ChromeDriver start(ChromeOptions options) throws Exception {
		Path profile = Path.of("target", "chrome", UUID.randomUUID().toString()).toAbsolutePath();
		Files.createDirectories(profile);
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
				"--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.withEnvironment(Map.of("XDG_CONFIG_HOME", profile.resolve("config").toString(), "XDG_CACHE_HOME",
					profile.resolve("cache").toString()))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
		return driver;
	}

	private static void quitOnExit(ChromeDriver driver) {
		Runtime.getRuntime().addShutdownHook(new Thread(driver::quit, "quit-chromium"));
	}

}
