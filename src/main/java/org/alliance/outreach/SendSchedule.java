package org.alliance.outreach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alliance.care.Attendance;
import org.alliance.care.BookedSessions;
import org.alliance.care.SessionOfClient;
import org.alliance.mail.Outbox;
import org.alliance.security.UserAccounts;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code alliance.outreach.sweep-interval} (a minute by default), for every clinic:
 * emails the measures of each booked session due within the clinic's
 * {@link EmailTiming#hoursBeforeSession} (so at once for a session booked sooner), the
 * alliance check of each session that has ended within the last {@link #AFTER_WINDOW},
 * and the reminders that are due; forgets the links that have expired. Each send is its
 * own transaction and happens once whatever the number of servers
 * ({@link MeasureSends#sendScheduled}). With email off it does nothing.
 */
@Component
public class SendSchedule {

	private static final Logger log = LoggerFactory.getLogger(SendSchedule.class);

	/**
	 * A session that ended longer ago gets no alliance check by email: when email is
	 * switched on, last month's sessions are not written about.
	 */
	static final Duration AFTER_WINDOW = Duration.ofDays(1);

	/** The longest session looked for when finding those that have ended. */
	private static final Duration LONGEST_SESSION = Duration.ofHours(8);

	private final BookedSessions booked;

	private final MeasureSends sends;

	private final EmailTimings timings;

	private final UserAccounts accounts;

	private final Outbox outbox;

	private final Clock clock;

	SendSchedule(BookedSessions booked, MeasureSends sends, EmailTimings timings, UserAccounts accounts, Outbox outbox,
			Clock clock) {
		this.booked = booked;
		this.sends = sends;
		this.timings = timings;
		this.accounts = accounts;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** One sweep: what is due now is sent. Public for tests that move the clock. */
	@Scheduled(fixedDelayString = "${alliance.outreach.sweep-interval:60s}",
			initialDelayString = "${alliance.outreach.sweep-interval:60s}")
	public void sweep() {
		if (!this.outbox.on()) {
			return;
		}
		for (UUID clinic : this.accounts.clinicIds()) {
			sendDue(clinic, this.clock.instant());
		}
		this.sends.remindersDue().forEach(this::remind);
		this.sends.forgetExpired();
	}

	private void sendDue(UUID clinicId, Instant now) {
		EmailTiming timing = this.timings.of(clinicId);
		List<SessionOfClient> before = this.booked.startingBetween(clinicId, now, now.plus(timing.beforeSession()),
				List.of(Attendance.BOOKED));
		before.forEach((session) -> send(session, "symptom"));
		List<SessionOfClient> ended = this.booked
			.startingBetween(clinicId, now.minus(AFTER_WINDOW).minus(LONGEST_SESSION), now,
					List.of(Attendance.BOOKED, Attendance.ATTENDED))
			.stream()
			.filter((session) -> endedWithin(session, now))
			.toList();
		ended.forEach((session) -> send(session, "alliance"));
	}

	private static boolean endedWithin(SessionOfClient session, Instant now) {
		Instant start = session.session().startsAt();
		int minutes = (session.session().lengthMinutes() != null) ? session.session().lengthMinutes() : 50;
		Instant end = start.plus(Duration.ofMinutes(minutes));
		return !end.isAfter(now) && end.isAfter(now.minus(AFTER_WINDOW));
	}

	private void send(SessionOfClient session, String kind) {
		try {
			this.sends.sendScheduled(session, kind);
		}
		catch (RuntimeException ex) {
			// Another server sent it a moment ago (the schedule's key), or the session
			// changed under the sweep: the next sweep looks again.
			log.warn("Could not send the {} measures of session {} now: {}", kind, session.session().id(),
					ex.toString());
		}
	}

	private void remind(UUID sendId) {
		try {
			this.sends.remind(sendId);
		}
		catch (RuntimeException ex) {
			log.warn("Could not send the reminder of send {} now: {}", sendId, ex.toString());
		}
	}

}
