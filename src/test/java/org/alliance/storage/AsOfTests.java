package org.alliance.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A record of a history stands for a moment before now by the application's clock.
 */
class AsOfTests {

	private static final Instant NOW = Instant.parse("2026-05-04T12:00:00Z");

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	@Test
	void keepsAMomentOfThePastAndNow() {
		assertThat(AsOf.past(Instant.parse("2026-03-02T09:50:00Z"), this.clock))
			.isEqualTo(Instant.parse("2026-03-02T09:50:00Z"));
		assertThat(AsOf.past(NOW, this.clock)).isEqualTo(NOW);
	}

	@Test
	void refusesAMomentStillToComeOrNone() {
		assertThatIllegalArgumentException().isThrownBy(() -> AsOf.past(NOW.plusMillis(1), this.clock));
		assertThatIllegalArgumentException().isThrownBy(() -> AsOf.past(null, this.clock));
	}

}
