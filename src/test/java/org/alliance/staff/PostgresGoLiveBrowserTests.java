package org.alliance.staff;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alliance.TestDatabases;
import org.alliance.TestDatabases.EmptyPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * The go-live journey on an empty PostgreSQL database ({@code --db-url}, a new schema
 * dropped after the test). No server holds this database, so {@code user list} and
 * {@code token create} open it themselves while {@code serve} runs.
 */
@Tag("browser")
@Tag("postgres")
class PostgresGoLiveBrowserTests extends GoLiveJourney {

	/**
	 * The folder of the key file that encrypts authenticator secrets, kept apart from the
	 * database as the administrator's guide says.
	 */
	private final Path keyFolder = Path.of("target", "test-data", "go-live-pg-" + UUID.randomUUID()).toAbsolutePath();

	private EmptyPostgres database;

	@BeforeEach
	void emptyDatabase() throws SQLException {
		this.database = TestDatabases.emptyPostgres();
	}

	@Override
	void dropDatabase() throws SQLException {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Override
	List<String> database() {
		List<String> options = new ArrayList<>(this.database.options());
		options.addAll(List.of("--data", this.keyFolder.toString()));
		return options;
	}

}
