package org.alliance;

import java.security.InvalidKeyException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * What a person's authenticator app does in the tests: it keeps the secret read from the
 * enrolment page and makes the current code (RFC 6238: HMAC-SHA1, six digits, 30 s). The
 * test sign-in helpers enrol a person who must use a second factor on first sign-in and
 * answer the second-factor page later, by email. A code is never used twice: when the
 * three steps the server accepts around now are used up, the next code is a recovery
 * code, so that a test signing the same person in many times a minute needs no sleep.
 */
public final class AuthenticatorApp {

	private static final Map<String, AuthenticatorApp> BY_EMAIL = new ConcurrentHashMap<>();

	private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();

	/** Time a typed code may take to reach the server's check, with room to spare. */
	private static final long IN_FLIGHT_SECONDS = 5;

	private final byte[] secret;

	private final Deque<String> recoveryCodes = new ArrayDeque<>();

	private long lastStep = Long.MIN_VALUE;

	private AuthenticatorApp(byte[] secret) {
		this.secret = secret;
	}

	/** The person's app, holding the secret shown on the enrolment page. */
	public static AuthenticatorApp enrol(String email, String base32Secret) {
		AuthenticatorApp app = new AuthenticatorApp(new Base32().decode(base32Secret));
		BY_EMAIL.put(email, app);
		return app;
	}

	public static Optional<AuthenticatorApp> of(String email) {
		return Optional.ofNullable(BY_EMAIL.get(email));
	}

	/** Keeps the recovery codes shown after enrolment, to use when codes run out. */
	public synchronized void keep(List<String> codes) {
		this.recoveryCodes.clear();
		this.recoveryCodes.addAll(codes);
	}

	/**
	 * A code not used before: the earliest step the server still accepts, else a recovery
	 * code. The step before the current one is left out in the last seconds of a step,
	 * when it could leave the server's window while the code is on its way.
	 */
	public synchronized String nextCode(Clock clock) {
		Instant at = clock.instant();
		long now = step(at);
		long earliest = (Math.floorMod(at.getEpochSecond(), 30) >= 30 - IN_FLIGHT_SECONDS) ? now : now - 1;
		long step = Math.max(earliest, this.lastStep + 1);
		if (step > now + 1) {
			String recovery = this.recoveryCodes.poll();
			if (recovery == null) {
				throw new IllegalStateException("Codes and recovery codes used up for this minute");
			}
			return recovery;
		}
		this.lastStep = step;
		return code(step);
	}

	/** The code of the current step, used or not: what the app shows now. */
	public synchronized String currentCode(Clock clock) {
		long step = step(clock.instant());
		this.lastStep = Math.max(this.lastStep, step);
		return code(step);
	}

	/** The code of a step (whole 30-second steps since the epoch). */
	public String code(long step) {
		try {
			return String.format("%06d", TOTP.generateOneTimePassword(new SecretKeySpec(this.secret, "HmacSHA1"),
					Instant.ofEpochSecond(step * 30)));
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), 30);
	}

}
