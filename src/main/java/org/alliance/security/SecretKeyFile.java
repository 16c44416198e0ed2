package org.alliance.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.alliance.storage.OwnerOnlyFiles;

import org.springframework.core.env.Environment;

/**
 * The file that holds the key of the secrets at rest ({@link SecretsAtRest}):
 * {@code alliance.security.key-file}, by default
 * {@code <alliance.data-dir>/alliance.key}. It must be backed up apart from the database,
 * and every start must find the same file: on PostgreSQL nothing else ties it to the
 * database.
 *
 * @param path where the key file is, absolute
 */
public record SecretKeyFile(Path path) {

	/** The property that names the file. */
	public static final String PROPERTY = "alliance.security.key-file";

	/** The same property as an environment variable (Spring's relaxed binding). */
	static final String VARIABLE = "ALLIANCE_SECURITY_KEY_FILE";

	private static final SecureRandom RANDOM = new SecureRandom();

	public SecretKeyFile {
		path = path.toAbsolutePath().normalize();
	}

	/** The key file the application's settings name. */
	public static SecretKeyFile of(Environment environment) {
		String configured = environment.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return new SecretKeyFile(Path.of(configured.trim()));
		}
		return new SecretKeyFile(
				Path.of(environment.getProperty("alliance.data-dir", "alliance-data"), "alliance.key"));
	}

	boolean exists() {
		return Files.exists(this.path);
	}

	/**
	 * Why a start that finds no key file stops when the database already holds secrets
	 * sealed under one: a new key would open none of them, and every sign-in with a
	 * second factor would fail.
	 */
	StartRefused missingWhileSecretsAreSealed() {
		return new StartRefused("No key file at " + this.path + ", but this database holds authenticator secrets"
				+ " sealed with one, which a new key would not open: Alliance did not start and made no key. Point it"
				+ " at the key file made with them: --data DIR (the folder that holds alliance.key) or the environment"
				+ " variable " + VARIABLE + " (" + PROPERTY + ") set to the file.");
	}

	/**
	 * Why a start stops when the key in the file opens none of the database's secrets.
	 */
	StartRefused opensNone() {
		return new StartRefused("The key in " + this.path + " opens none of the authenticator secrets in this"
				+ " database: it is not the key they were sealed with, so Alliance did not start. Point it at the key"
				+ " file made with them: --data DIR (the folder that holds alliance.key) or the environment variable "
				+ VARIABLE + " (" + PROPERTY + ") set to the file.");
	}

	/**
	 * The key's text, the file created owner-only with 32 random bytes if it does not
	 * exist. Created with create-new, never replaced: two servers starting at once on one
	 * folder end up with the same key.
	 */
	String readOrCreate() {
		try {
			if (!exists()) {
				OwnerOnlyFiles.folder(this.path.getParent());
				create();
			}
			String text = Files.readString(this.path, StandardCharsets.US_ASCII).strip();
			if (Base64.getDecoder().decode(text).length != 32) {
				throw new IllegalStateException(this.path + " (" + PROPERTY + ") must hold 32 bytes in Base64");
			}
			return text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the key file " + this.path + " (" + PROPERTY + ")",
					ex);
		}
	}

	private void create() throws IOException {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		Path temporary = this.path.resolveSibling(this.path.getFileName() + ".new");
		OwnerOnlyFiles.write(temporary, Base64.getEncoder().encodeToString(bytes));
		try {
			Files.createLink(this.path, temporary);
		}
		catch (FileAlreadyExistsException ex) {
			// Another process created it first: use theirs.
		}
		catch (UnsupportedOperationException ex) {
			Files.move(temporary, this.path);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
