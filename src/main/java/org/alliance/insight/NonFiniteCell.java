package org.alliance.insight;

/**
 * A cell of a numeric column that holds no finite number: {@code Inf}, {@code -Inf},
 * {@code NaN}, or a number too large for a double. R reads these as numbers and lme4
 * refuses them ("NA/NaN/Inf in 'y'"); Alliance refuses them in every numeric column a
 * command uses, because they are export errors or missing-value codes, never scores.
 *
 * @param column the column's header
 * @param row the row, from 0
 * @param text the cell as written
 * @param line the file line (from 1, header included), or 0 for a table built in memory
 */
public record NonFiniteCell(String column, int row, String text, int line) {

	/**
	 * Says where the cell is.
	 * @return e.g. {@code -Inf in row 2 (line 3 of the file)}
	 */
	public String describe() {
		return this.text + " in " + DataTable.rowName(this.row, this.line);
	}

}
