package org.alliance.alliance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliance.insight.Column;
import org.alliance.insight.DataTable;
import org.alliance.insight.InvalidInputException;
import org.alliance.insight.NumericColumn;
import org.alliance.insight.TextColumn;

/**
 * A researcher's long-format alliance ratings: one row per client and session with the
 * columns {@code client}, {@code session} and {@code score}, in any order, among any
 * others. A row with an empty or {@code NA} score is a session not rated; a score that is
 * not a finite number within the scale ({@code Inf}, {@code -Inf}, {@code NaN}, text) is
 * refused, naming its line and column, never read as a rating.
 */
final class LongFormatData {

	static final List<String> COLUMNS = List.of("client", "session", "score");

	private LongFormatData() {
	}

	/**
	 * @param path the CSV file
	 * @param range the scale of the scores: every score must lie within it
	 * @return one series per client, in order of first appearance
	 * @throws InvalidInputException naming missing columns, bad cells and their lines
	 */
	static List<ClientSeries> read(Path path, ScaleRange range) {
		DataTable table = DataTable.readCsv(path);
		List<String> missing = COLUMNS.stream().filter((c) -> !table.columnNames().contains(c)).toList();
		if (!missing.isEmpty()) {
			throw new InvalidInputException("missing column(s) " + String.join(", ", missing)
					+ "; the header needs client, session and score, and has: "
					+ String.join(", ", table.columnNames()));
		}
		Column client = table.column("client");
		NumericColumn session = numeric(table.column("session"));
		NumericColumn score = numeric(table.column("score"));
		refuseNotANumber(table, session);
		refuseNotANumber(table, score);
		Map<String, List<ClientSession>> byClient = new LinkedHashMap<>();
		for (int row = 0; row < table.rowCount(); row++) {
			if (client.isMissing(row) || session.isMissing(row)) {
				throw new InvalidInputException("line " + (row + 2) + ": client and session are required");
			}
			List<ClientSession> sessions = byClient.computeIfAbsent(key(client, row), (k) -> new ArrayList<>());
			if (!score.isMissing(row)) {
				sessions.add(ClientSession.ofTotal(sessionNumber(session, row), score(score, row, range)));
			}
		}
		return series(byClient);
	}

	/** {@code Inf}, {@code -Inf} or a literal {@code NaN} anywhere in the column. */
	private static void refuseNotANumber(DataTable table, NumericColumn column) {
		table.firstNonFinite(column.name()).ifPresent((cell) -> notFinite(column, cell.line(), cell.text()));
	}

	private static double score(NumericColumn score, int row, ScaleRange range) {
		double value = score.values()[row];
		if (Double.isInfinite(value)) {
			notFinite(score, row + 2, (value > 0) ? "Inf" : "-Inf");
		}
		if (value < range.min() || value > range.max()) {
			throw new InvalidInputException(String.format(Locale.ROOT,
					"line %d, column 'score': %s lies outside the scale %s to %s (--scale-min, --scale-max)", row + 2,
					number(value), number(range.min()), number(range.max())));
		}
		return value;
	}

	private static void notFinite(NumericColumn column, int line, String value) {
		throw new InvalidInputException("line " + line + ", column '" + column.name() + "': " + value
				+ " is not a finite number; correct or remove the row");
	}

	private static String number(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? Long.toString((long) value)
				: Double.toString(value);
	}

	private static List<ClientSeries> series(Map<String, List<ClientSession>> byClient) {
		try {
			return byClient.entrySet().stream().map((e) -> new ClientSeries(e.getKey(), e.getValue())).toList();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(ex.getMessage());
		}
	}

	private static NumericColumn numeric(Column column) {
		if (column instanceof NumericColumn numbers) {
			return numbers;
		}
		TextColumn text = (TextColumn) column;
		for (int row = 0; row < text.size(); row++) {
			if (!text.isMissing(row) && !isNumber(text.value(row))) {
				throw new InvalidInputException("column '" + column.name() + "' must hold numbers; line " + (row + 2)
						+ " has '" + text.value(row) + "'");
			}
		}
		throw new InvalidInputException("column '" + column.name() + "' must hold numbers");
	}

	/** A finite number: {@code Infinity} reads as text to the CSV reader, not a score. */
	private static boolean isNumber(String cell) {
		try {
			return Double.isFinite(Double.parseDouble(cell));
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static int sessionNumber(NumericColumn session, int row) {
		double value = session.values()[row];
		if (Double.isInfinite(value)) {
			notFinite(session, row + 2, (value > 0) ? "Inf" : "-Inf");
		}
		if (value != Math.rint(value) || value < 1 || value > Integer.MAX_VALUE) {
			throw new InvalidInputException("line " + (row + 2) + ": session must be a whole number from 1, not "
					+ String.format(Locale.ROOT, "%s", value));
		}
		return (int) value;
	}

	private static String key(Column client, int row) {
		if (client instanceof TextColumn text) {
			return text.value(row);
		}
		double value = ((NumericColumn) client).values()[row];
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

}
