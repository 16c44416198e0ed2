package org.alliance.care;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a booked start reads on the pages and in messages: the clinic's local time. */
final class BookedStart {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private BookedStart() {
	}

	/** E.g. "2026-12-15 14:00" in the clinic's time zone. */
	static String format(Instant start, ZoneId zone) {
		return FORMAT.format(start.atZone(zone));
	}

}
