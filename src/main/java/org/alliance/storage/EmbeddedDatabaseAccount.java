package org.alliance.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The password of the embedded database's account: generated at first start, kept in
 * {@code <data-dir>/alliance.password} ({@code rw-------}) and never shown.
 * <p>
 * Why: earlier versions created the database with the account {@code sa} and an empty
 * password, so any process on the machine that could reach the file could open it. A
 * database made by such a version is given a password the first time this version opens
 * it. The password is written to {@code alliance.password.new} before the database is
 * changed and moved into place after, so a crash in between never leaves a database whose
 * password is lost.
 */
final class EmbeddedDatabaseAccount {

	private static final int WRONG_USER_OR_PASSWORD = 28000;

	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final SecureRandom RANDOM = new SecureRandom();

	private EmbeddedDatabaseAccount() {
	}

	/**
	 * The account's password, generated (and set on a database that had none) if this
	 * folder has no password file yet.
	 * @throws IllegalStateException if the database has a password that is not the one
	 * kept, or cannot be opened to set one
	 */
	static String password(EmbeddedDatabase database, String jdbcUrl, String user) {
		Path kept = database.passwordFile();
		if (Files.exists(kept)) {
			return read(kept);
		}
		Path pending = kept.resolveSibling(kept.getFileName() + ".new");
		String password = Files.exists(pending) ? read(pending) : generate(pending);
		if (database.exists()) {
			setOnDatabaseWithoutPassword(database, jdbcUrl, user, password);
		}
		try {
			Files.move(pending, kept, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the database password in " + kept, ex);
		}
		return password;
	}

	private static void setOnDatabaseWithoutPassword(EmbeddedDatabase database, String jdbcUrl, String user,
			String password) {
		if (!PLAIN_NAME.matcher(user).matches()) {
			throw new IllegalStateException("Cannot set a password for the database account '" + user
					+ "': use a name of letters, digits and underscores");
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
				Statement statement = connection.createStatement()) {
			// The password is Base64url, so it needs no escaping inside the quotes.
			statement.execute("alter user " + user + " set password '" + password + "'");
		}
		catch (SQLException ex) {
			if (ex.getErrorCode() == WRONG_USER_OR_PASSWORD && opens(jdbcUrl, user, password)) {
				return; // set by an earlier start that stopped before keeping the file
			}
			throw new IllegalStateException("Cannot open the embedded database " + database.dataFile()
					+ " to give its account a password (" + ex.getMessage() + "). If it has a password, write it to "
					+ database.passwordFile() + " (readable by its owner only).", ex);
		}
	}

	private static boolean opens(String jdbcUrl, String user, String password) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static String generate(Path pending) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		OwnerOnlyFiles.write(pending, password);
		return password;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the database password in " + file, ex);
		}
	}

}
