package org.alliance.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
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
import org.alliance.command.DemoClinic;
import org.alliance.measure.ClientLinks;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes the README's pictures of the product from the demo clinic, so that they show the
 * pages as they are: the caseload, a client's page, the session brief and the inbox as
 * the demo therapist with the most signals to work sees them at a desk, and the client's
 * form on a phone. Written to {@code docs/screenshots/} on every {@code mvn verify}.
 */
@Tag("browser")
class ReadmeScreenshotsTests extends ServerOnH2 {

	static final Path FOLDER = Path.of("docs", "screenshots");

	/** Desk pages taller than this are cut off: the README shows their top. */
	private static final int DESK_HEIGHT = 1400;

	/** The PNG signature (ISO/IEC 15948, 5.2). */
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	@Autowired
	ApplicationContext context;

	@Autowired
	Caseload caseload;

	@Autowired
	ClientLinks links;

	@Test
	void picturesTheDailyLoopForTheReadme() throws Exception {
		FileTime started = FileTime.from(Instant.now().minusSeconds(2));
		DemoTour tour = DemoTour.of(this.context);
		// A browser of its own: links the other tests visited would show as visited.
		ChromeDriver fresh = Browser.start();
		try {
			BrowserSteps desk = new BrowserSteps(fresh, this.port);
			desk.signIn(tour.therapist().email(), DemoClinic.PASSWORD);
			picture(desk.open("/clients"), "caseload", DESK_HEIGHT);
			picture(desk.open("/clients/" + tour.client().id()), "client", DESK_HEIGHT);
			picture(desk.open("/clients/" + tour.client().id() + "/brief"), "brief", DESK_HEIGHT);
			picture(desk.open("/inbox"), "inbox", DESK_HEIGHT);
		}
		finally {
			fresh.quit();
		}

		BrowserSteps phone = new BrowserSteps(Browser.phone(), this.port);
		phone.open(afterSessionLink() + "?lang=en").awaitHeading("Alliance check");
		phone.browser().findElement(By.cssSelector("input[name='item-1'][value='4']")).click();
		picture(phone, "phone-form", Browser.PHONE_HEIGHT);

		for (String name : List.of("caseload", "client", "brief", "inbox", "phone-form")) {
			Path written = FOLDER.resolve(name + ".png");
			assertThat(Files.getLastModifiedTime(written)).as(name).isGreaterThan(started);
			assertThat(Files.readAllBytes(written)).as(name).startsWith(PNG).hasSizeGreaterThan(10_000);
		}
	}

	/** A personal link for the alliance check after session 3 of a new client. */
	private String afterSessionLink() {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "Robin-" + UUID.randomUUID().toString().substring(0, 6),
				clinic.therapist().email(), LocalDate.now().minusWeeks(3));
		UUID session = null;
		for (int number = 1; number <= 3; number++) {
			session = this.caseload
				.recordSession(therapist, client.id(), number, LocalDate.now().minusWeeks(3 - number),
						Attendance.ATTENDED)
				.id();
		}
		return this.links.issueOfKind(therapist, session, "alliance").path();
	}

	/** The page from its top, as wide as the window, up to the given height. */
	private static void picture(BrowserSteps steps, String name, int mostHeight) throws Exception {
		ChromeDriver chrome = (ChromeDriver) steps.browser();
		Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
		Map<?, ?> viewport = (Map<?, ?>) metrics.get("cssLayoutViewport");
		double width = ((Number) viewport.get("clientWidth")).doubleValue();
		double height = Math.min(((Number) content.get("height")).doubleValue(), mostHeight);
		Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		Files.createDirectories(FOLDER);
		Files.write(FOLDER.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
	}

}
