package org.alliance.security;

import java.time.Duration;
import java.util.Optional;

/**
 * How long failed sign-ins make the next attempt wait: not at all below the threshold; at
 * the threshold the first delay; each further failure doubles it, up to a cap. The wait
 * slows guessing at one account (OWASP Authentication Cheat Sheet, "Login Throttling"),
 * and the cap and {@link RecognisedDevices} keep a guesser from holding a clinician out
 * for long: the clinician's own device is not held by it.
 *
 * @param threshold consecutive failures that earn the first delay, at least 1
 * @param first the first delay
 * @param longest the cap
 */
record ProgressiveDelay(int threshold, Duration first, Duration longest) {

	/**
	 * The wait earned by the given number of consecutive failures (counting the one just
	 * made), or empty when it earns none.
	 */
	Optional<Duration> after(int consecutiveFailures) {
		if (consecutiveFailures < this.threshold) {
			return Optional.empty();
		}
		int doublings = consecutiveFailures - this.threshold;
		// first * 2^doublings, without overflow: past the cap there is nothing to
		// compute.
		Duration delay = this.first;
		for (int i = 0; i < doublings && delay.compareTo(this.longest) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return Optional.of((delay.compareTo(this.longest) > 0) ? this.longest : delay);
	}

}
