package org.alliance.security;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progressive wait: after 5 failures a first wait, doubling with each further
 * failure, capped (here 1 minute and an hour, to read easily).
 */
class ProgressiveDelayTests {

	private final ProgressiveDelay policy = new ProgressiveDelay(5, Duration.ofMinutes(1), Duration.ofHours(1));

	@Test
	void noWaitBeforeTheFifthFailure() {
		for (int failures = 0; failures < 5; failures++) {
			assertThat(this.policy.after(failures)).isEmpty();
		}
	}

	@Test
	void oneMinuteAtTheFifthThenDoublingUpToTheHour() {
		long[] minutes = { 1, 2, 4, 8, 16, 32, 60, 60 };
		for (int i = 0; i < minutes.length; i++) {
			assertThat(this.policy.after(5 + i)).contains(Duration.ofMinutes(minutes[i]));
		}
	}

	@Test
	void aCountFarPastTheCapStaysAtTheCap() {
		assertThat(this.policy.after(Integer.MAX_VALUE)).isEqualTo(Optional.of(Duration.ofHours(1)));
	}

}
