package org.alliance.command;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.alliance.simulate.SimulatedClinic;
import org.alliance.simulate.SimulatedSession;

/**
 * When each step of the demo clinic's simulated history took place, so that every record
 * the seeder writes carries the moment it stands for rather than the moment it is seeded.
 * The simulation gives days only; the hours are the clinic's routine, in its time zone:
 * the client answers their measures before the session, goals, tasks and the agenda are
 * worked in it, the therapist rates it after, and writes their reflection notes at the
 * end of the day. A moment of the seeding day that is still to come (the demo ends on the
 * day it is seeded) is recorded as now.
 */
final class DemoSchedule {

	/** A client is taken on before their first session. */
	static final LocalTime ADMITTED = LocalTime.of(9, 0);

	/** The client's measures, on the phone before the session. */
	static final LocalTime CLIENT_ANSWERS = LocalTime.of(9, 50);

	/** The session: goals, tasks and agenda items are written in it. */
	static final LocalTime SESSION = LocalTime.of(10, 0);

	/** The therapist's own ratings, and a paper form typed in, after the session. */
	static final LocalTime AFTER_SESSION = LocalTime.of(11, 0);

	/** Reflection notes, at the end of the working day. */
	static final LocalTime END_OF_DAY = LocalTime.of(17, 30);

	private final ZoneId zone;

	private final Clock clock;

	private final Map<String, LocalDate> sessionDays = new HashMap<>();

	DemoSchedule(SimulatedClinic clinic, ZoneId zone, Clock clock) {
		this.zone = zone;
		this.clock = clock;
		for (SimulatedSession session : clinic.sessions()) {
			this.sessionDays.put(session.clientKey() + "#" + session.number(), session.date());
		}
	}

	/** The time of the day, in the clinic's time zone, or now if it is still to come. */
	Instant at(LocalDate day, LocalTime time) {
		Instant moment = day.atTime(time).atZone(this.zone).toInstant();
		Instant now = this.clock.instant();
		return moment.isAfter(now) ? now : moment;
	}

	/** The time of the day of the client's session with this number. */
	Instant atSession(String clientKey, int number, LocalTime time) {
		LocalDate day = this.sessionDays.get(clientKey + "#" + number);
		if (day == null) {
			throw new IllegalArgumentException("The simulated clinic has no session " + number + " of " + clientKey);
		}
		return at(day, time);
	}

}
