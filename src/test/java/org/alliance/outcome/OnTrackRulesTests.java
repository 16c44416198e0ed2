package org.alliance.outcome;

import java.util.List;

import org.alliance.outcome.OnTrackVerdict.Flag;
import org.alliance.outcome.OnTrackVerdict.Method;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules a clinic without its own model judges by, with PHQ-9's values as the NHS
 * Talking Therapies manual uses them (reliable change 6 points, caseness 10 or more) and
 * the review at session 6 of issue #9: reliable deterioration is red; no reliable
 * improvement by session 6 and still a case is amber.
 */
class OnTrackRulesTests {

	private final OnTrackRules rules = new OnTrackRules(6, 10, 6);

	private static List<ScoredSession> scores(double... byScoredSession) {
		return java.util.stream.IntStream.range(0, byScoredSession.length)
			.mapToObj((i) -> new ScoredSession(i + 1, byScoredSession[i]))
			.toList();
	}

	@Test
	void aRiseOfSixPointsIsAReliableDeteriorationAndRed() {
		OnTrackVerdict verdict = this.rules.judge(scores(12, 14, 18));
		assertThat(verdict.method()).isEqualTo(Method.RULES);
		assertThat(verdict.flag()).isEqualTo(Flag.RED);
		assertThat(verdict.onTrack()).isFalse();
		assertThat(verdict.reason()).startsWith("Reliable deterioration").contains("from 12 at session 1 to 18");
		assertThat(verdict.band()).isEmpty();
	}

	@Test
	void aRiseOfFivePointsIsNotReliable() {
		assertThat(this.rules.judge(scores(12, 17)).flag()).isEqualTo(Flag.GREEN);
	}

	@Test
	void stillACaseWithoutReliableImprovementBySessionSixIsAmber() {
		OnTrackVerdict verdict = this.rules.judge(scores(15, 14, 13, 12, 11, 10));
		assertThat(verdict.flag()).isEqualTo(Flag.AMBER);
		assertThat(verdict.onTrack()).isFalse();
		assertThat(verdict.reason()).startsWith("No reliable improvement by session 6 and still a case");
	}

	@Test
	void aReliableImprovementBySessionSixIsGreenThoughStillACase() {
		assertThat(this.rules.judge(scores(17, 16, 15, 14, 13, 11)).flag()).isEqualTo(Flag.GREEN);
	}

	@Test
	void noLongerACaseAtSessionSixIsGreenWithoutReliableImprovement() {
		assertThat(this.rules.judge(scores(12, 12, 11, 11, 10, 9)).flag()).isEqualTo(Flag.GREEN);
	}

	@Test
	void beforeSessionSixNoImprovementIsExpectedYet() {
		OnTrackVerdict verdict = this.rules.judge(scores(15, 15, 15, 15, 15));
		assertThat(verdict.flag()).isEqualTo(Flag.GREEN);
		assertThat(verdict.reason()).contains("improvement is expected by session 6");
	}

	@Test
	void theReviewCountsSessionNumbersNotScores() {
		List<ScoredSession> twoScores = List.of(new ScoredSession(1, 15), new ScoredSession(8, 14));
		assertThat(this.rules.judge(twoScores).flag()).isEqualTo(Flag.AMBER);
	}

	@Test
	void theIntakeAloneIsNotJudged() {
		OnTrackVerdict verdict = this.rules.judge(scores(20));
		assertThat(verdict.flag()).isEqualTo(Flag.NOT_YET);
		assertThat(verdict.onTrack()).isNull();
	}

}
