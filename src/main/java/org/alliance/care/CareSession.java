package org.alliance.care;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A therapy session, numbered within its episode from 1. A session is numbered when it is
 * booked (or recorded, when it was not booked ahead) and keeps its number whatever its
 * attendance becomes: a cancelled booking keeps its number, as a cancelled or missed
 * session always has, so that links, answers and tasks that name "session 5" keep naming
 * the same session.
 *
 * @param date the day of the session in the clinic's time zone
 * @param attendance {@link Attendance#BOOKED} until it has happened
 * @param startsAt when a booked session starts; null for a session recorded with its date
 * only
 * @param lengthMinutes how long a booked session lasts, in minutes; null when not booked
 * ahead
 */
public record CareSession(UUID id, UUID clinicId, UUID clientId, UUID episodeId, int number, LocalDate date,
		Attendance attendance, Instant startsAt, Integer lengthMinutes) {

	/** A session recorded with its date only, as every session was before bookings. */
	public CareSession(UUID id, UUID clinicId, UUID clientId, UUID episodeId, int number, LocalDate date,
			Attendance attendance) {
		this(id, clinicId, clientId, episodeId, number, date, attendance, null, null);
	}

	/** Whether the client came: false for a session still booked. */
	public boolean attended() {
		return this.attendance == Attendance.ATTENDED;
	}

	/** Whether the session is booked and has not been recorded as happened yet. */
	public boolean booked() {
		return this.attendance == Attendance.BOOKED;
	}

	/**
	 * Whether the session has begun by {@code now}: its start has passed, or, for a
	 * session recorded with its date only, its day has come in the clinic's time zone.
	 */
	public boolean started(Instant now, ZoneId zone) {
		return (this.startsAt != null) ? !this.startsAt.isAfter(now)
				: !this.date.isAfter(LocalDate.ofInstant(now, zone));
	}

	/**
	 * The session with its attendance recorded.
	 * @throws IllegalArgumentException for {@link Attendance#BOOKED}: a session is booked
	 * once, when it is made
	 * @throws IllegalStateException when attended or no-show is recorded before the
	 * session began: only a cancellation can be known ahead
	 */
	CareSession recorded(Attendance recorded, Instant now, ZoneId zone) {
		if (recorded == Attendance.BOOKED) {
			throw new IllegalArgumentException(Attendance.CHOICES);
		}
		if (recorded != Attendance.CANCELLED && !started(now, zone)) {
			throw new IllegalStateException("This session is still to come (" + when(zone)
					+ "): record whether the client came once it has started, or cancel it.");
		}
		return new CareSession(this.id, this.clinicId, this.clientId, this.episodeId, this.number, this.date, recorded,
				this.startsAt, this.lengthMinutes);
	}

	/** E.g. "2026-12-15 14:00", or the date alone for a session without a start. */
	public String when(ZoneId zone) {
		return (this.startsAt != null) ? BookedStart.format(this.startsAt, zone) : this.date.toString();
	}

}
