package org.alliance.outcome;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliance.insight.Column;
import org.alliance.insight.CsvSettings;
import org.alliance.insight.DataTable;
import org.alliance.insight.InvalidInputException;
import org.alliance.insight.NumericColumn;
import org.alliance.insight.TextColumn;

/**
 * A researcher's long-format scores for the expected-treatment-response model: one row
 * per client and session with the columns {@code client}, {@code session}, {@code intake}
 * and {@code score}, in any order, among any others. Every cell must be filled; a session
 * is a whole number from 1, intake and score finite numbers; a client keeps one intake
 * score, has each session once and at least two scores (one score says nothing about a
 * slope). Each refusal names the row, its file line and the column.
 */
final class EtrCsv {

	static final List<String> COLUMNS = List.of("client", "session", "intake", "score");

	private EtrCsv() {
	}

	static List<TreatmentScore> read(Path path) {
		return read(DataTable.readCsv(path, COLUMNS, CsvSettings.DETECT));
	}

	/**
	 * @param table a table read from a file
	 * @return the scores in file order, never null
	 * @throws InvalidInputException naming the row, line and column of the first problem
	 */
	static List<TreatmentScore> read(DataTable table) {
		COLUMNS.forEach(table::column);
		if (table.rowCount() == 0) {
			throw new InvalidInputException("the file has a header but no rows");
		}
		Column client = table.column("client");
		NumericColumn session = numeric(table, "session");
		NumericColumn intake = numeric(table, "intake");
		NumericColumn score = numeric(table, "score");
		List<TreatmentScore> scores = new ArrayList<>();
		Map<String, Integer> firstRow = new HashMap<>();
		Map<String, Integer> rowOfSession = new HashMap<>();
		for (int row = 0; row < table.rowCount(); row++) {
			String name = clientName(table, client, row);
			int number = sessionNumber(table, session, row);
			double intakeScore = filled(table, intake, row);
			double value = filled(table, score, row);
			Integer first = firstRow.putIfAbsent(name, row);
			if (first != null && intake.values()[first] != intakeScore) {
				throw new InvalidInputException(table.rowName(row) + ", column 'intake': client '" + name
						+ "' has intake " + number(intakeScore) + " here but " + number(intake.values()[first]) + " in "
						+ table.rowName(first) + "; a client has one intake score");
			}
			Integer same = rowOfSession.putIfAbsent(name + '\u0000' + number, row);
			if (same != null) {
				throw new InvalidInputException(table.rowName(row) + ", column 'session': client '" + name
						+ "' has session " + number + " already in " + table.rowName(same));
			}
			scores.add(new TreatmentScore(name, number, intakeScore, value));
		}
		refuseSingleScores(table, scores, firstRow);
		return scores;
	}

	private static void refuseSingleScores(DataTable table, List<TreatmentScore> scores, Map<String, Integer> first) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		scores.forEach((score) -> counts.merge(score.client(), 1, Integer::sum));
		counts.entrySet().stream().filter((entry) -> entry.getValue() < 2).findFirst().ifPresent((entry) -> {
			throw new InvalidInputException(table.rowName(first.get(entry.getKey())) + ", column 'client': client '"
					+ entry.getKey() + "' has only one score; the model needs at least two scores per client");
		});
	}

	private static String clientName(DataTable table, Column client, int row) {
		if (client.isMissing(row)) {
			throw new InvalidInputException(table.rowName(row) + ", column 'client': the cell is empty");
		}
		if (client instanceof TextColumn text) {
			return text.value(row);
		}
		return number(((NumericColumn) client).values()[row]);
	}

	private static int sessionNumber(DataTable table, NumericColumn session, int row) {
		double value = filled(table, session, row);
		if (value != Math.rint(value) || value < 1 || value > Integer.MAX_VALUE) {
			throw new InvalidInputException(table.rowName(row) + ", column 'session': " + number(value)
					+ " is not a session number (a whole number from 1)");
		}
		return (int) value;
	}

	private static double filled(DataTable table, NumericColumn column, int row) {
		if (column.isMissing(row)) {
			throw new InvalidInputException(
					table.rowName(row) + ", column '" + column.name() + "': the cell is empty; every cell is needed");
		}
		return column.values()[row];
	}

	/** The column as numbers, or the first cell that is not a finite number. */
	private static NumericColumn numeric(DataTable table, String name) {
		table.firstNonFinite(name).ifPresent((cell) -> {
			throw new InvalidInputException(
					table.rowName(cell.row()) + ", column '" + name + "': " + cell.text() + " is not a finite number");
		});
		Column column = table.column(name);
		if (column instanceof NumericColumn numbers) {
			return numbers;
		}
		TextColumn text = (TextColumn) column;
		for (int row = 0; row < text.size(); row++) {
			if (!text.isMissing(row) && !isNumber(text.value(row))) {
				throw new InvalidInputException(
						table.rowName(row) + ", column '" + name + "': '" + text.value(row) + "' is not a number");
			}
		}
		throw new InvalidInputException("column '" + name + "' must hold numbers");
	}

	private static boolean isNumber(String cell) {
		try {
			return Double.isFinite(Double.parseDouble(cell.strip()));
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	static String number(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? Long.toString((long) value)
				: Double.toString(value);
	}

}
