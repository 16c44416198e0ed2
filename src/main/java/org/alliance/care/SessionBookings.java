package org.alliance.care;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alliance.api.Conflict;
import org.alliance.api.FieldProblem;
import org.alliance.api.FieldRules;
import org.alliance.api.InvalidRequest;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;
import org.alliance.security.Clinics;
import org.alliance.security.CurrentUser;
import org.alliance.storage.TimeOrderedIds;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions booked ahead, for a start and a length. A booked session is
 * {@link Attendance#BOOKED} until it has happened; it counts nowhere as attended or
 * missed until its attendance is recorded ({@link Caseload#changeAttendance}).
 */
@Service
public class SessionBookings {

	/** The length of a session when none is given: the common "therapy hour". */
	public static final int DEFAULT_LENGTH_MINUTES = 50;

	/**
	 * No session is shorter (a check-in call) or longer (an extended exposure session).
	 */
	public static final int MIN_LENGTH_MINUTES = 10;

	public static final int MAX_LENGTH_MINUTES = 240;

	private final Caseload caseload;

	private final CareRecords records;

	private final Clinics clinics;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SessionBookings(Caseload caseload, CareRecords records, Clinics clinics, JdbcTemplate jdbc, Clock clock) {
		this.caseload = caseload;
		this.records = records;
		this.clinics = clinics;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Books a session in the client's open episode.
	 * @param number from 1 to {@value Caseload#MAX_SESSION_NUMBER}, unique in the
	 * episode; null for the episode's next number (one more than its highest)
	 * @param startsAt when it starts, with its offset; its day in the clinic's time zone
	 * is the session's date
	 * @param lengthMinutes {@value #MIN_LENGTH_MINUTES} to {@value #MAX_LENGTH_MINUTES};
	 * null for {@value #DEFAULT_LENGTH_MINUTES}
	 * @throws InvalidRequest naming {@code startsAt} (missing, passed, more than two
	 * years ahead, before the episode started), {@code number} or {@code lengthMinutes}
	 * @throws Conflict naming {@code number} when the number was taken meanwhile
	 */
	@Transactional
	public CareSession book(CurrentUser user, UUID clientId, Integer number, OffsetDateTime startsAt,
			Integer lengthMinutes) {
		this.caseload.clientToActOn(user, clientId);
		ZoneId zone = this.clinics.timeZone(user.clinicId());
		Instant now = this.clock.instant();
		List<FieldProblem> problems = new ArrayList<>();
		checkStart(problems, startsAt, now, zone);
		if (number != null) {
			FieldRules.whole(problems, "number", number, 1, Caseload.MAX_SESSION_NUMBER);
		}
		int length = (lengthMinutes != null) ? lengthMinutes : DEFAULT_LENGTH_MINUTES;
		FieldRules.whole(problems, "lengthMinutes", length, MIN_LENGTH_MINUTES, MAX_LENGTH_MINUTES);
		FieldRules.refuseIfAny(problems);
		Episode episode = this.records.episodes(user.clinicId(), clientId)
			.stream()
			.filter(Episode::open)
			.findFirst()
			.orElseThrow(() -> InvalidRequest.of("startsAt", "The client has no open episode of care."));
		LocalDate date = startsAt.atZoneSameInstant(zone).toLocalDate();
		int numbered = (number != null) ? number : nextNumber(user.clinicId(), clientId, episode);
		if (date.isBefore(episode.start())) {
			problems.add(new FieldProblem("startsAt", "The episode started on " + episode.start() + "."));
		}
		if (this.records.sessionNumberTaken(episode.id(), numbered)) {
			problems.add(new FieldProblem("number", "This episode already has a session " + numbered + "."));
		}
		FieldRules.refuseIfAny(problems);
		CareSession session = new CareSession(TimeOrderedIds.next(), user.clinicId(), clientId, episode.id(), numbered,
				date, Attendance.BOOKED, startsAt.toInstant(), length);
		try {
			this.records.insert(session);
		}
		catch (DuplicateKeyException ex) {
			throw new Conflict("number", "This episode was just given a session " + numbered + ".");
		}
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.CREATE, "session", session.id()));
		return session;
	}

	/** The clinic's time zone, in which a booking's day and hour are read. */
	public ZoneId zone(UUID clinicId) {
		return this.clinics.timeZone(clinicId);
	}

	private static void checkStart(List<FieldProblem> problems, OffsetDateTime startsAt, Instant now, ZoneId zone) {
		if (startsAt == null) {
			problems.add(new FieldProblem("startsAt",
					"Give when the session starts, as an ISO-8601 date and time with its offset, e.g. "
							+ now.plusSeconds(86_400)
								.atZone(zone)
								.withHour(14)
								.withMinute(0)
								.withSecond(0)
								.withNano(0)
								.toOffsetDateTime()
							+ "."));
		}
		else if (!startsAt.toInstant().isAfter(now)) {
			problems.add(new FieldProblem("startsAt", "This start has passed: a session is booked ahead. Record a"
					+ " session that took place with its date and attendance instead."));
		}
		else if (startsAt.atZoneSameInstant(zone)
			.toLocalDate()
			.isAfter(LocalDate.ofInstant(now, zone).plus(FieldRules.AHEAD))) {
			problems.add(new FieldProblem("startsAt", "No session is booked more than two years ahead."));
		}
	}

	private int nextNumber(UUID clinicId, UUID clientId, Episode episode) {
		return this.records.sessions(clinicId, clientId)
			.stream()
			.filter((s) -> s.episodeId().equals(episode.id()))
			.mapToInt(CareSession::number)
			.max()
			.orElse(0) + 1;
	}

}
