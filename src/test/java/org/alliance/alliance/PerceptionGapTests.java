package org.alliance.alliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The therapist's prediction minus the client's rating, worked by hand.
 */
class PerceptionGapTests {

	private final PerceptionGap gaps = new PerceptionGap(GapSettings.DEFAULT);

	@Test
	void signalsTwoSessionsInARowOverTheMarginWithRunningMeanAndTrend() {
		// Predicted 4.5, 4.5, 4.5, 4.0; rated 3.9, 3.9, 4.2, 4.0: gaps 0.6, 0.6, 0.3,
		// 0.0.
		// Sessions 1 and 2 both exceed 0.5: one signal at session 2. Running mean at 4:
		// 1.5 / 4 = 0.375. OLS slope over sessions 1–4: x̄ 2.5, ȳ 0.375,
		// Σ(x − x̄)(y − ȳ) = −1.5·0.225 − 0.5·0.225 + 0.5·(−0.075) + 1.5·(−0.375) =
		// −1.05,
		// Σ(x − x̄)² = 5, slope −0.21 points per session.
		List<SessionRating> ratings = ratings(new double[] { 4.5, 4.5, 4.5, 4.0 }, new double[] { 3.9, 3.9, 4.2, 4.0 });
		GapSeries total = this.gaps.of("C1", ratings).get(0);
		assertThat(total.scale()).isEqualTo(AllianceScale.TOTAL);
		assertThat(total.points()).extracting(GapPoint::gap)
			.usingElementComparator((a, b) -> (Math.abs(a - b) < 1e-12) ? 0 : Double.compare(a, b))
			.containsExactly(0.6, 0.6, 0.3, 0.0);
		assertThat(total.mean()).hasValueSatisfying((m) -> assertThat(m).isCloseTo(0.375, within(1e-12)));
		assertThat(total.trend()).isCloseTo(-0.21, within(1e-12));
		assertThat(total.signals()).singleElement().satisfies((s) -> assertThat(s.session()).isEqualTo(2));
	}

	@Test
	void aGapOfExactlyTheMarginOrInOneSessionOnlyIsNoSignal() {
		// Gaps 0.5 (not beyond the margin), 0.6, 0.3: never two in a row.
		List<SessionRating> ratings = ratings(new double[] { 4.5, 4.5, 4.5 }, new double[] { 4.0, 3.9, 4.2 });
		assertThat(this.gaps.of("C1", ratings).get(0).signals()).isEmpty();
	}

	@Test
	void ignoresTheTherapistsOwnViewAndSessionsWithoutBothForms() {
		List<SessionRating> ratings = new ArrayList<>(ratings(new double[] { 4.5 }, new double[] { 4.0 }));
		ratings.add(rating(2, Perspective.PREDICTION, 5.0));
		ratings.add(rating(1, Perspective.THERAPIST, 1.0));
		assertThat(this.gaps.of("C1", ratings).get(0).points()).singleElement()
			.satisfies((p) -> assertThat(p.gap()).isCloseTo(0.5, within(1e-12)));
	}

	private static List<SessionRating> ratings(double[] predicted, double[] rated) {
		List<SessionRating> ratings = new ArrayList<>();
		for (int i = 0; i < predicted.length; i++) {
			ratings.add(rating(i + 1, Perspective.PREDICTION, predicted[i]));
			ratings.add(rating(i + 1, Perspective.CLIENT, rated[i]));
		}
		return ratings;
	}

	private static SessionRating rating(int session, Perspective perspective, double total) {
		return new SessionRating("C1", session, perspective, ScaleRange.ONE_TO_FIVE,
				Map.of(AllianceScale.TOTAL, total));
	}

}
