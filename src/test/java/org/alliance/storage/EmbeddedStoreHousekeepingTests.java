package org.alliance.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the server runs, the embedded database file is brought back to within three times
 * the size the same data takes compacted (issue #7 point 6), with every commit still
 * written to the file at once ({@code WRITE_DELAY=0}). Without the housekeeping H2
 * compacts only at shutdown, and the file of this test stays at about thirty times that
 * size. The ratio under sustained load at 100,000 responses is measured by
 * {@code ./alliance bench-ingest} (README, Performance): a test this short holds too
 * little live data for it.
 */
class EmbeddedStoreHousekeepingTests {

	/** The options of the default URL in application.properties that shape the file. */
	private static final String OPTIONS = ";WRITE_DELAY=0;RETENTION_TIME=1000;COMPRESS=TRUE;TRACE_LEVEL_FILE=0";

	@Test
	void bringsTheFileWithinThreeTimesItsCompactedSizeWhileTheDatabaseStaysOpen() throws Exception {
		Path folder = OwnerOnlyFiles.folder(Path.of("target", "test-data", "housekeeping-" + UUID.randomUUID()));
		String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("store") + OPTIONS;
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url);
		dataSource.setUser("sa");
		dataSource.setPassword("test");
		EmbeddedStoreHousekeeping housekeeping = new EmbeddedStoreHousekeeping(dataSource);
		Path file = folder.resolve("store.mv.db");
		try (Connection connection = dataSource.getConnection()) {
			housekeeping.start();
			assertThat(housekeeping.isRunning()).isTrue();
			writeResponsesInSmallCommits(connection, 20_000);
			long compacted = compactedSizeOfACopy(file, folder.resolve("copy.mv.db"));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (Files.size(file) > 3 * compacted && System.nanoTime() < deadline) {
				Thread.sleep(250);
			}
			assertThat(Files.size(file)).as("file while open vs compacted %d bytes", compacted)
				.isLessThanOrEqualTo(3 * compacted);
		}
		finally {
			housekeeping.stop();
		}
	}

	private static long compactedSizeOfACopy(Path file, Path copy) throws Exception {
		Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
		String name = copy.toAbsolutePath().toString().replace(".mv.db", "");
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + name, "sa", "test");
				Statement statement = connection.createStatement()) {
			statement.execute("shutdown compact");
		}
		return Files.size(copy);
	}

	/**
	 * Rows shaped like stored responses, three per commit, as the group commit writes
	 * them.
	 */
	private static void writeResponsesInSmallCommits(Connection connection, int commits) throws Exception {
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					create table response (id uuid primary key, session_id uuid not null, answers varchar(400),
					created_at timestamp with time zone not null)""");
			statement.execute("create index response_session on response (session_id)");
		}
		connection.setAutoCommit(false);
		UUID session = UUID.randomUUID();
		try (PreparedStatement insert = connection.prepareStatement("insert into response values (?, ?, ?, ?)")) {
			for (int commit = 0; commit < commits; commit++) {
				if (commit % 500 == 0) {
					session = UUID.randomUUID();
				}
				for (int row = 0; row < 3; row++) {
					insert.setObject(1, TimeOrderedIds.next());
					insert.setObject(2, session);
					insert.setString(3,
							"{\"1\":2,\"2\":1,\"3\":3,\"4\":0,\"5\":1,\"6\":2,\"7\":0,\"8\":1,\"9\":" + row + "}");
					insert.setTimestamp(4, Timestamp.from(Instant.now()));
					insert.addBatch();
				}
				insert.executeBatch();
				connection.commit();
			}
		}
	}

}
