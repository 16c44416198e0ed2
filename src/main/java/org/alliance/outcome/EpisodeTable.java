package org.alliance.outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.insight.Column;
import org.alliance.insight.DataTable;
import org.alliance.insight.InvalidInputException;
import org.alliance.insight.NumericColumn;
import org.alliance.insight.TextColumn;

/**
 * Reads the episode table of {@code alliance outcomes}: the columns {@code episode},
 * {@code phq9_first}, {@code phq9_last}, {@code gad7_first}, {@code gad7_last} and
 * {@code treatment_sessions}, in any order, among any others; one row per episode. Every
 * cell is required: a score is a whole number within its instrument's range (PHQ-9 0–27,
 * GAD-7 0–21, from the definitions), sessions a whole number from 0. A bad cell is
 * refused with its row, line and column, never guessed.
 */
final class EpisodeTable {

	static final List<String> COLUMNS = List.of("episode", "phq9_first", "phq9_last", "gad7_first", "gad7_last",
			"treatment_sessions");

	private final DataTable table;

	private final InstrumentCatalog catalog;

	private EpisodeTable(DataTable table, InstrumentCatalog catalog) {
		this.table = table;
		this.catalog = catalog;
	}

	/**
	 * @param table the table as read
	 * @param catalog the instruments, for the score ranges
	 * @return one row per episode, in file order
	 * @throws InvalidInputException naming the missing columns, or the row, line and
	 * column of a bad cell
	 */
	static List<EpisodeRow> read(DataTable table, InstrumentCatalog catalog) {
		List<String> missing = COLUMNS.stream().filter((c) -> !table.columnNames().contains(c)).toList();
		if (!missing.isEmpty()) {
			throw new InvalidInputException("missing column(s) " + String.join(", ", missing) + "; the header needs "
					+ String.join(", ", COLUMNS) + ", and has: " + String.join(", ", table.columnNames()));
		}
		return new EpisodeTable(table, catalog).rows();
	}

	private List<EpisodeRow> rows() {
		Instrument phq9 = this.catalog.find("phq9").orElseThrow();
		Instrument gad7 = this.catalog.find("gad7").orElseThrow();
		Map<String, Integer> seen = new HashMap<>();
		List<EpisodeRow> rows = new ArrayList<>();
		for (int row = 0; row < this.table.rowCount(); row++) {
			String episode = episode(row);
			Integer earlier = seen.putIfAbsent(episode, row);
			if (earlier != null) {
				throw new InvalidInputException(where(row, "episode") + "episode '" + episode + "' repeats "
						+ this.table.rowName(earlier) + "; give each episode one row");
			}
			PairedScores scores = new PairedScores(score(row, "phq9_first", phq9), score(row, "phq9_last", phq9),
					score(row, "gad7_first", gad7), score(row, "gad7_last", gad7));
			int sessions = (int) whole(row, "treatment_sessions", 0, Integer.MAX_VALUE, "from 0");
			rows.add(new EpisodeRow(episode, scores, sessions));
		}
		return rows;
	}

	private String episode(int row) {
		Column column = this.table.column("episode");
		if (column.isMissing(row)) {
			throw new InvalidInputException(where(row, "episode") + "missing; every row needs its episode");
		}
		if (column instanceof TextColumn text) {
			return text.value(row);
		}
		double value = ((NumericColumn) column).values()[row];
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? Long.toString((long) value)
				: Double.toString(value);
	}

	private double score(int row, String name, Instrument instrument) {
		return whole(row, name, instrument.totalMin(), instrument.totalMax(),
				"within the " + instrument.title() + " total");
	}

	/** A whole number from {@code min} to {@code max} in the cell. */
	private double whole(int row, String name, double min, double max, String range) {
		double value = number(row, name);
		if (value != Math.rint(value) || value < min || value > max) {
			throw new InvalidInputException(where(row, name) + format(value) + " is not a whole number " + range
					+ ((max < Integer.MAX_VALUE) ? " (" + format(min) + " to " + format(max) + ")" : ""));
		}
		return value;
	}

	private double number(int row, String name) {
		Column column = this.table.column(name);
		if (column.isMissing(row)) {
			this.table.firstNonFinite(name)
				.filter((cell) -> cell.row() == row)
				.ifPresent((cell) -> notANumber(row, name, cell.text()));
			throw new InvalidInputException(where(row, name) + "missing; every episode needs its first and last"
					+ " PHQ-9 and GAD-7 and its treatment sessions");
		}
		if (column instanceof TextColumn text) {
			String cell = text.value(row);
			try {
				double value = Double.parseDouble(cell.strip());
				if (Double.isFinite(value) && !cell.strip().endsWith("d") && !cell.strip().endsWith("f")) {
					return value;
				}
			}
			catch (NumberFormatException ex) {
				// refused below
			}
			notANumber(row, name, cell);
		}
		double value = ((NumericColumn) column).values()[row];
		if (!Double.isFinite(value)) {
			notANumber(row, name, (value > 0) ? "Inf" : "-Inf");
		}
		return value;
	}

	private void notANumber(int row, String name, String text) {
		throw new InvalidInputException(where(row, name) + "'" + text + "' is not a number");
	}

	private String where(int row, String name) {
		return this.table.rowName(row) + ", column '" + name + "': ";
	}

	private static String format(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? Long.toString((long) value)
				: String.format(Locale.ROOT, "%s", value);
	}

}
