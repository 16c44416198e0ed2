package org.alliance.insight;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliance.insight.internal.CsvParser;

/**
 * A rectangular table of named columns, read from CSV or built in memory.
 */
public final class DataTable {

	private final Map<String, Column> columns = new LinkedHashMap<>();

	private final int rowCount;

	/**
	 * Builds a table from columns of equal length.
	 * @param columns the columns, at least one, names distinct
	 */
	public DataTable(List<Column> columns) {
		if (columns.isEmpty()) {
			throw new InvalidInputException("a table needs at least one column");
		}
		this.rowCount = columns.get(0).size();
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
		return new DataTable(CsvParser.read(path));
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
					"column '" + name + "' is not in the data; columns are: " + String.join(", ", columnNames()));
		}
		return column;
	}

}
