package org.alliance.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cronbach's (1951) coefficient alpha of a scale,
 * {@code α = k/(k−1) · (1 − Σ s²_i / s²_X)}, with the item statistics psych's
 * {@code alpha()} reports: item mean and SD, the corrected item-total correlation
 * ({@code r.drop}: the item against the sum of the other items) and alpha if the item is
 * dropped. Rows with any item missing are dropped (listwise); a reversed item is scored
 * {@code min + max − x} on the scale's range.
 */
public final class CronbachAlpha {

	private CronbachAlpha() {
	}

	/**
	 * The statistics of one item.
	 *
	 * @param name the column
	 * @param reversed whether it was reverse-scored
	 * @param mean its mean after reversal
	 * @param standardDeviation its sample SD
	 * @param correctedItemTotal its correlation with the sum of the other items
	 * @param alphaIfDropped the scale's alpha without it (NaN for a two-item scale)
	 */
	public record ItemStatistics(String name, boolean reversed, double mean, double standardDeviation,
			double correctedItemTotal, double alphaIfDropped) {
	}

	/**
	 * A scale's reliability.
	 *
	 * @param alpha raw alpha, from covariances
	 * @param standardizedAlpha alpha from the mean inter-item correlation
	 * @param completeRows rows used
	 * @param droppedRows rows dropped for a missing item
	 * @param items per-item statistics in the order given
	 */
	public record Result(double alpha, double standardizedAlpha, int completeRows, int droppedRows,
			List<ItemStatistics> items) {

		public Result {
			items = List.copyOf(items);
		}

	}

	/**
	 * Computes alpha.
	 * @param data the responses, one row per respondent
	 * @param items the item columns, at least two, numeric
	 * @param reversed the items to reverse-score, a subset of {@code items}
	 * @param scaleMin the lowest response option
	 * @param scaleMax the highest response option
	 * @return the result, never null
	 * @throws InvalidInputException for a missing or text column, fewer than two items or
	 * complete rows, or a reversed item not among the items
	 */
	public static Result of(DataTable data, List<String> items, Set<String> reversed, double scaleMin,
			double scaleMax) {
		if (items.size() < 2) {
			throw new InvalidInputException("alpha needs at least two items");
		}
		for (String name : reversed) {
			if (!items.contains(name)) {
				throw new InvalidInputException("reversed item '" + name + "' is not among the items " + items);
			}
		}
		if (!(scaleMin < scaleMax)) {
			throw new InvalidInputException("the scale minimum must be below its maximum");
		}
		double[][] scores = ItemScores.complete(data, items, reversed, scaleMin, scaleMax);
		int n = scores.length;
		if (n < 2) {
			throw new InvalidInputException("alpha needs at least two rows with every item present; found " + n);
		}
		double[][] covariance = Covariances.of(scores);
		List<ItemStatistics> statistics = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			statistics.add(item(items.get(i), reversed.contains(items.get(i)), scores, covariance, i));
		}
		return new Result(Covariances.alpha(covariance, -1), Covariances.standardizedAlpha(covariance), n,
				data.rowCount() - n, statistics);
	}

	private static ItemStatistics item(String name, boolean reversed, double[][] scores, double[][] covariance, int i) {
		double mean = 0;
		for (double[] row : scores) {
			mean += row[i];
		}
		mean /= scores.length;
		double variance = covariance[i][i];
		// cov(item, rest) = Σ_j≠i cov(i, j); var(rest) = Σ_j,l≠i cov(j, l)
		double withRest = 0;
		double restVariance = 0;
		for (int j = 0; j < covariance.length; j++) {
			if (j == i) {
				continue;
			}
			withRest += covariance[i][j];
			for (int l = 0; l < covariance.length; l++) {
				if (l != i) {
					restVariance += covariance[j][l];
				}
			}
		}
		double correlation = withRest / Math.sqrt(variance * restVariance);
		double dropped = (covariance.length > 2) ? Covariances.alpha(covariance, i) : Double.NaN;
		return new ItemStatistics(name, reversed, mean, Math.sqrt(variance), correlation, dropped);
	}

}
