package org.alliance.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The item responses of the complete rows, reverse-scored where asked.
 */
final class ItemScores {

	private ItemScores() {
	}

	static double[][] complete(DataTable data, List<String> items, Set<String> reversed, double min, double max) {
		List<double[]> columns = new ArrayList<>();
		for (String name : items) {
			Column column = data.column(name);
			if (!(column instanceof NumericColumn numeric)) {
				throw new InvalidInputException("item '" + name + "' is not numeric");
			}
			columns.add(numeric.values());
		}
		List<double[]> rows = new ArrayList<>();
		for (int row = 0; row < data.rowCount(); row++) {
			double[] scores = new double[items.size()];
			boolean complete = true;
			for (int i = 0; i < scores.length; i++) {
				double value = columns.get(i)[row];
				complete &= !Double.isNaN(value);
				scores[i] = reversed.contains(items.get(i)) ? min + max - value : value;
			}
			if (complete) {
				rows.add(scores);
			}
		}
		return rows.toArray(new double[0][]);
	}

}
