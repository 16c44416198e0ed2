package org.alliance.command;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.care.SessionBookings;
import org.alliance.security.CurrentUser;
import org.alliance.simulate.SimulatedClient;
import org.alliance.simulate.SimulatedClinic;
import org.alliance.simulate.SimulatedSession;

/**
 * Books the demo clinic's clients in treatment ahead, as their therapists would have:
 * each client's next session a week after their last (or from tomorrow, when that week
 * has passed) and the one after it a week later, so that "This week" and the week after
 * it have sessions on any day the demo is seeded, with no answers in yet for them.
 */
final class DemoBookings {

	/** Sessions start on the hour, from 09:00 to 16:00. */
	private static final int FIRST_HOUR = 9;

	private static final int HOURS = 8;

	private final SessionBookings bookings;

	DemoBookings(SessionBookings bookings) {
		this.bookings = bookings;
	}

	/**
	 * @param today the seeding day, the simulated clinic's census date, in the clinic's
	 * time zone
	 * @return how many sessions were booked
	 */
	int book(SimulatedClinic clinic, Map<String, CurrentUser> therapistOf, Map<String, UUID> clientIds, LocalDate today,
			ZoneId zone) {
		int booked = 0;
		List<SimulatedClient> inTreatment = clinic.clients().stream().filter((c) -> c.episodeEnd() == null).toList();
		for (int i = 0; i < inTreatment.size(); i++) {
			SimulatedClient client = inTreatment.get(i);
			SimulatedSession last = clinic.sessions()
				.stream()
				.filter((s) -> s.clientKey().equals(client.key()))
				.max(Comparator.comparingInt(SimulatedSession::number))
				.orElse(null);
			LocalDate next = weekday((last != null) ? last.date().plusWeeks(1) : today.plusDays(1), today);
			int number = (last != null) ? last.number() + 1 : 1;
			LocalTime at = LocalTime.of(FIRST_HOUR + (i % HOURS), 0);
			for (int week = 0; week < 2; week++) {
				OffsetDateTime start = next.plusWeeks(week).atTime(at).atZone(zone).toOffsetDateTime();
				this.bookings.book(therapistOf.get(client.key()), clientIds.get(client.key()), number + week, start,
						null);
				booked++;
			}
		}
		return booked;
	}

	/** The day, or tomorrow when it is not after today, moved off a weekend to Monday. */
	private static LocalDate weekday(LocalDate day, LocalDate today) {
		LocalDate ahead = day.isAfter(today) ? day : today.plusDays(1);
		if (ahead.getDayOfWeek() == DayOfWeek.SATURDAY) {
			return ahead.plusDays(2);
		}
		return (ahead.getDayOfWeek() == DayOfWeek.SUNDAY) ? ahead.plusDays(1) : ahead;
	}

}
