package org.alliance.command;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.alliance.ServerProcess;
import org.alliance.TestDatabases;
import org.alliance.TestDatabases.EmptyPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same first run on an empty PostgreSQL database ({@code --db-url}): {@code setup}'s
 * one-line refusals, {@code serve}'s one line that says to run {@code setup} first, and
 * the {@code clinic} and {@code user} commands, which here open the database themselves
 * (no server holds it). Each test gets a new schema, dropped after it.
 */
@Tag("postgres")
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

	/**
	 * On PostgreSQL nothing ties the key file to the database: a command started with
	 * another data folder once made a new key there, and every sign-in with a second
	 * factor then failed. It now stops with one line naming the path it looked at, makes
	 * no key, and starts again when given the right folder.
	 */
	@Test
	void aStartWithoutTheKeyFileOfTheDatabasesSecretsStopsAndNamesThePathItLookedAt() throws Exception {
		Run created = command("setup", "--clinic", "Riverside Therapy", "--time-zone", "Europe/London", "--admin-email",
				"admin@riverside.test", "--admin-name", "Ana Ruiz", "--admin-password-file",
				passwordFile("mauve kettle"));
		assertThat(created.exit()).as(created.err()).isZero();
		Path keyFile = this.keyFolder.resolve("alliance.key");
		assertThat(created.out()).contains(keyFile.toString(), "back it up apart from the database");
		sealASecretForTheAdmin(keyFile);

		Path elsewhere = Path.of("target", "test-data", "elsewhere-" + UUID.randomUUID()).toAbsolutePath();
		List<String> served = new ArrayList<>(List.of("serve", "--port", String.valueOf(ServerProcess.freePort())));
		served.addAll(this.database.options());
		served.addAll(List.of("--data", elsewhere.toString()));
		Run refused = alliance(served.toArray(String[]::new));
		assertThat(refused.exit()).isEqualTo(1);
		assertThat(refused.err().strip().lines()).as(refused.err()).hasSize(1);
		assertThat(refused.err()).contains(elsewhere.resolve("alliance.key").toString(), "--data",
				"ALLIANCE_SECURITY_KEY_FILE", "alliance.security.key-file");
		assertThat(elsewhere.resolve("alliance.key")).doesNotExist();

		// A key file that is there but is not theirs stops the start too.
		Files.createDirectories(elsewhere);
		Files.writeString(elsewhere.resolve("alliance.key"), Base64.getEncoder().encodeToString(new byte[32]));
		Run wrongKey = alliance(served.toArray(String[]::new));
		assertThat(wrongKey.exit()).isEqualTo(1);
		assertThat(wrongKey.err().strip().lines()).as(wrongKey.err()).hasSize(1);
		assertThat(wrongKey.err()).contains("opens none", elsewhere.resolve("alliance.key").toString());

		Run listed = command("user", "list", "admin@riverside.test");
		assertThat(listed.exit()).as(listed.err()).isZero();
		assertThat(listed.out()).contains("admin@riverside.test");
	}

	/**
	 * An authenticator secret for the admin as the server seals one: AES-256-GCM under
	 * the key file's 32 bytes, a 96-bit nonce, the owner as associated data, stored as
	 * {@code v1:} and Base64 of nonce, ciphertext and tag (NIST SP 800-38D).
	 */
	private void sealASecretForTheAdmin(Path keyFile) throws Exception {
		byte[] key = Base64.getDecoder().decode(Files.readString(keyFile).strip());
		try (Connection connection = DriverManager.getConnection(this.database.url(), this.database.user(),
				this.database.password())) {
			UUID user;
			UUID clinic;
			try (PreparedStatement query = connection
				.prepareStatement("select id, clinic_id from app_user where email = 'admin@riverside.test'");
					ResultSet row = query.executeQuery()) {
				row.next();
				user = row.getObject(1, UUID.class);
				clinic = row.getObject(2, UUID.class);
			}
			byte[] nonce = new byte[12];
			new SecureRandom().nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
			cipher.updateAAD(("second-factor:" + user).getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(new byte[20]);
			String stored = "v1:" + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
			try (PreparedStatement insert = connection
				.prepareStatement("insert into second_factor (user_id, clinic_id, secret) values (?, ?, ?)")) {
				insert.setObject(1, user);
				insert.setObject(2, clinic);
				insert.setString(3, stored);
				insert.executeUpdate();
			}
		}
	}

	@Override
	List<String> database() {
		List<String> options = new ArrayList<>(this.database.options());
		options.addAll(List.of("--data", this.keyFolder.toString()));
		return options;
	}

}
