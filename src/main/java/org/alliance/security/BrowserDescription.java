package org.alliance.security;

import java.util.List;

/**
 * A browser and system in words ("Firefox on Windows") from a {@code User-Agent}, so that
 * a person can tell their sessions apart. A rough reading on purpose, by hand: the list
 * only needs to tell a phone from a laptop (see
 * docs/decisions/small-security-pieces-by-hand.md).
 */
final class BrowserDescription {

	/** Order matters: Edge and Opera also say Chrome, Chrome also says Safari. */
	private static final List<String[]> BROWSERS = List.of(new String[] { "Edg/", "Edge" },
			new String[] { "OPR/", "Opera" }, new String[] { "Firefox/", "Firefox" },
			new String[] { "Chrome/", "Chrome" }, new String[] { "Safari/", "Safari" });

	private static final List<String[]> SYSTEMS = List.of(new String[] { "Android", "Android" },
			new String[] { "iPhone", "iPhone" }, new String[] { "iPad", "iPad" }, new String[] { "Windows", "Windows" },
			new String[] { "Mac OS X", "macOS" }, new String[] { "CrOS", "ChromeOS" },
			new String[] { "Linux", "Linux" });

	private BrowserDescription() {
	}

	static String of(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return "Unknown browser";
		}
		String browser = find(BROWSERS, userAgent, "Browser");
		if (userAgent.contains("HeadlessChrome")) {
			browser = "Headless Chrome";
		}
		return browser + " on " + find(SYSTEMS, userAgent, "an unknown system");
	}

	private static String find(List<String[]> names, String userAgent, String otherwise) {
		return names.stream().filter((n) -> userAgent.contains(n[0])).map((n) -> n[1]).findFirst().orElse(otherwise);
	}

}
