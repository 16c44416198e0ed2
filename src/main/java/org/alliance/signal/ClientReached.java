package org.alliance.signal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.alliance.api.FieldProblem;

/**
 * When the person working a risk signal reached the client, as they typed it: the time
 * the risk was acted on, which the record must keep apart from the time it was typed (the
 * PHQ-9's item 9 calls for assessing the risk directly with the client; Kroenke, Spitzer
 * &amp; Williams 2001). A date and time in the clinic's time zone, as a
 * {@code datetime-local} field sends it ({@code 2026-05-04T14:30}), or with an offset
 * ({@code 2026-05-04T13:30Z}) from the API; not in the future, and not before the signal
 * was raised (to the minute, since the field has no seconds).
 */
final class ClientReached {

	static final String FIELD = "contactedAt";

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private ClientReached() {
	}

	/**
	 * The time the client was reached, or null with a problem naming {@value #FIELD}.
	 * @param typed as sent; required
	 * @param zone the clinic's time zone
	 * @param raisedAt when the signal was raised
	 * @param now the time to judge "in the future" at
	 */
	static Instant read(List<FieldProblem> problems, String typed, ZoneId zone, Instant raisedAt, Instant now) {
		if (typed == null || typed.isBlank()) {
			problems.add(new FieldProblem(FIELD, "Say when the client was reached: the date and time (" + zone.getId()
					+ "), not when you type it."));
			return null;
		}
		Instant reached = parse(typed.strip(), zone);
		if (reached == null) {
			problems.add(new FieldProblem(FIELD,
					"Give the date and time the client was reached as YYYY-MM-DDTHH:MM (" + zone.getId() + ")."));
			return null;
		}
		if (reached.isAfter(now)) {
			problems.add(new FieldProblem(FIELD, "The client cannot have been reached in the future: it is now "
					+ shown(now, zone) + " (" + zone.getId() + ")."));
			return null;
		}
		if (reached.isBefore(raisedAt.truncatedTo(ChronoUnit.MINUTES))) {
			problems.add(new FieldProblem(FIELD, "The signal was raised at " + shown(raisedAt, zone) + " ("
					+ zone.getId() + "): give when the client was reached after it."));
			return null;
		}
		return reached;
	}

	/** The time as the pages show it, in the clinic's time zone. */
	static String shown(Instant instant, ZoneId zone) {
		return SHOWN.format(instant.atZone(zone));
	}

	private static Instant parse(String typed, ZoneId zone) {
		try {
			return OffsetDateTime.parse(typed).toInstant();
		}
		catch (DateTimeException ex) {
			// not with an offset: a time of the clinic's day
		}
		try {
			return LocalDateTime.parse(typed).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
