package org.alliance.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.PageClient;
import org.alliance.PageClient.Page;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in against guessing, over a real port, with the clock moved instead of slept: the
 * progressive wait per email (after 5 failures 30 seconds, doubling, capped at 15
 * minutes), the limit per address, the same answer for known and unknown emails, and the
 * audit of each. Recognised devices, which the wait does not hold, are in
 * {@link RecognisedDeviceTests}.
 */
class SignInProtectionTests extends SecuredServer {

	private static final String FAILED = "/login?error";

	@Test
	void afterFiveWrongPasswordsTheNextAttemptWaitsAndIsRefusedUncheckedSaysHowLong() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.therapist().email();
		PageClient browser = new PageClient(this.port);
		List<String> answers = new ArrayList<>();
		for (int attempt = 1; attempt <= 5; attempt++) {
			answers.add(browser.signIn(email, "guess-" + attempt).location());
		}
		assertThat(answers).containsOnly(FAILED);

		this.clock.advance(Duration.ofSeconds(10));
		Page right = browser.signIn(email, TestClinic.PASSWORD);
		assertThat(right.status()).isEqualTo(429);
		assertThat(right.header("Retry-After")).contains("20");
		assertThat(right.body()).contains("Too many failed sign-ins with this email")
			.contains("try again in <span>20</span> seconds")
			.contains("name=\"_csrf\"");
		assertThat(browser.get("/clients").location()).isEqualTo("/login");

		this.clock.advance(Duration.ofSeconds(20));
		// Signed in, the person is taken to the page they asked for while refused.
		assertThat(browser.signIn(email, TestClinic.PASSWORD).location()).isEqualTo("/clients");
		assertThat(browser.get("/clients").status()).isEqualTo(200);

