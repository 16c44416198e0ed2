package org.alliance.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The item responses of a scale ready for alpha: finite, on the scale or a declared
 * missing-value code, without items that never vary, on the complete rows (listwise),
 * reverse-scored where asked.
 * <p>
 * An item with no variance is left out with a warning, as psych's {@code alpha()} does
 * ("Item = I4 had no variance and was deleted"; Revelle, psych 2.2.9): it adds nothing to
 * the total's variance but its count k, and its correlations are undefined.
 *
 * @param items the items kept, in the order given
 * @param rows the kept items' scores on the complete rows
 * @param constantItems the items left out for having no variance
 */
record ItemScores(List<String> items, double[][] rows, List<String> constantItems) {

	static ItemScores of(DataTable data, List<String> items, Set<String> reversed, ResponseScale scale) {
		List<double[]> columns = new ArrayList<>();
		for (String name : items) {
			columns.add(checked(data, name, scale));
		}
		List<String> kept = new ArrayList<>();
		List<String> constant = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			(varies(columns.get(i)) ? kept : constant).add(items.get(i));
		}
		while (true) {
			double[][] rows = completeRows(data.rowCount(), kept, (item) -> columns.get(items.indexOf(item)), reversed,
					scale);
			// an item may vary overall yet not on the complete rows
			int still = firstConstant(rows, kept.size());
			if (still < 0 || rows.length < 2) {
				return new ItemScores(kept, rows, constant);
			}
			constant.add(kept.remove(still));
		}
	}

	private static double[][] completeRows(int rowCount, List<String> kept, Function<String, double[]> column,
			Set<String> reversed, ResponseScale scale) {
		List<double[]> rows = new ArrayList<>();
		for (int row = 0; row < rowCount; row++) {
			double[] scores = new double[kept.size()];
			boolean complete = true;
			for (int i = 0; i < scores.length; i++) {
				double value = column.apply(kept.get(i))[row];
				complete &= !Double.isNaN(value);
				scores[i] = reversed.contains(kept.get(i)) ? scale.reverse(value) : value;
			}
			if (complete) {
				rows.add(scores);
			}
		}
		return rows.toArray(new double[0][]);
	}

	private static int firstConstant(double[][] rows, int items) {
		for (int i = 0; i < items; i++) {
			double[] column = new double[rows.length];
			for (int row = 0; row < rows.length; row++) {
				column[row] = rows[row][i];
			}
			if (!varies(column)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * An item's responses with declared missing-value codes as NaN.
	 * @throws InvalidInputException for a text column, a non-finite number or a value off
	 * the scale, naming item and row
	 */
	private static double[] checked(DataTable data, String name, ResponseScale scale) {
		if (!(data.column(name) instanceof NumericColumn numeric)) {
			boolean commas = data.column(name) instanceof TextColumn text && text.holdsDecimalCommaNumbers();
			throw new InvalidInputException("item '" + name + "' is not numeric" + (commas
					? " (its values are numbers with decimal commas: read the file with --decimal ',')" : ""));
		}
		data.firstNonFinite(name).ifPresent((cell) -> {
			throw new InvalidInputException("item '" + name + "' has " + cell.describe()
					+ ": a response must be a number on the scale; correct it, or leave the cell empty or NA"
					+ " for a missing answer");
		});
		double[] values = numeric.values().clone();
		for (int row = 0; row < values.length; row++) {
			double value = values[row];
			if (scale.isMissingCode(value)) {
				values[row] = Double.NaN;
			}
			else if (!Double.isNaN(value) && !scale.contains(value)) {
				throw new InvalidInputException("item '" + name + "' has " + ResponseScale.format(value) + " in "
						+ data.rowName(row) + ", outside the scale " + scale.describe() + ": a missing-value code"
						+ " or a typo, not a score; declare a code as missing (--missing " + ResponseScale.format(value)
						+ ") or correct the value");
			}
		}
		return values;
	}

	/** Whether the non-missing responses take at least two values (psych: sd > 0). */
	private static boolean varies(double[] values) {
		double first = Double.NaN;
		for (double value : values) {
			if (Double.isNaN(value)) {
				continue;
			}
			if (Double.isNaN(first)) {
				first = value;
			}
			else if (value != first) {
				return true;
			}
		}
		return false;
	}

}
