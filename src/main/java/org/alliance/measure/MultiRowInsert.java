package org.alliance.measure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One {@code insert ... values (...), (...), ...} for many rows: one statement to parse
 * and run instead of one per row, on H2 and PostgreSQL alike.
 */
record MultiRowInsert(String table, String... columns) {

	/** Rows per statement; keeps PostgreSQL well under its 65,535 bind parameters. */
	private static final int ROWS_PER_STATEMENT = 1000;

	void insert(JdbcTemplate jdbc, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
			List<Object> parameters = new ArrayList<>(chunk.size() * this.columns.length);
			chunk.forEach((row) -> parameters.addAll(java.util.Arrays.asList(row)));
			jdbc.update(sql(chunk.size()), parameters.toArray());
		}
	}

	private String sql(int rows) {
		String placeholders = "(" + "?, ".repeat(this.columns.length - 1) + "?)";
		StringBuilder sql = new StringBuilder("insert into ").append(this.table)
			.append(" (")
			.append(String.join(", ", this.columns))
			.append(") values ");
		for (int i = 0; i < rows; i++) {
			sql.append((i > 0) ? ", " : "").append(placeholders);
		}
		return sql.toString();
	}

}
