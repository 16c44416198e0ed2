package org.alliance.insight.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.alliance.insight.Column;
import org.alliance.insight.CsvDialect;
import org.alliance.insight.CsvSettings;
import org.alliance.insight.InvalidInputException;
import org.alliance.insight.NonFiniteCell;
import org.alliance.insight.NumericColumn;
import org.alliance.insight.TextColumn;

/**
 * Reads CSV (RFC 4180: comma separated, optional double quotes, {@code ""} inside
 * quotes), or the same with another separator and decimal mark
 * ({@link CsvDialectDetector}), at the byte level. One pass records where every cell
 * starts and ends; then each column is converted on its own, in parallel: to numbers when
 * every non-missing cell is a number, otherwise to dictionary-coded text. No regular
 * expressions and no string per numeric cell, so a million rows read in well under a
 * second.
 */
public final class CsvParser {

	private final byte[] bytes;

	private final byte separator;

	private final byte decimal;

	private final int columns;

	private final List<String> header;

	private int[] starts;

	private int[] ends;

	private boolean[] escaped;

	private int cells;

	/** The file line (from 1, header included) of each row. */
	private int[] lines = new int[16];

	private int rowCount;

	private CsvParser(byte[] bytes, CsvDialect dialect, int headerEnd, List<String> header) {
		this.bytes = bytes;
		this.separator = (byte) dialect.separator();
		this.decimal = (byte) dialect.decimal();
		this.header = header;
		this.columns = header.size();
		int estimate = Math.max(16, countLines(bytes, headerEnd) * this.columns + this.columns);
		this.starts = new int[estimate];
		this.ends = new int[estimate];
		this.escaped = new boolean[estimate];
		tokenizeBody(headerEnd);
	}

	/**
	 * Reads a CSV file, detecting its dialect.
	 * @param path the file
	 * @return its columns in file order, never null
	 * @throws InvalidInputException when unreadable, empty or ragged
	 */
	public static List<Column> read(Path path) {
		return read(path, (name) -> true, CsvSettings.DETECT).columns();
	}

	/**
	 * Some columns of a file and what a table needs to know of the rest.
	 *
	 * @param header every header in file order
	 * @param columns the columns read
	 * @param lines the file line (from 1, header included) of each row
	 * @param nonFinite the first {@code Inf}, {@code -Inf} or {@code NaN} of each numeric
	 * column read that has one
	 * @param dialect the dialect the file was read in
	 * @param detected whether a part of the dialect other than the standard one was
	 * detected rather than given
	 */
	public record Selection(List<String> header, List<Column> columns, int[] lines, List<NonFiniteCell> nonFinite,
			CsvDialect dialect, boolean detected) {
	}

