package org.alliance.command;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alliance.TestDatabases;
import org.alliance.TestDatabases.EmptyPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The same first run on an empty PostgreSQL database ({@code --db-url}): {@code setup}'s
 * one-line refusals, {@code serve}'s one line that says to run {@code setup} first, and
 * the {@code clinic} and {@code user} commands, which here open the database themselves
 * (no server holds it). Each test gets a new schema, dropped after it.
 */
class PostgresSetupCommandTests extends SetupCommandTests {

	/**
	 * Where the key file of authenticator secrets goes: next to no database, as on a
	 * PostgreSQL installation.
	 */
	private final Path keyFolder = Path.of("target", "test-data", "setup-pg-" + UUID.randomUUID()).toAbsolutePath();

	private EmptyPostgres database;

	@BeforeEach
	void emptyDatabase() throws SQLException {
		this.database = TestDatabases.emptyPostgres();
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		this.database.close();
	}

	@Override
	List<String> database() {
		List<String> options = new ArrayList<>(this.database.options());
		options.addAll(List.of("--data", this.keyFolder.toString()));
		return options;
	}

}
