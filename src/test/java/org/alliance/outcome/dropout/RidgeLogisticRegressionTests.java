package org.alliance.outcome.dropout;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The penalised fit held to R 4.2.2 on {@code outcome/dropout-train.csv} (script and
 * output beside it): {@code glm(dropout ~ alliance + phq9 + missed + rupture, family =
 * binomial)} converged to epsilon 1e-14, and the ridge optimum at λ = 0.1 found by R's
 * {@code optim} (BFGS) on the same objective.
 */
class RidgeLogisticRegressionTests {

	/** R's glm coefficients: intercept, alliance, phq9, missed, rupture. */
	private static final double[] GLM = { 2.7127807257937526, -1.1208140748989517, 0.0479408575176015,
			0.6285714423534160, 0.5784203475981509 };

	/** R's optim at λ = 0.1 on standardised features (sample SD). */
	private static final double[] RIDGE_0_1 = { -0.944457846025650, -0.365727463763290, 0.163501186669908,
			0.277525260040475, 0.172084788606539 };

	private static final double RELATIVE = 1e-6;

	private final ReferenceTable table = ReferenceTable.read();

	@Test
	void withoutPenaltyFindsGlmsMaximumLikelihoodFit() {
		LogisticFit fit = RidgeLogisticRegression.fit(this.table.x, this.table.y, 0);
		assertCloseTo(all(fit), GLM);
	}

	@Test
	void theRidgePathReachesGlmAsThePenaltyGoesToZero() {
		Standardization scale = Standardization.of(this.table.x);
		double[][] z = scale.apply(this.table.x);
		double previous = Double.POSITIVE_INFINITY;
		LogisticFit fit = null;
		for (double lambda : new double[] { 1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 0 }) {
			fit = RidgeLogisticRegression.fit(z, this.table.y, lambda, fit);
			double distance = largestRelativeDifference(all(scale.toOriginalScale(fit)), GLM);
			assertThat(distance).as("distance to glm at lambda %s", lambda).isLessThanOrEqualTo(previous);
			previous = distance;
		}
		assertThat(previous).isLessThan(RELATIVE);
		LogisticFit nearlyUnpenalised = RidgeLogisticRegression.fit(z, this.table.y, 1e-9);
		assertCloseTo(all(scale.toOriginalScale(nearlyUnpenalised)), GLM);
	}

	@Test
	void aPenalisedFitIsROptimsOptimumOfTheSameObjective() {
		Standardization scale = Standardization.of(this.table.x);
		assertThat(scale.means()).containsExactly(
				new double[] { 4.282500000000000, 14.791666666666666, 0.358333333333333, 0.250000000000000 },
				within(1e-12));
		assertThat(scale.sds()).containsExactly(
				new double[] { 0.501705075909420, 5.211325471054951, 0.658440139547208, 0.434828276739336 },
				within(1e-12));
		LogisticFit fit = RidgeLogisticRegression.fit(scale.apply(this.table.x), this.table.y, 0.1);
		assertCloseTo(all(fit), RIDGE_0_1);
	}

	@Test
	void theOriginalScaleGivesTheSameLinearPredictor() {
		Standardization scale = Standardization.of(this.table.x);
		LogisticFit standardized = RidgeLogisticRegression.fit(scale.apply(this.table.x), this.table.y, 0.05);
		LogisticFit original = scale.toOriginalScale(standardized);
		for (double[] row : this.table.x) {
			assertThat(original.linearPredictor(row)).isCloseTo(standardized.linearPredictor(scale.apply(row)),
					within(1e-12));
		}
	}

	@Test
	void aSeparatedOutcomeHasNoUnpenalisedFitButARidgeFit() {
		double[][] x = { { 1 }, { 2 }, { 3 }, { 4 }, { 5 }, { 6 } };
		double[] y = { 0, 0, 0, 1, 1, 1 };
		assertThatThrownBy(() -> RidgeLogisticRegression.fit(x, y, 0))
			.isInstanceOf(RidgeLogisticRegression.NotConverged.class)
			.hasMessageContaining("separated");
		LogisticFit ridge = RidgeLogisticRegression.fit(x, y, 0.1);
		assertThat(ridge.coefficients()[0]).isPositive().isFinite();
	}

	private static double[] all(LogisticFit fit) {
		double[] b = fit.coefficients();
		double[] all = new double[b.length + 1];
		all[0] = fit.intercept();
		System.arraycopy(b, 0, all, 1, b.length);
		return all;
	}

	private static void assertCloseTo(double[] actual, double[] expected) {
		assertThat(actual).hasSameSizeAs(expected);
		for (int j = 0; j < expected.length; j++) {
			assertThat(actual[j]).as("coefficient %d", j)
				.isCloseTo(expected[j], within(RELATIVE * Math.abs(expected[j])));
		}
	}

	private static double largestRelativeDifference(double[] actual, double[] expected) {
		double largest = 0;
		for (int j = 0; j < expected.length; j++) {
			largest = Math.max(largest, Math.abs(actual[j] - expected[j]) / Math.abs(expected[j]));
		}
		return largest;
	}

}
