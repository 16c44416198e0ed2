package org.alliance.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.alliance.storage.OwnerOnlyFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts the secrets Alliance must read back (authenticator secrets) with AES-256-GCM
 * under a key kept outside the database, so that a copy of the database alone (a backup,
 * a dump) reveals none of them (OWASP ASVS 5.0, 11.3.2 and 13.3.1; NIST SP 800-38D for
 * GCM).
 * <p>
 * The key is the file {@code alliance.security.key-file}, by default
 * {@code <alliance.data-dir>/alliance.key}: 32 random bytes in Base64, created at first
 * start readable by its owner only. Back it up apart from the database: without it every
 * person has to enrol their authenticator again. Each value gets a fresh 96-bit nonce and
 * is bound to what it belongs to (the account's id as associated data), so a value copied
 * onto another account does not decrypt. Stored as {@code v1:} and Base64 of nonce and
 * ciphertext with its tag. The JDK's own cipher does the work: nothing to add.
 */
@Component
class SecretsAtRest {

	static final String PROPERTY = "alliance.security.key-file";

	private static final String VERSION = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	@Autowired
	SecretsAtRest(Environment environment) {
		this(keyFile(environment));
	}

	SecretsAtRest(Path keyFile) {
		this.key = new SecretKeySpec(Base64.getDecoder().decode(readOrCreate(keyFile)), "AES");
	}

	static Path keyFile(Environment environment) {
		String configured = environment.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured.trim());
		}
		return Path.of(environment.getProperty("alliance.data-dir", "alliance-data"), "alliance.key");
	}

	/** The value encrypted, bound to its owner. */
	String seal(byte[] plain, String owner) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, owner).doFinal(plain);
			return VERSION + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
		}
	}

	/**
	 * The value decrypted.
	 * @throws IllegalStateException if it was sealed under another key or for another
	 * owner, or was changed
	 */
	byte[] open(String stored, String owner) {
		if (stored == null || !stored.startsWith(VERSION)) {
			throw new IllegalStateException("Not a sealed value");
		}
		byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, NONCE_BYTES), owner);
			return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A secret does not decrypt with the key in " + PROPERTY
					+ ": the key file was replaced, or the value was changed", ex);
		}
	}

	private Cipher cipher(int mode, byte[] nonce, String owner) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	/**
	 * The key's text, created owner-only on first use. Created with create-new, never
	 * replaced: two servers starting at once on one folder end up with the same key.
	 */
	private static String readOrCreate(Path file) {
		try {
			if (!Files.exists(file)) {
				OwnerOnlyFiles.folder(file.toAbsolutePath().getParent());
				create(file);
			}
			String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
			if (Base64.getDecoder().decode(text).length != 32) {
				throw new IllegalStateException(file + " (" + PROPERTY + ") must hold 32 bytes in Base64");
			}
			return text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the key file " + file + " (" + PROPERTY + ")", ex);
		}
	}

	private static void create(Path file) throws IOException {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		Path temporary = file.resolveSibling(file.getFileName() + ".new");
		OwnerOnlyFiles.write(temporary, Base64.getEncoder().encodeToString(bytes));
		try {
			Files.createLink(file, temporary);
		}
		catch (FileAlreadyExistsException ex) {
			// Another process created it first: use theirs.
		}
		catch (UnsupportedOperationException ex) {
			Files.move(temporary, file);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
