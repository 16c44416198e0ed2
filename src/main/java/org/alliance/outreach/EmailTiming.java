package org.alliance.outreach;

import java.time.Duration;

/**
 * When a clinic's emailed measures go out, in hours.
 *
 * @param hoursBeforeSession how long before a booked session its measures are sent (at
 * once when the session is booked sooner)
 * @param reminderAfterHours how long after the email an unanswered link is reminded, once
 * @param linkValidHours how long an emailed link (or a kiosk code) works
 */
public record EmailTiming(int hoursBeforeSession, int reminderAfterHours, int linkValidHours) {

	/** Two days before, a reminder two days after, four days to answer. */
	public static final EmailTiming DEFAULT = new EmailTiming(48, 48, 96);

	/** The longest any of them may be: four weeks. */
	static final int LONGEST = 24 * 28;

	Duration beforeSession() {
		return Duration.ofHours(this.hoursBeforeSession);
	}

	Duration reminderAfter() {
		return Duration.ofHours(this.reminderAfterHours);
	}

	Duration linkValidity() {
		return Duration.ofHours(this.linkValidHours);
	}

}
