package org.alliance.outcome.dropout;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Folds are deterministic and stratified; the chosen penalty minimises the out-of-fold
 * deviance; the reported AUC is that of out-of-fold predictions.
 */
class CrossValidatedRidgeTests {

	private final ReferenceTable table = ReferenceTable.read();

	@Test
	void foldsAreTheSameForASeedAndHoldBothOutcomesInProportion() {
		int[] folds = StratifiedFolds.assign(this.table.y, 10, 7);
		assertThat(StratifiedFolds.assign(this.table.y, 10, 7)).containsExactly(folds);
		assertThat(StratifiedFolds.assign(this.table.y, 10, 8)).isNotEqualTo(folds);
		for (int f = 0; f < 10; f++) {
			int rows = 0;
			int dropouts = 0;
			for (int i = 0; i < folds.length; i++) {
				if (folds[i] == f) {
					rows++;
					dropouts += (int) this.table.y[i];
				}
			}
			// 120 rows, 35 dropouts: 12 rows per fold, 3 or 4 dropouts
			assertThat(rows).isEqualTo(12);
			assertThat(dropouts).isBetween(3, 4);
		}
	}

	@Test
	void choosesThePenaltyWithTheSmallestOutOfFoldDevianceAndRefitsOnAllRows() {
		RidgeModel model = CrossValidatedRidge.fit(ReferenceTable.FEATURES, this.table.x, this.table.y, 10, 1);
		assertThat(model.rows()).isEqualTo(120);
		assertThat(model.events()).isEqualTo(35);
		assertThat(Arrays.stream(CrossValidatedRidge.LAMBDAS).anyMatch((l) -> l == model.lambda())).isTrue();
		Standardization scale = Standardization.of(this.table.x);
		LogisticFit refit = RidgeLogisticRegression.fit(scale.apply(this.table.x), this.table.y, model.lambda());
		assertThat(model.standardized().coefficients()).containsExactly(refit.coefficients(), within(1e-12));
		// out-of-fold AUC is below the in-sample AUC of glm's fit on the same rows
		assertThat(model.cvAuc()).isBetween(0.5, 0.711596638655462);
		assertThat(CrossValidatedRidge.fit(ReferenceTable.FEATURES, this.table.x, this.table.y, 10, 1))
			.usingRecursiveComparison()
			.isEqualTo(model);
	}

	@Test
	void contributionsAddUpToTheLogOddsAgainstARowAtTheMeans() {
		RidgeModel model = CrossValidatedRidge.fit(ReferenceTable.FEATURES, this.table.x, this.table.y, 10, 1);
		double[] row = this.table.x[3];
		double atMeans = model.original().linearPredictor(model.standardization().means());
		double sum = Arrays.stream(model.contributions(row)).sum();
		assertThat(model.original().linearPredictor(row) - atMeans).isCloseTo(sum, within(1e-12));
	}

	@Test
	void refusesAConstantFeatureByName() {
		double[][] x = new double[this.table.x.length][];
		for (int i = 0; i < x.length; i++) {
			x[i] = new double[] { this.table.x[i][0], 3 };
		}
		assertThatThrownBy(
				() -> CrossValidatedRidge.fit(java.util.List.of("alliance", "clinic"), x, this.table.y, 10, 1))
			.hasMessageContaining("'clinic'");
	}

}
