package org.alliance.insight;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.alliance.insight.internal.CsvParser;

/**
 * A rectangular table of named columns, read from CSV or built in memory.
 */
public final class DataTable {

	private final Map<String, Column> columns = new LinkedHashMap<>();

	private final int rowCount;

	/** Every column of the source, read or not, for error messages. */
	private final List<String> fileColumns;

	/** The file line of each row, or null for a table built in memory. */
	private final int[] lines;

	/** The first non-finite number of each numeric column that has one, by column. */
	private final Map<String, NonFiniteCell> nonFinite = new HashMap<>();

	/**
	 * Builds a table from columns of equal length.
	 * @param columns the columns, at least one, names distinct
	 */
	public DataTable(List<Column> columns) {
		this(columns, columns.stream().map(Column::name).toList(), null);
		if (columns.isEmpty()) {
			throw new InvalidInputException("a table needs at least one column");
		}
		for (Column column : columns) {
			if (column instanceof NumericColumn numbers) {
				firstInfinite(numbers).ifPresent((cell) -> this.nonFinite.put(cell.column(), cell));
			}
		}
	}

	private DataTable(CsvParser.Selection selection) {
		this(selection.columns(), selection.header(), selection.lines());
		selection.nonFinite().forEach((cell) -> this.nonFinite.put(cell.column(), cell));
	}

	private DataTable(List<Column> columns, List<String> fileColumns, int[] lines) {
		this.lines = lines;
		this.fileColumns = List.copyOf(fileColumns);
		this.rowCount = columns.isEmpty() ? 0 : columns.get(0).size();
		for (Column column : columns) {
			if (column.size() != this.rowCount) {
				throw new InvalidInputException(
						"column '" + column.name() + "' has " + column.size() + " rows, expected " + this.rowCount);
			}
			if (this.columns.put(column.name(), column) != null) {
				throw new InvalidInputException("column '" + column.name() + "' appears twice");
			}
		}
	}

	/**
	 * Reads a CSV file with a header line. Cells may be quoted; an empty cell or
	 * {@code NA} is missing.
	 * @param path the file
	 * @return the table, never null
	 * @throws InvalidInputException when the file cannot be read or is not rectangular
	 */
	public static DataTable readCsv(Path path) {
		return new DataTable(CsvParser.read(path, (name) -> true));
	}

	/**
	 * Reads only some columns of a CSV file, for speed on wide or long files. Names the
	 * file lacks are not an error here; asking the table for them is, and the message
	 * lists every column of the file.
	 * @param path the file
	 * @param names the headers to read
	 * @return the table of those columns, never null
	 * @throws InvalidInputException when the file cannot be read or is not rectangular
	 */
	public static DataTable readCsv(Path path, Collection<String> names) {
		Set<String> wanted = Set.copyOf(names);
		return new DataTable(CsvParser.read(path, wanted::contains));
	}

	/**
	 * The number of rows.
	 * @return rows, not counting the header
	 */
	public int rowCount() {
		return this.rowCount;
	}

	/**
	 * The headers in file order.
	 * @return the names, never null
	 */
	public List<String> columnNames() {
		return List.copyOf(this.columns.keySet());
	}

	/**
	 * Looks a column up by name.
	 * @param name the header
	 * @return the column, never null
	 * @throws InvalidInputException naming the column and the ones present when absent
	 */
	public Column column(String name) {
		Column column = this.columns.get(name);
		if (column == null) {
			throw new InvalidInputException(
					"column '" + name + "' is not in the data; columns are: " + String.join(", ", this.fileColumns));
		}
		return column;
	}

	/**
	 * The first cell of a numeric column that holds {@code Inf}, {@code -Inf} or
	 * {@code NaN} ({@code NaN} only when read from a file, where it differs from an empty
	 * or {@code NA} cell; in memory NaN marks a missing value).
	 * @param name the header
	 * @return the cell, or empty for a text column or one of finite numbers
	 * @throws InvalidInputException when the column is absent
	 */
	public Optional<NonFiniteCell> firstNonFinite(String name) {
		column(name);
		return Optional.ofNullable(this.nonFinite.get(name));
	}

	/**
	 * Names a row for a message.
	 * @param row the row, from 0
	 * @return e.g. {@code row 2 (line 3 of the file)}, or {@code row 2} in memory
	 */
	public String rowName(int row) {
		return rowName(row, (this.lines == null) ? 0 : this.lines[row]);
	}

	static String rowName(int row, int line) {
		return "row " + (row + 1) + ((line > 0) ? " (line " + line + " of the file)" : "");
	}

	private static Optional<NonFiniteCell> firstInfinite(NumericColumn column) {
		double[] values = column.values();
		for (int row = 0; row < values.length; row++) {
			if (Double.isInfinite(values[row])) {
				return Optional.of(new NonFiniteCell(column.name(), row, (values[row] > 0) ? "Inf" : "-Inf", 0));
			}
		}
		return Optional.empty();
	}

}
