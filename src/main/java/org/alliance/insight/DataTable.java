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
 * A rectangular table of named columns, read from CSV or built in memory. Besides the
 * columns it keeps what messages need: every column of the file, each row's file line,
 * the first non-finite number of each numeric column and the dialect the file was read
 * in; and the reference level chosen for a factor, as R's {@code relevel} sets it.
 */
public final class DataTable {

	private final Map<String, Column> columns = new LinkedHashMap<>();

	private final int rowCount;

	private final Source source;

	/** The first non-finite number of each numeric column that has one, by column. */
	private final Map<String, NonFiniteCell> nonFinite = new HashMap<>();

	/** Reference levels chosen by the user, by column. */
	private final Map<String, String> referenceLevels = new HashMap<>();

	/**
	 * Where a table came from.
	 *
	 * @param columns every column of the source, read or not, for error messages
	 * @param lines the file line of each row, or null for a table built in memory
	 * @param dialect the dialect the file was read in
	 * @param detected whether a non-standard part of the dialect was detected
	 */
	private record Source(List<String> columns, int[] lines, CsvDialect dialect, boolean detected) {
	}

	/**
	 * Builds a table from columns of equal length.
	 * @param columns the columns, at least one, names distinct
	 */
	public DataTable(List<Column> columns) {
		this(columns, new Source(columns.stream().map(Column::name).toList(), null, CsvDialect.STANDARD, false));
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
		this(selection.columns(),
				new Source(selection.header(), selection.lines(), selection.dialect(), selection.detected()));
		selection.nonFinite().forEach((cell) -> this.nonFinite.put(cell.column(), cell));
	}

	private DataTable(List<Column> columns, Source source) {
		this.source = source;
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
	 * Reads a CSV file with a header line, detecting its separator and decimal mark (see
	 * {@link #readCsv(Path, Collection, CsvSettings)}). Cells may be quoted; an empty
	 * cell or {@code NA} is missing.
	 * @param path the file
	 * @return the table, never null
	 * @throws InvalidInputException when the file cannot be read or is not rectangular
	 */
	public static DataTable readCsv(Path path) {
		return new DataTable(CsvParser.read(path, (name) -> true, CsvSettings.DETECT));
	}

	/**
	 * Reads a delimited file with a header line.
	 * @param path the file
	 * @param settings the separator and decimal mark where the user fixed them; the rest
	 * is detected
	 * @return the table, never null
	 * @throws InvalidInputException when the file cannot be read or is not rectangular
	 */
	public static DataTable readCsv(Path path, CsvSettings settings) {
		return new DataTable(CsvParser.read(path, (name) -> true, settings));
	}

	/**
	 * Reads only some columns of a CSV file, for speed on wide or long files, detecting
	 * its separator and decimal mark.
	 * @param path the file
	 * @param names the headers to read
	 * @return the table of those columns, never null
	 * @throws InvalidInputException when the file cannot be read or is not rectangular
	 */
	public static DataTable readCsv(Path path, Collection<String> names) {
		return readCsv(path, names, CsvSettings.DETECT);
	}

	/**
	 * Reads only some columns of a delimited file. Names the file lacks are not an error
	 * here; asking the table for them is, and the message lists every column of the file.
	 * What the settings leave open is detected: comma or semicolon (or tab, {@code |})
	 * separated, decimal point or comma; {@link #detectedDialect()} says what was found.
	 * @param path the file
	 * @param names the headers to read
	 * @param settings the separator and decimal mark where the user fixed them
	 * @return the table of those columns, never null
	 * @throws InvalidInputException when the file cannot be read or is not rectangular
	 */
	public static DataTable readCsv(Path path, Collection<String> names, CsvSettings settings) {
		Set<String> wanted = Set.copyOf(names);
		return new DataTable(CsvParser.read(path, wanted::contains, settings));
	}

	/**
	 * The table with a factor's reference level chosen, as R's
	 * {@code relevel(x, ref = level)}: that level comes first, the others keep their
	 * sorted order.
	 * @param name a text column
	 * @param level one of its values
	 * @return a table sharing this one's columns, never null
	 * @throws InvalidInputException when the column is absent or numeric, or lacks the
	 * level
	 */
	public DataTable withReferenceLevel(String name, String level) {
		if (!(column(name) instanceof TextColumn text)) {
			throw new InvalidInputException("column '" + name + "' is numeric, so it has no levels to choose from");
		}
		if (!text.dictionary().contains(level)) {
			throw new InvalidInputException("'" + level + "' is not a value of column '" + name + "'; its values are: "
					+ String.join(", ", text.dictionary().stream().sorted().toList()));
		}
		DataTable copy = new DataTable(List.copyOf(this.columns.values()), this.source);
		copy.nonFinite.putAll(this.nonFinite);
		copy.referenceLevels.putAll(this.referenceLevels);
		copy.referenceLevels.put(name, level);
		return copy;
	}

	/**
	 * The reference level chosen for a column.
	 * @param name the header
	 * @return the level, or empty when the sorted order decides
	 */
	public Optional<String> referenceLevel(String name) {
		return Optional.ofNullable(this.referenceLevels.get(name));
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
	 * @throws InvalidInputException naming the column and the ones present when absent,
	 * and the separator when the header reads as one column that holds another
	 */
	public Column column(String name) {
		Column column = this.columns.get(name);
		if (column == null) {
			throw new InvalidInputException("column '" + name + "' is not in the data; columns are: "
					+ String.join(", ", this.source.columns()) + separatorHint());
		}
		return column;
	}

	/** A header that is one column holding a separator means the wrong separator. */
	private String separatorHint() {
		if (this.source.columns().size() != 1) {
			return "";
		}
		String only = this.source.columns().get(0);
		for (char separator : new char[] { ';', '\t', '|', ',' }) {
			if (separator != this.source.dialect().separator() && only.indexOf(separator) >= 0) {
				return " (the header reads as one column: the file looks " + CsvDialect.name(separator)
						+ "-separated, not " + CsvDialect.name(this.source.dialect().separator())
						+ "-separated; say so with --sep)";
			}
		}
		return "";
	}

	/**
	 * The dialect the table was read in.
	 * @return the dialect, {@link CsvDialect#STANDARD} for a table built in memory
	 */
	public CsvDialect dialect() {
		return this.source.dialect();
	}

	/**
	 * What was detected of the file's dialect when it is not the standard one, so that a
	 * command can say so.
	 * @return e.g. {@code ';'-separated with decimal ','}, or empty
	 */
	public Optional<String> detectedDialect() {
		return this.source.detected() ? Optional.of(this.source.dialect().describe()) : Optional.empty();
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
		return rowName(row, (this.source.lines() == null) ? 0 : this.source.lines()[row]);
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
