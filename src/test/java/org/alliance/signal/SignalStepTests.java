package org.alliance.signal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps that work a signal: a rupture's are the four repair steps of the founding
 * text's illustration, in its order and wording; a risk answer's start with reaching the
 * client.
 */
class SignalStepTests {

	@Test
	void namesTheFourStepsOfTheIllustrationInOrder() {
		assertThat(SignalStep.forKind("rupture")).extracting(SignalStep::wording)
			.containsExactly("Acknowledge the Rupture and Validate the Struggle", "Collaboratively Explore the Barrier",
					"Re-negotiate Goals and Tasks", "Reinforce the Bond through Congruence");
	}

	@Test
	void aRiskAnswerIsWorkedByReachingTheClientNotByRepairSteps() {
		assertThat(SignalStep.forKind("risk")).first().isEqualTo(SignalStep.CONTACTED_CLIENT);
		assertThat(SignalStep.of("risk", "acknowledge-and-validate")).isEmpty();
		assertThat(SignalStep.of("rupture", "contacted-client")).isEmpty();
		assertThat(SignalStep.CONTACTED_CLIENT.noteRequired()).isTrue();
	}

}
