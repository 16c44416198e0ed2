package org.alliance.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.alliance.security.ApiTokens;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A data folder made by a version before issue #7 (account {@code sa} with an empty
 * password, tokens without expiry, files readable by everyone) opens in this version,
 * which gives the account a generated password, the old tokens an expiry, and the files
 * their owner alone.
 */
class DataFolderOfAnOlderVersionTests {

	/** H2's error code for a wrong user name or password. */
	private static final int WRONG_USER_OR_PASSWORD = 28000;

	@Test
	void opensWithAGeneratedPasswordThatLocksOutTheOldEmptyOne() throws Exception {
		Path data = Path.of("target", "test-data", "legacy-" + UUID.randomUUID()).toAbsolutePath();
		String url = "jdbc:h2:file:" + data.resolve("alliance");
		String token = "alc_" + ApiTokens.randomToken();
		olderVersionWithAToken(data, url, token);
		Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(data.resolve("alliance.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

		Instant before = Instant.now();
		String listed = run("token", "list", "--user", "old@clinic.test", "--data", data.toString());
		Instant after = Instant.now();

		// The old token is kept, and now expires 90 days after the upgrade.
		String row = listed.lines().skip(1).findFirst().orElseThrow();
		assertThat(row).startsWith(ApiTokens.hash(token).substring(0, 12));
		Instant expires = Instant.parse(row.trim().split("\\s+")[2]);
		assertThat(expires).isBetween(before.plus(Duration.ofDays(90)).minusSeconds(2),
				after.plus(Duration.ofDays(90)).plusSeconds(2));
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(WRONG_USER_OR_PASSWORD));
		String password = Files.readString(data.resolve("alliance.password")).strip();
		assertThat(password).hasSizeGreaterThanOrEqualTo(43);
		try (Connection connection = DriverManager.getConnection(url, "sa", password)) {
			assertThat(connection.isValid(1)).isTrue();
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
		for (String file : new String[] { "alliance.mv.db", "alliance.password" }) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(file))))
				.isEqualTo("rw-------");
		}
	}

	/** The schema of version 2, written as that version did, with one token of old. */
	private static void olderVersionWithAToken(Path data, String url, String token) throws SQLException {
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("2").load().migrate();
		UUID clinic = UUID.randomUUID();
		UUID user = UUID.randomUUID();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("insert into clinic values ('" + clinic + "', 'Old clinic', current_timestamp)");
			statement.execute("insert into app_user values ('" + user + "', '" + clinic
					+ "', 'old@clinic.test', 'Old', 'ADMIN', 'x', current_timestamp)");
			statement.execute("insert into api_token (token_hash, user_id, clinic_id, created_at) values ('"
					+ ApiTokens.hash(token) + "', '" + user + "', '" + clinic + "', current_timestamp)");
		}
	}

	private static String run(String... args) {
		PrintStream original = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			assertThat(AllianceCommand.execute(args)).isZero();
		}
		finally {
			System.setOut(original);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

}
