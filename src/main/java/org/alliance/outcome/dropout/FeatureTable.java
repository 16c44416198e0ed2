package org.alliance.outcome.dropout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.alliance.insight.Column;
import org.alliance.insight.CsvSettings;
import org.alliance.insight.DataTable;
import org.alliance.insight.InvalidInputException;
import org.alliance.insight.NumericColumn;
import org.alliance.insight.TextColumn;

/**
 * A table of named numeric features, with an outcome (for training) or a row id (for
 * prediction), read from a CSV file. Every problem is refused with the file, the row
 * (with its line) and the column named: a missing column, an empty cell, a cell that is
 * not a number, an outcome other than 0 or 1.
 *
 * @param features the features' names
 * @param x the features by row
 * @param y the outcomes (training) or null
 * @param ids the row ids (prediction) or null
 */
public record FeatureTable(List<String> features, double[][] x, double[] y, List<String> ids) {

	/**
	 * Reads a training table.
	 * @param path the file
	 * @param outcome the outcome column, 0 or 1 in every row
	 * @param features the feature columns
	 * @param settings separator and decimal mark, or detected
	 * @throws InvalidInputException naming file, row and column of the first problem
	 */
	public static FeatureTable training(Path path, String outcome, List<String> features, CsvSettings settings) {
		checkNames(outcome, features, "--outcome");
		DataTable table = read(path, join(outcome, features), settings);
		double[] y = numbers(table, outcome, path);
		for (int row = 0; row < y.length; row++) {
			if (y[row] != 0 && y[row] != 1) {
				throw new InvalidInputException(where(path, table, row, outcome) + ": " + number(y[row])
						+ " is not an outcome; use 1 for dropout and 0 for not");
			}
		}
		return new FeatureTable(List.copyOf(features), matrix(table, features, path), y, null);
	}

	/**
	 * Reads a table to predict.
	 * @param path the file
	 * @param id the column that names each row
	 * @param features the feature columns, those of the model
	 * @param settings separator and decimal mark, or detected
	 * @throws InvalidInputException naming file, row and column of the first problem
	 */
	public static FeatureTable prediction(Path path, String id, List<String> features, CsvSettings settings) {
		checkNames(id, features, "--id");
		DataTable table = read(path, join(id, features), settings);
		Column ids = column(table, id, path);
		List<String> names = new ArrayList<>();
		for (int row = 0; row < table.rowCount(); row++) {
			if (ids.isMissing(row)) {
				throw new InvalidInputException(where(path, table, row, id) + " is empty; every row needs its id");
			}
			names.add(text(ids, row));
		}
		return new FeatureTable(List.copyOf(features), matrix(table, features, path), null, List.copyOf(names));
	}

	/** The number of rows. */
	public int rows() {
		return this.x.length;
	}

	/** The rows whose outcome is 1. */
	public int events() {
		int events = 0;
		for (double outcome : this.y) {
			events += (int) outcome;
		}
		return events;
	}

	private static void checkNames(String special, List<String> features, String option) {
		if (features.isEmpty()) {
			throw new InvalidInputException("--features names no column");
		}
		Set<String> seen = new HashSet<>();
		for (String feature : features) {
			if (feature.isBlank()) {
				throw new InvalidInputException("--features has an empty name");
			}
			if (!seen.add(feature)) {
				throw new InvalidInputException("--features names '" + feature + "' twice");
			}
		}
		if (seen.contains(special)) {
			throw new InvalidInputException(
					"'" + special + "' is the " + option + " column; it cannot be a feature too");
		}
	}

	private static List<String> join(String first, List<String> rest) {
		Set<String> names = new LinkedHashSet<>();
		names.add(first);
		names.addAll(rest);
		return List.copyOf(names);
	}

	private static DataTable read(Path path, List<String> names, CsvSettings settings) {
		try {
			DataTable table = DataTable.readCsv(path, names, settings);
			for (String name : names) {
				column(table, name, path);
			}
			return table;
		}
		catch (InvalidInputException ex) {
			throw (ex.getMessage().startsWith(path.getFileName().toString())) ? ex
					: new InvalidInputException(path.getFileName() + ": " + ex.getMessage(), ex);
		}
	}

	private static Column column(DataTable table, String name, Path path) {
		try {
			return table.column(name);
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(path.getFileName() + ": " + ex.getMessage(), ex);
		}
	}

	private static double[][] matrix(DataTable table, List<String> features, Path path) {
		double[][] x = new double[table.rowCount()][features.size()];
		for (int j = 0; j < features.size(); j++) {
			double[] values = numbers(table, features.get(j), path);
			for (int row = 0; row < values.length; row++) {
				x[row][j] = values[row];
			}
		}
		return x;
	}

	/** The column's numbers, refusing text, empty cells and non-finite numbers. */
	private static double[] numbers(DataTable table, String name, Path path) {
		Column column = column(table, name, path);
		if (column instanceof TextColumn text) {
			for (int row = 0; row < text.size(); row++) {
				if (!text.isMissing(row) && !isNumber(text.value(row))) {
					throw new InvalidInputException(where(path, table, row, name) + ": '" + text.value(row)
							+ "' is not a number" + (text.holdsDecimalCommaNumbers()
									? " (the column uses decimal commas: say --decimal ,)" : ""));
				}
			}
			throw new InvalidInputException(path.getFileName() + ", column '" + name + "' must hold numbers");
		}
		double[] values = ((NumericColumn) column).values();
		table.firstNonFinite(name).ifPresent((cell) -> {
			throw new InvalidInputException(
					where(path, table, cell.row(), name) + ": " + cell.text() + " is not a finite number");
		});
		for (int row = 0; row < values.length; row++) {
			if (Double.isNaN(values[row])) {
				throw new InvalidInputException(
						where(path, table, row, name) + " is empty; fill it in or leave the row out");
			}
		}
		return values;
	}

	private static String where(Path path, DataTable table, int row, String column) {
		return path.getFileName() + ", " + table.rowName(row) + ", column '" + column + "'";
	}

	private static boolean isNumber(String cell) {
		try {
			return Double.isFinite(Double.parseDouble(cell.strip()));
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static String text(Column column, int row) {
		if (column instanceof TextColumn text) {
			return text.value(row);
		}
		return number(((NumericColumn) column).values()[row]);
	}

	private static String number(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? Long.toString((long) value)
				: String.format(Locale.ROOT, "%s", value);
	}

}
