package org.alliance.signal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A signal's closed loop: open, acknowledged, action recorded, resolved; never backwards,
 * never skipping the acknowledgement.
 */
class SignalLoopTests {

	private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

	@Test
	void followsTheLoopWithWhoAndWhen() {
		Signal open = Signals.open();
		Signal acknowledged = open.acknowledged("t@clinic.test", NOW);
		Signal acted = acknowledged.withAction(action("acknowledge-and-validate"))
			.withAction(action("explore-barrier"));
		Signal resolved = acted.resolved("t@clinic.test", NOW.plusSeconds(60), "repaired at session 6", null);

		assertThat(acknowledged.status()).isEqualTo(SignalStatus.ACKNOWLEDGED);
		assertThat(acknowledged.acknowledgedBy()).isEqualTo("t@clinic.test");
		assertThat(acted.status()).isEqualTo(SignalStatus.ACTION_RECORDED);
		assertThat(acted.actions()).extracting(SignalAction::step)
			.containsExactly("acknowledge-and-validate", "explore-barrier");
		assertThat(resolved.status()).isEqualTo(SignalStatus.RESOLVED);
		assertThat(resolved.resolution()).isEqualTo("repaired at session 6");
	}

	@Test
	void closesWithoutAStepOnlyWithAReason() {
		Signal acknowledged = Signals.open().acknowledged("t", NOW);
		assertThatThrownBy(() -> acknowledged.resolved("t", NOW, "nothing to do", null))
			.isInstanceOf(org.alliance.api.InvalidRequest.class)
			.satisfies((e) -> assertThat(((org.alliance.api.InvalidRequest) e).problems()).singleElement()
				.satisfies((p) -> assertThat(p.field()).isEqualTo("reason")));
		assertThat(acknowledged.resolved("t", NOW, null, ResolutionReason.CLIENT_DECLINED).resolutionReason())
			.isEqualTo(ResolutionReason.CLIENT_DECLINED);
	}

	@Test
	void refusesToSkipTheAcknowledgementOrToMoveBackwards() {
		Signal open = Signals.open();
		assertThatThrownBy(() -> open.withAction(action("explore-barrier")))
			.isInstanceOf(IllegalSignalTransition.class);
		assertThatThrownBy(() -> open.resolved("t", NOW, "done", null)).isInstanceOf(IllegalSignalTransition.class);
		Signal resolved = open.acknowledged("t", NOW).resolved("t", NOW, "done", ResolutionReason.FALSE_ALARM);
		assertThatThrownBy(() -> resolved.acknowledged("t", NOW)).isInstanceOf(IllegalSignalTransition.class);
		assertThatThrownBy(() -> resolved.withAction(action("reinforce-the-bond")))
			.isInstanceOf(IllegalSignalTransition.class);
	}

	private static SignalAction action(String step) {
		return new SignalAction(UUID.randomUUID(), step, "note", "t@clinic.test", NOW);
	}

	static final class Signals {

		static Signal open() {
			return new Signal(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, null,
					"rupture", "Bond fell 2.1 SD at session 5", "{}", SignalStatus.OPEN, NOW, null, null, null, null,
					null, null, List.of());
		}

	}

}