	/**
	 * Reads the wanted columns of a file; the others are checked for shape but not
	 * converted, which saves the text coding of columns a model does not use.
	 * @param path the file
	 * @param wanted which headers to convert
	 * @param settings the separator and decimal mark, where the user fixed them
	 * @return the wanted columns in file order and all headers, never null
	 * @throws InvalidInputException when unreadable, empty or ragged
	 */
	public static Selection read(Path path, Predicate<String> wanted, CsvSettings settings) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(path);
		}
		catch (IOException | OutOfMemoryError ex) {
			throw new InvalidInputException("cannot read data file '" + path + "': " + ex, ex);
		}
		return parse(bytes, wanted, settings);
	}

	/**
	 * Parses CSV bytes, detecting the dialect.
	 * @param bytes the file content, UTF-8
	 * @return its columns in file order
	 */
	public static List<Column> parse(byte[] bytes) {
		return parse(bytes, (name) -> true, CsvSettings.DETECT).columns();
	}

	private static Selection parse(byte[] bytes, Predicate<String> wanted, CsvSettings settings) {
		int start = (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF)
				? 3 : 0;
		CsvDialectDetector.Detection detection = CsvDialectDetector.detect(bytes, start, settings);
		CsvDialect dialect = detection.dialect();
		List<String> header = new ArrayList<>();
		int headerEnd = readHeader(bytes, dialect, start, header);
		if (header.isEmpty() || (header.size() == 1 && header.get(0).isEmpty())) {
			throw new InvalidInputException("the data file is empty: a header line is needed");
		}
		boolean detected = (detection.separatorDetected() && dialect.separator() != ',')
				|| (detection.decimalDetected() && dialect.decimal() != '.');
		return new CsvParser(bytes, dialect, headerEnd, header).select(wanted, detected);
	}

	private static int readHeader(byte[] bytes, CsvDialect dialect, int start, List<String> header) {
		CsvParser scratch = new CsvParser(bytes, dialect);
		int end = scratch.tokenizeLine(start, 1);
		for (int i = 0; i < scratch.cells; i++) {
			header.add(scratch.text(i).trim());
		}
		return end;
	}

	private CsvParser(byte[] bytes, CsvDialect dialect) {
		this.bytes = bytes;
		this.separator = (byte) dialect.separator();
		this.decimal = (byte) dialect.decimal();
		this.columns = 0;
		this.header = List.of();
		this.starts = new int[16];
		this.ends = new int[16];
		this.escaped = new boolean[16];
	}

	private static int countLines(byte[] bytes, int from) {
		int lines = 1;
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				lines++;
			}
		}
		return lines;
	}

	private void tokenizeBody(int from) {
		int position = from;
		int line = 2;
		while (position < this.bytes.length) {
			int before = this.cells;
			position = tokenizeLine(position, line);
			int found = this.cells - before;
			boolean blank = found == 1 && this.starts[before] == this.ends[before] && !this.escaped[before];
			if (blank) {
				this.cells = before;
			}
			else if (found != this.columns) {
				throw new InvalidInputException("line " + line + " of the data file has " + found
						+ " fields but the header has " + this.columns + separatorHint());
			}
			else {
				if (this.rowCount == this.lines.length) {
					this.lines = Arrays.copyOf(this.lines, this.rowCount * 2);
				}
				this.lines[this.rowCount++] = line;
			}
			line++;
		}
	}

	/**
	 * A one-column header that holds another separator means the separator given is
	 * wrong: say which one the file looks like.
	 */
	private String separatorHint() {
		if (this.columns != 1) {
			return "";
		}
		for (char other : new char[] { ';', '\t', '|', ',' }) {
			if (other != this.separator && this.header.get(0).indexOf(other) >= 0) {
				return " (the header reads as one column: the file looks "
						+ ((other == '\t') ? "tab" : "'" + other + "'")
						+ "-separated; say so with --sep, or leave --sep out to detect it)";
			}
		}
		return "";
	}

	/** Records the cells of one line and returns where the next line starts. */
	private int tokenizeLine(int from, int line) {
		int i = from;
		int length = this.bytes.length;
		while (true) {
			ensureCapacity();
			if (i < length && this.bytes[i] == '"') {
				i = quotedCell(i, line);
			}
			else {
				int start = i;
				while (i < length && this.bytes[i] != this.separator && this.bytes[i] != '\n'
						&& this.bytes[i] != '\r') {
					i++;
				}
				addCell(start, i, false);
			}
			if (i >= length) {
				return i;
			}
			byte next = this.bytes[i];
			if (next == this.separator) {
				i++;
				continue;
			}
			if (next == '\r') {
				i++;
				if (i < length && this.bytes[i] == '\n') {
					i++;
				}
				return i;
			}
			if (next == '\n') {
				return i + 1;
			}
			throw new InvalidInputException("line " + line + " of the data file has text after a closing quote");
		}
	}

	private int quotedCell(int open, int line) {
		int i = open + 1;
		boolean hasEscape = false;
		while (true) {
			if (i >= this.bytes.length) {
				throw new InvalidInputException("line " + line + " of the data file has an unclosed quote");
			}
			if (this.bytes[i] == '"') {
				if (i + 1 < this.bytes.length && this.bytes[i + 1] == '"') {
					hasEscape = true;
					i += 2;
					continue;
				}
				addCell(open + 1, i, hasEscape);
				return i + 1;
			}
			i++;
		}
	}

	private void addCell(int start, int end, boolean hasEscape) {
		this.starts[this.cells] = start;
		this.ends[this.cells] = end;
		this.escaped[this.cells] = hasEscape;
		this.cells++;
	}

	private void ensureCapacity() {
		if (this.cells == this.starts.length) {
			int size = this.starts.length * 2;
			this.starts = Arrays.copyOf(this.starts, size);
			this.ends = Arrays.copyOf(this.ends, size);
			this.escaped = Arrays.copyOf(this.escaped, size);
		}
	}

	private String text(int cell) {
		String raw = new String(this.bytes, this.starts[cell], this.ends[cell] - this.starts[cell],
				StandardCharsets.UTF_8);
		return this.escaped[cell] ? raw.replace("\"\"", "\"") : raw;
	}

	private Selection select(Predicate<String> wanted, boolean detected) {
		int rows = this.cells / Math.max(1, this.columns);
		List<Converted> converted = IntStream.range(0, this.columns)
			.filter((c) -> wanted.test(this.header.get(c)))
			.parallel()
			.mapToObj((c) -> column(c, rows))
			.toList();
		List<NonFiniteCell> nonFinite = converted.stream()
			.map(Converted::nonFinite)
			.filter(java.util.Objects::nonNull)
			.toList();
		return new Selection(this.header, converted.stream().map(Converted::column).toList(),
				Arrays.copyOf(this.lines, this.rowCount), nonFinite,
				new CsvDialect((char) this.separator, (char) this.decimal), detected);
	}

	/** A converted column and its first non-finite number, or null. */
	private record Converted(Column column, NonFiniteCell nonFinite) {
	}

	private Converted column(int column, int rows) {
		String name = this.header.get(column);
		double[] values = new double[rows];
		NonFiniteCell nonFinite = null;
		for (int row = 0; row < rows; row++) {
			int cell = row * this.columns + column;
			double value = CsvNumbers.parse(this.bytes, this.starts[cell], this.ends[cell], this.decimal);
			if (CsvNumbers.isText(value)) {
				return new Converted(textColumn(name, column, rows), null);
			}
			if (nonFinite == null && !Double.isFinite(value) && (Double.isInfinite(value)
					|| !CsvNumbers.isMissing(this.bytes, this.starts[cell], this.ends[cell]))) {
				nonFinite = new NonFiniteCell(name, row, text(cell).trim(), this.lines[row]);
			}
			values[row] = value;
		}
		return new Converted(new NumericColumn(name, values), nonFinite);
	}

	/**
	 * Codes text cells through an open-addressing table keyed on the cell's bytes, so a
	 * string is made only once per distinct value.
	 */
	private Column textColumn(String name, int column, int rows) {
		int[] codes = new int[rows];
		List<String> dictionary = new ArrayList<>();
		int[] firstCell = new int[64];
		int[] table = new int[128];
		Arrays.fill(table, -1);
		for (int row = 0; row < rows; row++) {
			int cell = row * this.columns + column;
			if (CsvNumbers.isMissing(this.bytes, this.starts[cell], this.ends[cell])) {
				codes[row] = -1;
				continue;
			}
			if (dictionary.size() * 2 >= table.length) {
				table = rehash(firstCell, dictionary.size(), table.length * 2);
			}
			int slot = hash(cell) & (table.length - 1);
			while (table[slot] >= 0 && !sameBytes(firstCell[table[slot]], cell)) {
				slot = (slot + 1) & (table.length - 1);
			}
			if (table[slot] < 0) {
				if (dictionary.size() == firstCell.length) {
					firstCell = Arrays.copyOf(firstCell, firstCell.length * 2);
				}
				firstCell[dictionary.size()] = cell;
				table[slot] = dictionary.size();
				dictionary.add(text(cell));
			}
			codes[row] = table[slot];
		}
		return new TextColumn(name, codes, dictionary);
	}

	private int[] rehash(int[] firstCell, int count, int size) {
		int[] table = new int[size];
		Arrays.fill(table, -1);
		for (int code = 0; code < count; code++) {
			int slot = hash(firstCell[code]) & (size - 1);
			while (table[slot] >= 0) {
				slot = (slot + 1) & (size - 1);
			}
			table[slot] = code;
		}
		return table;
	}

	private int hash(int cell) {
		int h = 0x811C9DC5;
		for (int i = this.starts[cell]; i < this.ends[cell]; i++) {
			h = (h ^ this.bytes[i]) * 0x01000193;
		}
		return h ^ (h >>> 16);
	}

	private boolean sameBytes(int a, int b) {
		return Arrays.equals(this.bytes, this.starts[a], this.ends[a], this.bytes, this.starts[b], this.ends[b])
				&& this.escaped[a] == this.escaped[b];
	}

}
