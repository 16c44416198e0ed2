package org.alliance.security;

import java.time.Duration;
import java.util.Optional;

/**
 * How long failed sign-ins lock an email: none below the threshold; at the threshold the
 * first lock; each failure after a lock has passed doubles it, up to a cap. This is the
 * "exponential lockout" of OWASP's Authentication Cheat Sheet ("Account Lockout"): it
 * makes guessing slow without locking a forgetful person out for long, and the cap keeps
 * an attacker from locking a colleague out for days.
 *
 * @param threshold consecutive failures that earn the first lock, at least 1
 * @param first the first lock's length
 * @param longest the cap
 */
record LockoutPolicy(int threshold, Duration first, Duration longest) {

	/**
	 * The lock earned by the given number of consecutive failures (counting the one just
	 * made), or empty when it earns none.
	 */
	Optional<Duration> lockFor(int consecutiveFailures) {
		if (consecutiveFailures < this.threshold) {
			return Optional.empty();
		}
		int doublings = consecutiveFailures - this.threshold;
		// first * 2^doublings, without overflow: past the cap there is nothing to
		// compute.
		Duration lock = this.first;
		for (int i = 0; i < doublings && lock.compareTo(this.longest) < 0; i++) {
			lock = lock.multipliedBy(2);
		}
		return Optional.of((lock.compareTo(this.longest) > 0) ? this.longest : lock);
	}

}
