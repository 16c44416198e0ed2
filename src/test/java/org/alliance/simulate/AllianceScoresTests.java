package org.alliance.simulate;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open alliance check scores bond (items 1–2), task (3–4), goal (5–6) and empathy (7)
 * as per-item means; the total is the mean of items 1–6, as the brief for issue #2
 * defines it.
 */
class AllianceScoresTests {

	@Test
	void scoresSubscalesAndTotalAsPerItemMeans() {
		Map<String, Integer> answers = Map.of("1", 5, "2", 4, "3", 3, "4", 3, "5", 5, "6", 5, "7", 2);
		AllianceScores scores = AllianceScores.of(answers);
		assertThat(scores.bond()).isEqualTo(4.5);
		assertThat(scores.task()).isEqualTo(3.0);
		assertThat(scores.goal()).isEqualTo(5.0);
		assertThat(scores.empathy()).isEqualTo(2.0);
		assertThat(scores.total()).isEqualTo(25 / 6.0);
	}

}
