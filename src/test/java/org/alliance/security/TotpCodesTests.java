package org.alliance.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Codes against RFC 6238 Appendix B (https://www.rfc-editor.org/rfc/rfc6238#appendix-B)
 * and RFC 4226 Appendix D (six-digit HOTP values, which are the TOTP codes of steps 0 to
 * 9), and the window of one step either side with replays refused.
 */
class TotpCodesTests {

	private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA512_SEED = ("1234567890123456789012345678901234567890123456789012345678901234")
		.getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082, 46119246, 90693936", "1111111109, 07081804, 68084774, 25091201",
			"1111111111, 14050471, 67062674, 99943326", "1234567890, 89005924, 91819424, 93441116",
			"2000000000, 69279037, 90698825, 38618901", "20000000000, 65353130, 77737706, 47863826" })
	void makesTheCodesOfRfc6238AppendixB(long time, String sha1, String sha256, String sha512) {
		long step = TotpCodes.step(Instant.ofEpochSecond(time));
		assertThat(new TotpCodes(8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1).code(SHA1_SEED, step))
			.isEqualTo(sha1);
		assertThat(
				new TotpCodes(8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA256).code(SHA256_SEED, step))
			.isEqualTo(sha256);
		assertThat(
				new TotpCodes(8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA512).code(SHA512_SEED, step))
			.isEqualTo(sha512);
		// Six digits are the same truncation modulo 10^6 (RFC 4226 5.3).
		assertThat(new TotpCodes().code(SHA1_SEED, step)).isEqualTo(sha1.substring(2));
	}

	@Test
	void sixDigitCodesOfStepsZeroToNineAreTheHotpValuesOfRfc4226AppendixD() {
		String[] hotp = { "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871",
				"520489" };
		TotpCodes codes = new TotpCodes();
		for (int step = 0; step < hotp.length; step++) {
			assertThat(codes.code(SHA1_SEED, step)).as("step %d", step).isEqualTo(hotp[step]);
		}
	}

	@Test
	void acceptsTheStepBeforeAndAfterButNotTwoAway() {
		TotpCodes codes = new TotpCodes();
		// 1970-01-01T00:02:00Z is step 4; RFC 4226's values for counters 3, 4, 5 are
		// 969429,
		// 338314, 254676; 2 and 6 are 359152 and 287922.
		Instant now = Instant.ofEpochSecond(120);
		assertThat(codes.check(SHA1_SEED, "969429", now, Long.MIN_VALUE)).isEqualTo(new TotpCodes.Verdict.Accepted(3));
		assertThat(codes.check(SHA1_SEED, "338 314", now, Long.MIN_VALUE)).isEqualTo(new TotpCodes.Verdict.Accepted(4));
		assertThat(codes.check(SHA1_SEED, "254676", now, Long.MIN_VALUE)).isEqualTo(new TotpCodes.Verdict.Accepted(5));
		assertThat(codes.check(SHA1_SEED, "359152", now, Long.MIN_VALUE)).isEqualTo(new TotpCodes.Verdict.Wrong());
		assertThat(codes.check(SHA1_SEED, "287922", now, Long.MIN_VALUE)).isEqualTo(new TotpCodes.Verdict.Wrong());
		assertThat(codes.check(SHA1_SEED, "12345", now, Long.MIN_VALUE)).isEqualTo(new TotpCodes.Verdict.Wrong());
	}

	@Test
	void aCodeOfAStepAtOrBeforeTheLastUsedIsAReplay() {
		TotpCodes codes = new TotpCodes();
		Instant now = Instant.ofEpochSecond(120);
		assertThat(codes.check(SHA1_SEED, "338314", now, 4)).isEqualTo(new TotpCodes.Verdict.Replayed(4));
		assertThat(codes.check(SHA1_SEED, "969429", now, 4)).isEqualTo(new TotpCodes.Verdict.Replayed(3));
		assertThat(codes.check(SHA1_SEED, "254676", now, 4)).isEqualTo(new TotpCodes.Verdict.Accepted(5));
	}

	@Test
	void theAuthenticatorUriNamesTheIssuerAndTheAccount() {
		TotpSecret secret = new TotpSecret(SHA1_SEED);
		// RFC 4648 section 10: BASE32("1234567890...") as the test secret of many apps.
		assertThat(secret.base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(secret.authenticatorUri("ana@clinic.test")).isEqualTo(
				"otpauth://totp/Alliance:ana@clinic.test?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Alliance");
	}

}
