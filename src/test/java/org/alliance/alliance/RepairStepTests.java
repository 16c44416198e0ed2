package org.alliance.alliance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four repair steps of the founding text's illustration, in its order and wording.
 */
class RepairStepTests {

	@Test
	void namesTheFourStepsOfTheIllustrationInOrder() {
		assertThat(RepairStep.values()).extracting(RepairStep::wording)
			.containsExactly("Acknowledge the Rupture and Validate the Struggle", "Collaboratively Explore the Barrier",
					"Re-negotiate Goals and Tasks", "Reinforce the Bond through Congruence");
	}

}
