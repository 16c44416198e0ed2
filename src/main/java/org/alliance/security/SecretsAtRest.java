package org.alliance.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Encrypts the secrets Alliance must read back (authenticator secrets, clients' contact
 * emails, emails waiting to be sent) with AES-256-GCM under a key kept outside the
 * database, so that a copy of the database alone (a backup, a dump) reveals none of them
 * (OWASP ASVS 5.0, 11.3.2 and 13.3.1; NIST SP 800-38D for GCM).
 * <p>
 * The key is the {@link SecretKeyFile}: 32 random bytes in Base64, created at first start
 * readable by its owner only. Back it up apart from the database: without it every person
 * has to enrol their authenticator again. A start never makes a new key for a database
 * that already holds sealed secrets, and never runs with a key that opens none of them:
 * on PostgreSQL the default file depends on the folder the server was started from, and a
 * new key there would make every second factor fail. Each value gets a fresh 96-bit nonce
 * and is bound to what it belongs to (the account's id as associated data), so a value
 * copied onto another account does not decrypt. Stored as {@code v1:} and Base64 of nonce
 * and ciphertext with its tag. The JDK's own cipher does the work: nothing to add.
 */
@Component
public class SecretsAtRest {

	private static final String VERSION = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	/** Sealed secrets tried at start: if the key opens none of them, it is not theirs. */
	private static final int SAMPLE = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	/**
	 * The key of the settings' key file, checked against the database's sealed secrets.
	 * @throws StartRefused if the file is missing while the database holds sealed
	 * secrets, or its key opens none of them
	 */
	@Autowired
	SecretsAtRest(Environment environment, JdbcTemplate jdbc) {
		this(SecretKeyFile.of(environment), sealedIn(jdbc));
	}

	SecretsAtRest(Path keyFile) {
		this(new SecretKeyFile(keyFile), List.of());
	}

	private SecretsAtRest(SecretKeyFile file, List<Sealed> sealed) {
		if (!file.exists() && !sealed.isEmpty()) {
			throw file.missingWhileSecretsAreSealed();
		}
		this.key = new SecretKeySpec(Base64.getDecoder().decode(file.readOrCreate()), "AES");
		if (!sealed.isEmpty() && sealed.stream().noneMatch(this::opens)) {
			throw file.opensNone();
		}
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
	 * The text encrypted, bound to its owner (an id of what it belongs to, so that a
	 * value copied onto another row does not decrypt): {@code v1:} and Base64.
	 */
	public String sealText(String plain, String owner) {
		return seal(plain.getBytes(StandardCharsets.UTF_8), owner);
	}

	/**
	 * The text {@link #sealText} sealed for the same owner.
	 * @throws SecretUnreadable if it was sealed under another key or for another owner,
	 * or was changed
	 */
	public String openText(String stored, String owner) {
		return new String(open(stored, owner), StandardCharsets.UTF_8);
	}

	/**
	 * The value decrypted.
	 * @throws SecretUnreadable if it was sealed under another key or for another owner,
	 * or was changed
	 */
	byte[] open(String stored, String owner) {
		if (stored == null || !stored.startsWith(VERSION)) {
			throw new SecretUnreadable("Not a sealed value");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, NONCE_BYTES), owner);
			return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new SecretUnreadable("A secret does not decrypt with the key in " + SecretKeyFile.PROPERTY
					+ ": the key file was replaced, or the value was changed");
		}
	}

	private boolean opens(Sealed sealed) {
		try {
			open(sealed.value(), sealed.owner());
			return true;
		}
		catch (SecretUnreadable ex) {
			return false;
		}
	}

	private Cipher cipher(int mode, byte[] nonce, String owner) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	/**
	 * Some of the sealed secrets in the database (confirmed or awaiting confirmation).
	 */
	private static List<Sealed> sealedIn(JdbcTemplate jdbc) {
		return jdbc.query("""
				select user_id, coalesce(secret, pending_secret) from second_factor
				where secret is not null or pending_secret is not null fetch first %d rows only""".formatted(SAMPLE),
				(rs, i) -> new Sealed(rs.getString(2), SecondFactors.owner(rs.getObject(1, UUID.class))));
	}

	/** A sealed value and the owner it is bound to. */
	private record Sealed(String value, String owner) {
	}

}
