package org.alliance.alliance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.alliance.insight.InvalidInputException;

/**
 * Finds a cell that literally reads {@code NaN}. The insight module's CSV reader gives
 * such a cell the same value as an empty or {@code NA} cell, a rating not given; but a
 * {@code NaN} in a score column is a failed computation upstream (a mean of nothing,
 * 0/0), not a session the client skipped, and reading it as missing would hide the fault.
 * So when a numeric column has missing cells the file is read again for this. Remove this
 * class once {@code NumericColumn} tells the two apart.
 */
final class NotANumberCells {

	private NotANumberCells() {
	}

	/**
	 * The first line whose cell in one column reads {@code NaN}, quoted or not, blanks
	 * around it ignored (RFC 4180 fields: {@code ""} is a quote inside quotes, and a line
	 * break inside quotes belongs to the cell).
	 * @param path the CSV file, with a header line
	 * @param column the column's position in the header, from 0
	 * @return the line number, from 1 for the header; empty when there is none
	 */
	static OptionalInt firstLine(Path path, int column) {
		String text = read(path);
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int recordLine = 1;
		int field = 0;
		for (int i = 0; i <= text.length(); i++) {
			char c = (i < text.length()) ? text.charAt(i) : '\n';
			boolean endOfLine = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
			if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
				cell.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == ',' || endOfLine)) {
				if (field == column && recordLine > 1 && cell.toString().strip().equals("NaN")) {
					return OptionalInt.of(recordLine);
				}
				cell.setLength(0);
				field = (c == ',') ? field + 1 : 0;
			}
			else if (c != '\r') {
				cell.append(c);
			}
			line += endOfLine ? 1 : 0;
			recordLine = (!quoted && endOfLine) ? line : recordLine;
		}
		return OptionalInt.empty();
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new InvalidInputException("cannot read data file '" + path + "': " + ex.getMessage());
		}
	}

}
