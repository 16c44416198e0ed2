package org.alliance.storage;

import java.time.Clock;
import java.time.Instant;

/**
 * The moment a record of a simulated or imported history stands for, stored in place of
 * now: the demo clinic's answers on their sessions' days, its therapists' steps on the
 * days they took them. Only code that writes such a history passes one, through a
 * service's as-of variant; no route does, so whatever a person does is recorded when the
 * application's clock says they did it.
 */
public final class AsOf {

	private AsOf() {
	}

	/**
	 * The moment, once checked against the clock: a history lies in the past.
	 * @param moment what the record stands for, never null
	 * @throws IllegalArgumentException when the moment is missing or still to come, a
	 * mistake of the code that wrote the history
	 */
	public static Instant past(Instant moment, Clock clock) {
		Instant now = clock.instant();
		if (moment == null || moment.isAfter(now)) {
			throw new IllegalArgumentException(
					"A record of a history stands for a moment before now (" + now + "), not " + moment);
		}
		return moment;
	}

}
