package org.alliance.instrument;

import org.junit.jupiter.api.Test;

import static org.alliance.instrument.Instruments.choices;
import static org.alliance.instrument.Instruments.scored;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores checked against the instruments' own papers. PHQ-9: Kroenke, Spitzer &amp;
 * Williams (2001), "scores of 5, 10, 15, and 20 represented mild, moderate, moderately
 * severe, and severe depression", total 0-27. GAD-7: Spitzer, Kroenke, Williams &amp;
 * Löwe (2006), cut points 5, 10 and 15 for mild, moderate and severe anxiety, total 0-21.
 */
class ManualScoringTests {

	@Test
	void scoresPhq9AllThreesAsTwentySevenSevere() {
		Scores scores = scored(Instruments.phq9(), choices(3, 3, 3, 3, 3, 3, 3, 3, 3));

		assertThat(scores.total()).isEqualTo(27);
		assertThat(scores.band()).isEqualTo("severe");
		assertThat(scores.subscales()).isEmpty();
	}

	@Test
	void scoresPhq9AllZerosAsMinimal() {
		assertThat(scored(Instruments.phq9(), choices(0, 0, 0, 0, 0, 0, 0, 0, 0)).band()).isEqualTo("minimal");
	}

	@Test
	void readsPhq9BandsAtTheManualsCutPoints() {
		assertPhq9(choices(1, 1, 1, 1, 0, 0, 0, 0, 0), 4, "minimal");
		assertPhq9(choices(1, 1, 1, 1, 1, 0, 0, 0, 0), 5, "mild");
		assertPhq9(choices(1, 1, 1, 1, 1, 1, 1, 1, 1), 9, "mild");
		assertPhq9(choices(2, 2, 2, 2, 2, 0, 0, 0, 0), 10, "moderate");
		assertPhq9(choices(3, 3, 3, 3, 2, 0, 0, 0, 0), 14, "moderate");
		assertPhq9(choices(3, 3, 3, 3, 3, 0, 0, 0, 0), 15, "moderately severe");
		assertPhq9(choices(3, 3, 3, 3, 3, 3, 1, 0, 0), 19, "moderately severe");
		assertPhq9(choices(3, 3, 3, 3, 3, 3, 2, 0, 0), 20, "severe");
	}

	@Test
	void leavesPhq9DifficultyItemOutOfTheTotal() {
		var answers = choices(1, 1, 1, 1, 1, 1, 1, 1, 1, 3);

		assertThat(scored(Instruments.phq9(), answers).total()).isEqualTo(9);
	}

	@Test
	void readsGad7BandsAtTheManualsCutPoints() {
		assertGad7(choices(0, 0, 0, 0, 0, 0, 0), 0, "minimal");
		assertGad7(choices(1, 1, 1, 1, 0, 0, 0), 4, "minimal");
		assertGad7(choices(1, 1, 1, 1, 1, 0, 0), 5, "mild");
		assertGad7(choices(3, 3, 3, 0, 0, 0, 0), 9, "mild");
		assertGad7(choices(2, 2, 2, 2, 2, 0, 0), 10, "moderate");
		assertGad7(choices(2, 2, 2, 2, 2, 2, 2), 14, "moderate");
		assertGad7(choices(3, 3, 3, 3, 3, 0, 0), 15, "severe");
		assertGad7(choices(3, 3, 3, 3, 3, 3, 3), 21, "severe");
	}

	@Test
	void keysAllianceCheckIntoBondTaskGoalAndEmpathy() {
		Scores scores = scored(Instruments.allianceCheck(), choices(5, 4, 3, 2, 1, 2, 4));

		// bond = items 1+2, task = 3+4, goal = 5+6, empathy = 7; total = items 1-6
		assertThat(scores.subscales()).containsExactly(java.util.Map.entry("bond", 9.0),
				java.util.Map.entry("task", 5.0), java.util.Map.entry("goal", 3.0),
				java.util.Map.entry("empathy", 4.0));
		assertThat(scores.total()).isEqualTo(17);
		assertThat(scores.band()).isNull();
	}

	@Test
	void givesAllianceCheckTotalsFromSixToThirty() {
		Instrument check = Instruments.allianceCheck();

		assertThat(scored(check, choices(1, 1, 1, 1, 1, 1, 5)).total()).isEqualTo(6);
		assertThat(scored(check, choices(5, 5, 5, 5, 5, 5, 1)).total()).isEqualTo(30);
		assertThat(check.totalMin()).isEqualTo(6);
		assertThat(check.totalMax()).isEqualTo(30);
	}

	private static void assertPhq9(java.util.Map<String, Answer> answers, double total, String band) {
		Scores scores = scored(Instruments.phq9(), answers);
		assertThat(scores.total()).isEqualTo(total);
		assertThat(scores.band()).isEqualTo(band);
	}

	private static void assertGad7(java.util.Map<String, Answer> answers, double total, String band) {
		Scores scores = scored(Instruments.gad7(), answers);
		assertThat(scores.total()).isEqualTo(total);
		assertThat(scores.band()).isEqualTo(band);
	}

}
