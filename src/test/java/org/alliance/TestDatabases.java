package org.alliance;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real databases the tests run on: a fresh embedded H2 file database per test run,
 * and a fresh schema on the PostgreSQL server (127.0.0.1:5432, database test, user
 * postgres unless ALLIANCE_TEST_PG_URL / ALLIANCE_TEST_PG_USER /
 * ALLIANCE_TEST_PG_PASSWORD say otherwise).
 */
public final class TestDatabases {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private TestDatabases() {
	}

	public static Path h2Dir() {
		return Path.of("target", "test-data", "h2-" + RUN).toAbsolutePath();
	}

	/**
	 * A data folder of its own for each application context: contexts that shared one
	 * file each ran their own housekeeping on the one store, which a server never does,
	 * and a full run once found the file unreadable.
	 */
	public static void h2(DynamicPropertyRegistry registry) {
		String dir = h2Dir().resolve("context-" + CONTEXTS.incrementAndGet()).toString();
		registry.add("alliance.data-dir", () -> dir);
	}

	private static final AtomicInteger CONTEXTS = new AtomicInteger();

	public static void postgres(DynamicPropertyRegistry registry) {
		String schema = "alliance_test_" + RUN;
		String url = env("ALLIANCE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
		registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
		registry.add("spring.datasource.username", () -> env("ALLIANCE_TEST_PG_USER", "postgres"));
		registry.add("spring.datasource.password", () -> env("ALLIANCE_TEST_PG_PASSWORD", ""));
		registry.add("spring.flyway.schemas", () -> schema);
		// One key for the run's schema, whatever data folder a context has: the secrets a
		// context seals there must open in every other, as on a server whose every start
		// finds the same key file.
		registry.add("alliance.security.key-file",
				() -> h2Dir().resolveSibling("pg-" + RUN).resolve("alliance.key").toString());
	}

	/**
	 * A new, empty schema on the PostgreSQL server, for a command run as an operator
	 * would run it on an empty database: {@link EmptyPostgres#options()} names it to
	 * every command alike, and {@link EmptyPostgres#close()} drops it with all it holds.
	 */
	public static EmptyPostgres emptyPostgres() throws SQLException {
		EmptyPostgres database = new EmptyPostgres(env("ALLIANCE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
				env("ALLIANCE_TEST_PG_USER", "postgres"), env("ALLIANCE_TEST_PG_PASSWORD", ""),
				"alliance_empty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
		database.execute("create schema " + database.schema());
		return database;
	}

	/**
	 * A schema of its own on the server at {@code serverUrl}: the schema name is made of
	 * letters, digits and underscores only, so it needs no quoting.
	 */
	public record EmptyPostgres(String serverUrl, String user, String password,
			String schema) implements AutoCloseable {

		/**
		 * The JDBC URL an operator gives {@code --db-url}: the server, in this schema.
		 */
		public String url() {
			return this.serverUrl + (this.serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + this.schema;
		}

		/**
		 * {@code --db-url}, {@code --db-user} and, if there is one,
		 * {@code --db-password}.
		 */
		public List<String> options() {
			List<String> options = new ArrayList<>(List.of("--db-url", url(), "--db-user", this.user));
			if (!this.password.isEmpty()) {
				options.addAll(List.of("--db-password", this.password));
			}
			return options;
		}

		/** Drops the schema and everything in it. */
		@Override
		public void close() throws SQLException {
			execute("drop schema if exists " + this.schema + " cascade");
		}

		private void execute(String sql) throws SQLException {
			try (Connection connection = DriverManager.getConnection(this.serverUrl, this.user, this.password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}

	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