		Instant waitEnd = this.clock.instant().minus(Duration.ofSeconds(30)).truncatedTo(ChronoUnit.SECONDS);
		List<String> trail = trailOf(email);
		assertThat(trail).filteredOn((line) -> line.startsWith("SIGN_IN_FAILED account wrong password")).hasSize(5);
		assertThat(trail).filteredOn((line) -> line.startsWith("SIGN_IN_DELAY "))
			.containsExactly("SIGN_IN_DELAY account waits 30 s after 5 failures");
		assertThat(trail).filteredOn((line) -> line.startsWith("SIGN_IN_DELAYED"))
			.containsExactly("SIGN_IN_DELAYED account waits until " + waitEnd.plusSeconds(30));
		assertThat(trail).filteredOn((line) -> line.startsWith("SIGN_IN")).last().isEqualTo("SIGN_IN account");
	}

	@Test
	void eachFailureAfterTheWaitDoublesTheNextWaitUpToFifteenMinutes() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.supervisor().email();
		PageClient browser = new PageClient(this.port);
		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.signIn(email, "guess-" + attempt);
		}
		// Waits after failures 5, 6, 7 …: 30 s, 1, 2, 4, 8 min, then the 15-minute cap.
		long[] waits = { 30, 60, 120, 240, 480, 900, 900 };
		for (int i = 0; i < waits.length; i++) {
			this.clock.advance(Duration.ofSeconds(waits[i] - 1));
			assertThat(browser.signIn(email, TestClinic.PASSWORD).header("Retry-After")).as("wait %d", i).contains("1");
			this.clock.advance(Duration.ofSeconds(1));
			if (i < waits.length - 1) {
				assertThat(browser.signIn(email, "guess-" + (6 + i)).location()).isEqualTo(FAILED);
			}
		}
		// The password is accepted; a supervisor without a second factor enrols one next.
		Page signedIn = browser.signIn(email, TestClinic.PASSWORD);
		assertThat(signedIn.location()).isEqualTo("/account/mfa");

		// A success forgets the failures: the next wrong password is a first failure
		// again, and the one after it is checked at once.
		PageClient other = new PageClient(this.port);
		assertThat(other.signIn(email, "guess-20").location()).isEqualTo(FAILED);
		assertThat(other.signIn(email, "guess-21").location()).isEqualTo(FAILED);
		assertThat(trailOf(email)).filteredOn((line) -> line.startsWith("SIGN_IN_DELAY "))
			.containsExactly("SIGN_IN_DELAY account waits 30 s after 5 failures",
					"SIGN_IN_DELAY account waits 1 min after 6 failures",
					"SIGN_IN_DELAY account waits 2 min after 7 failures",
					"SIGN_IN_DELAY account waits 4 min after 8 failures",
					"SIGN_IN_DELAY account waits 8 min after 9 failures",
					"SIGN_IN_DELAY account waits 15 min after 10 failures",
					"SIGN_IN_DELAY account waits 15 min after 11 failures");
		// queryForMap's keys ignore case, as H2 answers in upper case.
		Map<String, Object> signIn = this.jdbc.queryForMap("""
				select clinic_id, resource_id, remote_address, occurred_at from audit_event
				where actor = ? and action = 'SIGN_IN'""", email);
		assertThat(signIn.get("clinic_id")).isEqualTo(clinic.id());
		assertThat(signIn.get("resource_id")).isEqualTo(clinic.supervisor().account().id().toString());
		assertThat(signIn.get("remote_address")).isEqualTo("127.0.0.1");
		assertThat(signIn.get("occurred_at")).isNotNull();
	}

	@Test
	void aKnownAndAnUnknownEmailGetTheSameAnswersAttemptByAttempt() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String known = clinic.admin().email();
		String unknown = "nobody-" + UUID.randomUUID() + "@clinic.test";
		List<Page> toKnown = new ArrayList<>();
		List<Page> toUnknown = new ArrayList<>();
		for (int attempt = 1; attempt <= 7; attempt++) {
			toKnown.add(new PageClient(this.port).signIn(known, "guess-" + attempt));
			toUnknown.add(new PageClient(this.port).signIn(unknown, "guess-" + attempt));
		}
		assertThat(toUnknown).extracting(Page::status).isEqualTo(toKnown.stream().map(Page::status).toList());
		assertThat(toUnknown).extracting(Page::location).isEqualTo(toKnown.stream().map(Page::location).toList());
		// Each browser has its own CSRF token; the rest of each page must be the same.
		assertThat(toUnknown).extracting(SignInProtectionTests::withoutCsrf)
			.isEqualTo(toKnown.stream().map(SignInProtectionTests::withoutCsrf).toList());
		assertThat(toKnown).extracting(Page::status).containsExactly(302, 302, 302, 302, 302, 429, 429);

		Instant waitEnd = this.clock.instant().plus(Duration.ofSeconds(30)).truncatedTo(ChronoUnit.SECONDS);
		String message = new PageClient(this.port).get(FAILED).body();
		assertThat(message).contains("That email and password do not match an account.");
		assertThat(trailOf(unknown)).containsExactly("SIGN_IN_FAILED account no account has this email",
				"SIGN_IN_FAILED account no account has this email", "SIGN_IN_FAILED account no account has this email",
				"SIGN_IN_FAILED account no account has this email", "SIGN_IN_FAILED account no account has this email",
				"SIGN_IN_DELAY account waits 30 s after 5 failures", "SIGN_IN_DELAYED account waits until " + waitEnd,
				"SIGN_IN_DELAYED account waits until " + waitEnd);
	}

	/**
	 * Without a password check for unknown emails, a wrong password takes one bcrypt
	 * (about 50-100 ms here) and an unknown email a millisecond: the medians would differ
	 * some fifty-fold. Interleaved, 12 attempts each, below the threshold of the wait.
	 */
	@Test
	void anUnknownEmailTakesAboutAsLongAsAWrongPassword() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		List<String> known = List.of(clinic.admin().email(), clinic.supervisor().email(), clinic.therapist().email(),
				clinic.otherTherapist().email());
		List<Long> knownNanos = new ArrayList<>();
		List<Long> unknownNanos = new ArrayList<>();
		PageClient browser = new PageClient(this.port);
		browser.signIn(known.get(0), "warm-up");
		for (int round = 0; round < 3; round++) {
			for (String email : known) {
				knownNanos.add(timed(browser, email));
				unknownNanos.add(timed(browser, "nobody-" + UUID.randomUUID() + "@clinic.test"));
			}
		}
		double ratio = (double) median(unknownNanos) / median(knownNanos);
		System.out.printf("Sign-in median: wrong password %.1f ms, unknown email %.1f ms%n", median(knownNanos) / 1e6,
				median(unknownNanos) / 1e6);
		assertThat(ratio).as("median time unknown / known email").isBetween(0.5, 2.0);
	}

	@Test
	void anAddressOverItsLimitPerMinuteGets429AndTheSignInPageWithTheReason() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		PageClient browser = new PageClient(this.port);
		for (int attempt = 1; attempt <= ATTEMPTS_PER_ADDRESS; attempt++) {
			String email = "spray-" + attempt + "-" + UUID.randomUUID() + "@clinic.test";
			assertThat(browser.signIn(email, "Winter2026!").location()).isEqualTo(FAILED);
		}
		Page refused = browser.signIn(clinic.therapist().email(), TestClinic.PASSWORD);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).contains("60");
		assertThat(refused.body()).contains("Too many sign-in attempts from your address");
		assertThat(refused.body()).contains("name=\"_csrf\"");
		assertThat(browser.get("/clients").location()).isEqualTo("/login");
		assertThat(trailOf(clinic.therapist().email()))
			.containsExactly("SIGN_IN_THROTTLED account " + (ATTEMPTS_PER_ADDRESS + 1)
					+ " attempts from this address this minute, " + ATTEMPTS_PER_ADDRESS + " allowed");

		this.clock.advance(Duration.ofSeconds(61));
		assertThat(browser.signIn(clinic.therapist().email(), TestClinic.PASSWORD).location()).isEqualTo("/clients");
	}

	private static String withoutCsrf(Page page) {
		return page.body().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

	private static long timed(PageClient browser, String email) {
		browser.get("/login");
		long start = System.nanoTime();
		browser.post("/login", Map.of("username", email, "password", "not-the-password"));
		return System.nanoTime() - start;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
