package org.alliance.security;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lockout issue #7 asks for: after 5 failures a 1-minute lock, doubling with each
 * further failure, capped (here at the default hour).
 */
class LockoutPolicyTests {

	private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1));

	@Test
	void noLockBeforeTheFifthFailure() {
		for (int failures = 0; failures < 5; failures++) {
			assertThat(this.policy.lockFor(failures)).isEmpty();
		}
	}

	@Test
	void oneMinuteAtTheFifthThenDoublingUpToTheHour() {
		long[] minutes = { 1, 2, 4, 8, 16, 32, 60, 60 };
		for (int i = 0; i < minutes.length; i++) {
			assertThat(this.policy.lockFor(5 + i)).contains(Duration.ofMinutes(minutes[i]));
		}
	}

	@Test
	void aCountFarPastTheCapStaysAtTheCap() {
		assertThat(this.policy.lockFor(Integer.MAX_VALUE)).isEqualTo(Optional.of(Duration.ofHours(1)));
	}

}
