package org.alliance.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One {@code insert ... values (...), (...), ...} for many rows: one statement to run
 * instead of one per row, on H2 and PostgreSQL alike. Rows go in chunks of a power of
 * two, so that only a handful of distinct statements exist and the database's statement
 * cache spares it the parsing.
 */
record MultiRowInsert(String table, String... columns) {

	/** The largest chunk; keeps PostgreSQL well under its 65,535 bind parameters. */
	private static final int MAX_ROWS = 1024;

	private static final ConcurrentHashMap<String, String> STATEMENTS = new ConcurrentHashMap<>();

	void insert(JdbcTemplate jdbc, List<Object[]> rows) {
		int from = 0;
		while (from < rows.size()) {
			int size = Math.min(MAX_ROWS, Integer.highestOneBit(rows.size() - from));
			List<Object[]> chunk = rows.subList(from, from + size);
			List<Object> parameters = new ArrayList<>(size * this.columns.length);
			chunk.forEach((row) -> parameters.addAll(Arrays.asList(row)));
			jdbc.update(sql(size), parameters.toArray());
			from += size;
		}
	}

	private String sql(int rows) {
		return STATEMENTS.computeIfAbsent(this.table + "/" + rows, (key) -> {
			String placeholders = "(" + "?, ".repeat(this.columns.length - 1) + "?)";
			StringBuilder sql = new StringBuilder("insert into ").append(this.table)
				.append(" (")
				.append(String.join(", ", this.columns))
				.append(") values ");
			for (int i = 0; i < rows; i++) {
				sql.append((i > 0) ? ", " : "").append(placeholders);
			}
			return sql.toString();
		});
	}

}
