package org.alliance.outcome;

import java.util.UUID;

import org.alliance.signal.ScreenSweeps;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A refit that finishes while the application closes, as the start-up refit of a one-shot
 * command such as {@code ./alliance token create} can, is not an error: the screen queues
 * nothing more, and the refit after the next start judges every episode.
 */
class DropoutRiskScreenClosingTests {

	@Test
	void aRefitFinishingAfterTheScreenClosedQueuesNothingAndRaisesNothing() {
		ScreenSweeps sweeps = new ScreenSweeps();
		DropoutRiskScreen screen = new DropoutRiskScreen(null, null, null, sweeps);
		screen.destroy();
		sweeps.destroy();
		assertThatNoException().isThrownBy(() -> screen.on(new DropoutModelRefitted(UUID.randomUUID())));
	}

}
