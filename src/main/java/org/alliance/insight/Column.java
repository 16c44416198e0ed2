package org.alliance.insight;

/**
 * One column of a {@link DataTable}: numbers or text. A column is numeric when every
 * non-missing cell reads as a number, as R's {@code read.csv} decides.
 */
public sealed interface Column permits NumericColumn, TextColumn {

	/**
	 * The column's header.
	 * @return the name, never null
	 */
	String name();

	/**
	 * The number of rows.
	 * @return the row count
	 */
	int size();

	/**
	 * Whether a cell is missing (empty or {@code NA} in the file).
	 * @param row the row, from 0
	 * @return true when missing
	 */
	boolean isMissing(int row);

}
