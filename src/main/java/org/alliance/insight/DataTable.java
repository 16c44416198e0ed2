package org.alliance.insight;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

	/**
	 * Builds a table from columns of equal length.
	 * @param columns the columns, at least one, names distinct
	 */
	public DataTable(List<Column> columns) {
		this(columns, columns.stream().map(Column::name).toList());
		if (columns.isEmpty()) {
			throw new InvalidInputException("a table needs at least one column");
		}
	}

	private DataTable(List<Column> columns, List<String> fileColumns) {
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
		return new DataTable(CsvParser.read(path));
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
		CsvParser.Selection selection = CsvParser.read(path, wanted::contains);
		return new DataTable(selection.columns(), selection.header());
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

}
