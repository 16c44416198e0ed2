package org.alliance.outcome.dropout;

import java.util.List;

/**
 * Chooses the ridge penalty by k-fold cross-validation and fits the model on the whole
 * table. For each penalty on a grid of 49 values, eight per decade from 10⁻⁴ to 10²
 * (fitted from the largest down, each fit starting from the previous one), every fold is
 * predicted by a model fitted on the other folds, its features standardised with the
 * training folds' own means and SDs, so that nothing of the held-out rows leaks in. The
 * penalty with the smallest out-of-fold binomial deviance wins (glmnet's default for
 * binomial models); on a tie, the larger one. The reported AUC and calibration are those
 * of the out-of-fold predictions at that penalty. As the penalty is chosen on the same
 * folds, they are slightly optimistic; with a few features and hundreds of rows the
 * difference is small.
 */
public final class CrossValidatedRidge {

	/** The penalties tried, largest first. */
	static final double[] LAMBDAS = grid();

	private CrossValidatedRidge() {
	}

	/**
	 * @param features the names of the columns of x
	 * @param x rows of features on their own scale
	 * @param y outcomes, 0 or 1
	 * @param folds number of folds
	 * @param seed seed of the fold assignment
	 * @return the model, never null
	 * @throws IllegalArgumentException when a feature is constant or an outcome has fewer
	 * rows than folds
	 */
	public static RidgeModel fit(List<String> features, double[][] x, double[] y, int folds, long seed) {
		Standardization whole = Standardization.of(x);
		int constant = whole.firstConstant();
		if (constant >= 0) {
			throw new IllegalArgumentException(
					"feature '" + features.get(constant) + "' has the same value in every row, so it cannot predict");
		}
		int[] fold = StratifiedFolds.assign(y, folds, seed);
		double[][] eta = outOfFold(x, y, fold, folds);
		int best = 0;
		double bestDeviance = Double.POSITIVE_INFINITY;
		for (int k = 0; k < LAMBDAS.length; k++) {
			double deviance = deviance(eta[k], y);
			if (deviance < bestDeviance) {
				bestDeviance = deviance;
				best = k;
			}
		}
		double lambda = LAMBDAS[best];
		LogisticFit standardized = RidgeLogisticRegression.fit(whole.apply(x), y, lambda);
		int events = 0;
		for (double outcome : y) {
			events += (int) outcome;
		}
		return new RidgeModel(features, whole, standardized, whole.toOriginalScale(standardized), lambda, folds, seed,
				y.length, events, Discrimination.auc(eta[best], y), Calibration.of(eta[best], y));
	}

	/** The out-of-fold linear predictor of every row at every penalty. */
	private static double[][] outOfFold(double[][] x, double[] y, int[] fold, int folds) {
		double[][] eta = new double[LAMBDAS.length][y.length];
		for (int f = 0; f < folds; f++) {
			int trainRows = 0;
			for (int i = 0; i < y.length; i++) {
				trainRows += (fold[i] != f) ? 1 : 0;
			}
			double[][] trainX = new double[trainRows][];
			double[] trainY = new double[trainRows];
			int next = 0;
			for (int i = 0; i < y.length; i++) {
				if (fold[i] != f) {
					trainX[next] = x[i];
					trainY[next++] = y[i];
				}
			}
			Standardization scale = withUnitForConstant(Standardization.of(trainX));
			double[][] trainZ = scale.apply(trainX);
			LogisticFit fit = null;
			for (int k = 0; k < LAMBDAS.length; k++) {
				fit = RidgeLogisticRegression.fit(trainZ, trainY, LAMBDAS[k], fit);
				for (int i = 0; i < y.length; i++) {
					if (fold[i] == f) {
						eta[k][i] = fit.linearPredictor(scale.apply(x[i]));
					}
				}
			}
		}
		return eta;
	}

	/**
	 * A feature constant within the training folds (a rare 0/1 feature, say) gets SD 1:
	 * its standardised column is all 0 there, so the penalty keeps its coefficient at 0.
	 */
	private static Standardization withUnitForConstant(Standardization scale) {
		double[] sds = scale.sds();
		for (int j = 0; j < sds.length; j++) {
			if (!(sds[j] > 0)) {
				sds[j] = 1;
			}
		}
		return new Standardization(scale.means(), sds);
	}

	/** −2 × the binomial log-likelihood of the predictions. */
	static double deviance(double[] eta, double[] y) {
		double sum = 0;
		for (int i = 0; i < y.length; i++) {
			// log(1 + e^-eta) for y = 1, log(1 + e^eta) for y = 0
			double signed = (y[i] == 1) ? -eta[i] : eta[i];
			sum += (signed > 0) ? signed + Math.log1p(Math.exp(-signed)) : Math.log1p(Math.exp(signed));
		}
		return 2 * sum;
	}

	private static double[] grid() {
		double[] lambdas = new double[49];
		for (int k = 0; k < lambdas.length; k++) {
			lambdas[k] = Math.pow(10, 2 - k / 8.0);
		}
		return lambdas;
	}

}
