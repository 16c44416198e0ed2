package org.alliance.outcome.dropout;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * AUC by hand and against R; logistic recalibration against R's {@code glm}.
 */
class DiscriminationAndCalibrationTests {

	private final ReferenceTable table = ReferenceTable.read();

	@Test
	void aucCountsTheDropoutCompleterPairsInOrder() {
		// Dropouts score 0.35 and 0.8, completers 0.1 and 0.4: of the four pairs, three
		// have the dropout higher (0.35 < 0.4 is the one out of order): 3/4.
		assertThat(Discrimination.auc(new double[] { 0.1, 0.4, 0.35, 0.8 }, new double[] { 0, 0, 1, 1 }))
			.isEqualTo(0.75);
	}

	@Test
	void aucCountsATieAsHalf() {
		// Dropouts 0.5 and 0.7, completers 0.5 and 0.2: pairs (0.5, 0.5) half, the other
		// three in order: 3.5/4.
		assertThat(Discrimination.auc(new double[] { 0.5, 0.5, 0.7, 0.2 }, new double[] { 1, 0, 1, 0 }))
			.isEqualTo(0.875);
		assertThat(Discrimination.auc(new double[] { 1, 1, 1, 1 }, new double[] { 1, 0, 1, 0 })).isEqualTo(0.5);
	}

	@Test
	void aucOfGlmsLinearPredictorIsRsMannWhitneyAuc() {
		LogisticFit fit = RidgeLogisticRegression.fit(this.table.x, this.table.y, 0);
		double[] eta = new double[this.table.y.length];
		for (int i = 0; i < eta.length; i++) {
			eta[i] = fit.linearPredictor(this.table.x[i]);
		}
		// R: (sum(rank(lp)[y == 1]) - n1 (n1 + 1) / 2) / (n1 n0), and wilcox.test's W /
		// (n1 n0)
		assertThat(Discrimination.auc(eta, this.table.y)).isCloseTo(0.711596638655462, within(1e-12));
	}

	@Test
	void recalibrationIsGlmOfTheOutcomeOnThePredictor() {
		double[] alliance = new double[this.table.y.length];
		for (int i = 0; i < alliance.length; i++) {
			alliance[i] = this.table.x[i][0];
		}
		Calibration calibration = Calibration.of(alliance, this.table.y);
		// R: glm(dropout ~ alliance, family = binomial)
		assertThat(calibration.intercept()).isCloseTo(4.08001463768078, within(1e-6 * 4.08));
		assertThat(calibration.slope()).isCloseTo(-1.17535474641364, within(1e-6 * 1.175));
	}

	@Test
	void aMaximumLikelihoodFitIsPerfectlyCalibratedOnItsOwnRows() {
		// The score equations of an intercept and a slope: Σ(y − p) = 0 and Σ(y − p)η =
		// 0,
		// so recalibrating glm's own linear predictor gives intercept 0 and slope 1.
		LogisticFit fit = RidgeLogisticRegression.fit(this.table.x, this.table.y, 0);
		double[] eta = new double[this.table.y.length];
		for (int i = 0; i < eta.length; i++) {
			eta[i] = fit.linearPredictor(this.table.x[i]);
		}
		Calibration calibration = Calibration.of(eta, this.table.y);
		assertThat(calibration.slope()).isCloseTo(1, within(1e-9));
		assertThat(calibration.intercept()).isCloseTo(0, within(1e-9));
		assertThat(calibration.groups()).hasSize(10);
		assertThat(calibration.groups().stream().mapToInt(Calibration.Group::rows).sum()).isEqualTo(120);
	}

}
