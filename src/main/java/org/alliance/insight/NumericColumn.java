package org.alliance.insight;

/**
 * A column of numbers; missing cells are {@code NaN}. The array is shared, not copied,
 * because a column can hold millions of rows: treat it as read-only.
 *
 * @param name the header
 * @param values the numbers by row
 */
public record NumericColumn(String name, double[] values) implements Column {

	@Override
	public int size() {
		return this.values.length;
	}

	@Override
	public boolean isMissing(int row) {
		return Double.isNaN(this.values[row]);
	}

}
