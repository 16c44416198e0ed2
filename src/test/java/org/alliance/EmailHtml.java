package org.alliance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An email's HTML part as a mail program would show it: loaded in headless Chromium and
 * held to the project's axe-core check ({@link Accessibility}).
 */
public final class EmailHtml {

	private EmailHtml() {
	}

	public static void assertAccessible(String html) throws Exception {
		Path file = Path.of("target", "mail-html", UUID.randomUUID() + ".html").toAbsolutePath();
		Files.createDirectories(file.getParent());
		Files.writeString(file, html);
		ChromeDriver desk = Browser.desk();
		desk.get(file.toUri().toString());
		Accessibility.assertNoSeriousViolations(desk);
	}

}
