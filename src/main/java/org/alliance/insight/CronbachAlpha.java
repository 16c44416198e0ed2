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
 * {@code min + max − x} on the scale's range; an item with no variance is left out, as
 * psych does.
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
	 * @param items per-item statistics in the order given, constant items left out
	 * @param constantItems items left out because they have no variance, as psych does
	 */
	public record Result(double alpha, double standardizedAlpha, int completeRows, int droppedRows,
			List<ItemStatistics> items, List<String> constantItems) {

		public Result {
			items = List.copyOf(items);
			constantItems = List.copyOf(constantItems);
		}

		/**
		 * What the user must know about the result.
		 * @return one line per constant item, empty when none
		 */
		public List<String> warnings() {
			return this.constantItems.stream()
				.map((item) -> "item '" + item + "' has no variance (no two answers differ) and was left out,"
						+ " as psych's alpha() does")
				.toList();
		}

	}

	/**
	 * Computes alpha with no missing-value codes.
	 * @param data the responses, one row per respondent
	 * @param items the item columns, at least two, numeric
	 * @param reversed the items to reverse-score, a subset of {@code items}
	 * @param scaleMin the lowest response option
	 * @param scaleMax the highest response option
	 * @return the result, never null
	 * @throws InvalidInputException as {@link #of(DataTable, List, Set, ResponseScale)}
	 */
	public static Result of(DataTable data, List<String> items, Set<String> reversed, double scaleMin,
			double scaleMax) {
		return of(data, items, reversed, ResponseScale.of(scaleMin, scaleMax));
	}

	/**
	 * Computes alpha. Declared missing-value codes count as missing; items with no
	 * variance are left out (see {@link Result#warnings()}).
	 * @param data the responses, one row per respondent
	 * @param items the item columns, at least two, numeric
	 * @param reversed the items to reverse-score, a subset of {@code items}
	 * @param scale the response options and missing-value codes
	 * @return the result, never null
	 * @throws InvalidInputException for a missing or text column, a non-finite number or
	 * a value off the scale (naming item and row), fewer than two varying items or
	 * complete rows, or a reversed item not among the items
	 */
	public static Result of(DataTable data, List<String> items, Set<String> reversed, ResponseScale scale) {
		if (items.size() < 2) {
			throw new InvalidInputException("alpha needs at least two items");
		}
		for (String name : reversed) {
			if (!items.contains(name)) {
				throw new InvalidInputException("reversed item '" + name + "' is not among the items " + items);
			}
		}
		ItemScores scores = ItemScores.of(data, items, reversed, scale);
		if (scores.items().size() < 2) {
			throw new InvalidInputException("alpha needs at least two items that vary; "
					+ String.join(", ", scores.constantItems()) + " have no variance");
		}
		int n = scores.rows().length;
		if (n < 2) {
			throw new InvalidInputException("alpha needs at least two rows with every item present; found " + n);
		}
		double[][] covariance = Covariances.of(scores.rows());
		List<ItemStatistics> statistics = new ArrayList<>();
		for (int i = 0; i < scores.items().size(); i++) {
			String name = scores.items().get(i);
			statistics.add(item(name, reversed.contains(name), scores.rows(), covariance, i));
		}
		return new Result(Covariances.alpha(covariance, -1), Covariances.standardizedAlpha(covariance), n,
				data.rowCount() - n, statistics, scores.constantItems());
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
