package org.alliance.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238,
 * https://www.rfc-editor.org/rfc/rfc6238): HMAC-SHA1, six digits, 30-second steps counted
 * from the Unix epoch. A code is accepted for its own step and one step either side, the
 * delay RFC 6238 section 5.2 recommends allowing for clocks that drift and for typing.
 * java-otp computes the codes; this class decides which steps count and what a replay is:
 * a code of a step at or before the last one accepted (RFC 6238 section 5.2: "the
 * verifier MUST NOT accept the second attempt of the OTP after the successful validation
 * has been issued for the first OTP").
 */
final class TotpCodes {

	/** The length of one time step. */
	static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;

	/** Steps accepted before and after the current one. */
	static final int DRIFT = 1;

	private final TimeBasedOneTimePasswordGenerator generator;

	private final int digits;

	/** Six digits, HMAC-SHA1: what every authenticator app makes from an otpauth URI. */
	TotpCodes() {
		this(6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
	}

	/** Another length or hash, for RFC 6238's own test vectors (eight digits). */
	TotpCodes(int digits, String algorithm) {
		this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
		this.digits = digits;
	}

	/** The step of an instant: whole 30-second steps since 1970-01-01T00:00:00Z. */
	static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
	}

	/** The code of a step, zero-padded to its digits. */
	String code(byte[] secret, long step) {
		try {
			int value = this.generator.generateOneTimePassword(new SecretKeySpec(secret, this.generator.getAlgorithm()),
					Instant.ofEpochSecond(step * STEP.toSeconds()));
			return String.format("%0" + this.digits + "d", value);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("An HMAC key of any length is valid", ex);
		}
	}

	/**
	 * Checks a typed code against the steps around now.
	 * @param lastUsed the step of the last code accepted, or {@link Long#MIN_VALUE} if
	 * none
	 */
	Verdict check(byte[] secret, String typed, Instant now, long lastUsed) {
		String code = (typed != null) ? typed.replaceAll("[\\s-]", "") : "";
		if (code.length() != this.digits) {
			return new Verdict.Wrong();
		}
		long current = step(now);
		for (long step = current - DRIFT; step <= current + DRIFT; step++) {
			if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				return (step > lastUsed) ? new Verdict.Accepted(step) : new Verdict.Replayed(step);
			}
		}
		return new Verdict.Wrong();
	}

	/** What a typed code turned out to be. */
	sealed interface Verdict {

		/** The code of a step after the last one used. */
		record Accepted(long step) implements Verdict {
		}

		/** The code of a step already used: right, but seen before. */
		record Replayed(long step) implements Verdict {
		}

		/** No code of the accepted steps. */
		record Wrong() implements Verdict {
		}

	}

}
