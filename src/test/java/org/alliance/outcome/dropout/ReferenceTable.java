package org.alliance.outcome.dropout;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.alliance.insight.DataTable;
import org.alliance.insight.NumericColumn;

/**
 * The deterministic table {@code outcome/dropout-train.csv} written by
 * {@code dropout-reference.R}, whose R output ({@code dropout-reference.Rout}) the tests
 * hold the fits to.
 */
final class ReferenceTable {

	static final List<String> FEATURES = List.of("alliance", "phq9", "missed", "rupture");

	final double[][] x;

	final double[] y;

	private ReferenceTable(double[][] x, double[] y) {
		this.x = x;
		this.y = y;
	}

	static Path path() {
		try {
			return Path.of(ReferenceTable.class.getResource("/outcome/dropout-train.csv").toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static ReferenceTable read() {
		DataTable table = DataTable.readCsv(path());
		double[][] x = new double[table.rowCount()][FEATURES.size()];
		for (int j = 0; j < FEATURES.size(); j++) {
			double[] values = ((NumericColumn) table.column(FEATURES.get(j))).values();
			for (int i = 0; i < values.length; i++) {
				x[i][j] = values[i];
			}
		}
		return new ReferenceTable(x, ((NumericColumn) table.column("dropout")).values().clone());
	}

}
