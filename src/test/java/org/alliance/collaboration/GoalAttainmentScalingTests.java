package org.alliance.collaboration;

import java.util.List;

import org.alliance.collaboration.GoalAttainmentScaling.Attained;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The GAS T-score, T = 50 + 10 Σwx / √((1 − ρ)Σw² + ρ(Σw)²) with ρ = 0.3 (Kiresuk &amp;
 * Sherman 1968), held to DESIGN.md's values and to two more worked by hand.
 */
class GoalAttainmentScalingTests {

	@Test
	void threeEqualGoalsAtPlusOnePlusOneAndZeroGiveDesignsValue() {
		// DESIGN.md: x = (1, 1, 0) -> 59.128709.
		assertThat(GoalAttainmentScaling.tScore(goals(1, 1, 0)).getAsDouble()).isCloseTo(59.128709, within(1e-6));
	}

	@Test
	void everyGoalAtTheExpectedLevelGivesFifty() {
		// DESIGN.md: all 0 -> 50.
		assertThat(GoalAttainmentScaling.tScore(goals(0, 0, 0)).getAsDouble()).isEqualTo(50.0);
	}

	@Test
	void oneGoalMuchBetterThanExpectedGivesSeventy() {
		// By hand: Σwx = 2; Σw² = 1, (Σw)² = 1, so the root is √(0.7 + 0.3) = 1;
		// T = 50 + 10 · 2 / 1 = 70.
		assertThat(GoalAttainmentScaling.tScore(List.of(new Attained(2, 1))).getAsDouble()).isCloseTo(70.0,
				within(1e-9));
	}

	@Test
	void unequalWeightsCountTheHeavierGoalMore() {
		// By hand: weights 3 and 1, levels +1 and -2. Σwx = 3 - 2 = 1; Σw² = 9 + 1 = 10;
		// (Σw)² = 16; root = √(0.7 · 10 + 0.3 · 16) = √11.8 = 3.4351128; T = 50 + 10 /
		// 3.4351128 = 52.9111125.
		List<Attained> goals = List.of(new Attained(1, 3), new Attained(-2, 1));
		assertThat(GoalAttainmentScaling.tScore(goals).getAsDouble()).isCloseTo(52.911113, within(1e-6));
	}

	@Test
	void noGoalGivesNoScore() {
		assertThat(GoalAttainmentScaling.tScore(List.of())).isEmpty();
	}

	@Test
	void refusesALevelOffTheLadderAndAWeightOfZero() {
		assertThatThrownBy(() -> new Attained(3, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Attained(0, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	private static List<Attained> goals(int... levels) {
		return java.util.Arrays.stream(levels).mapToObj((level) -> new Attained(level, 1)).toList();
	}

}
