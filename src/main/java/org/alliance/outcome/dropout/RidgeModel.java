package org.alliance.outcome.dropout;

import java.util.List;

/**
 * A ridge logistic regression chosen by cross-validation, with what it says of itself.
 *
 * @param features the features' names, in column order
 * @param standardization the means and SDs of the features in the whole table
 * @param standardized the fit on standardised features (log-odds per SD)
 * @param original the same fit per unit of each feature
 * @param lambda the penalty chosen
 * @param folds number of cross-validation folds
 * @param seed seed of the fold assignment
 * @param rows rows fitted
 * @param events rows with outcome 1
 * @param cvAuc the AUC of the out-of-fold predictions at the chosen penalty
 * @param calibration logistic recalibration of the out-of-fold linear predictor
 */
public record RidgeModel(List<String> features, Standardization standardization, LogisticFit standardized,
		LogisticFit original, double lambda, int folds, long seed, int rows, int events, double cvAuc,
		Calibration calibration) {

	public RidgeModel {
		features = List.copyOf(features);
	}

	/**
	 * The predicted probability for one row of features on their own scale.
	 * @param row the features in the model's order
	 */
	public double risk(double[] row) {
		return LogisticFit.probability(this.original.linearPredictor(row));
	}

	/**
	 * Each feature's share of the row's log-odds against an average row: the standardised
	 * coefficient times the row's standardised value, {@code b_j (x_j − mean_j) / sd_j}.
	 * A positive share raises the risk above that of a row at the table's means.
	 */
	public double[] contributions(double[] row) {
		double[] z = this.standardization.apply(row);
		double[] b = this.standardized.coefficients();
		double[] shares = new double[b.length];
		for (int j = 0; j < b.length; j++) {
			shares[j] = b[j] * z[j];
		}
		return shares;
	}

}
