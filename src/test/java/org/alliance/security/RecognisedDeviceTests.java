package org.alliance.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.alliance.PageClient;
import org.alliance.PageClient.Page;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recognised devices (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a
 * stranger's failed guesses make unrecognised attempts on the email wait, but not the
 * clinician signing in on a browser that signed in before; that browser's own failures
 * make it wait alone. Over a real port, with the clock moved instead of slept.
 */
class RecognisedDeviceTests extends SecuredServer {

	private static final String COOKIE = "alliance-device";

	@Test
	void anAttackersGuessesDoNotKeepTheClinicianOutOfTheirRecognisedDevice() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.therapist().email();
		String device = recognisedBrowserOf(email);

		PageClient attacker = new PageClient(this.port);
		for (int attempt = 1; attempt <= 12; attempt++) {
			attacker.signIn(email, "guess-" + attempt);
			this.clock.advance(Duration.ofSeconds(1));
		}
		// The attacker, and anyone else without the device, must wait; even with the
		// right password, which is not checked.
		assertThat(attacker.signIn(email, TestClinic.PASSWORD).status()).isEqualTo(429);
		assertThat(new PageClient(this.port).signIn(email, TestClinic.PASSWORD).status()).isEqualTo(429);

		PageClient clinician = new PageClient(this.port);
		clinician.keepCookie(COOKIE, device);
		assertThat(clinician.signIn(email, TestClinic.PASSWORD).location()).isEqualTo("/");
		assertThat(clinician.get("/clients").status()).isEqualTo(200);

		assertThat(trailOf(email)).filteredOn((line) -> line.startsWith("SIGN_IN"))
			.last()
			.isEqualTo("SIGN_IN account on a recognised device");
		// The clinician's sign-in did not clear the attacker's count: the email still
		// waits for everyone else.
		assertThat(attacker.signIn(email, TestClinic.PASSWORD).status()).isEqualTo(429);
	}

	@Test
	void aRecognisedDevicesOwnFailuresMakeItWaitWithoutHoldingOthersBack() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.otherTherapist().email();
		PageClient device = new PageClient(this.port);
		device.keepCookie(COOKIE, recognisedBrowserOf(email));
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(device.signIn(email, "guess-" + attempt).location()).isEqualTo("/login?error");
		}
		Page waiting = device.signIn(email, TestClinic.PASSWORD);
		assertThat(waiting.status()).isEqualTo(429);
		assertThat(waiting.header("Retry-After")).contains("30");

		// The device's failures are its own: a browser without it is not delayed.
		assertThat(new PageClient(this.port).signIn(email, TestClinic.PASSWORD).location()).isEqualTo("/");
		assertThat(trailOf(email)).contains("SIGN_IN_FAILED account wrong password on a recognised device",
				"SIGN_IN_DELAY account recognised device waits 30 s after 5 failures");
		assertThat(trailOf(email)).anyMatch((line) -> line.startsWith("SIGN_IN_DELAYED account recognised device"));

		this.clock.advance(Duration.ofSeconds(30));
		assertThat(device.signIn(email, TestClinic.PASSWORD).location()).isEqualTo("/");
	}

	/**
	 * A clinic behind one NAT address shares it with whoever guesses from inside: the
	 * address's limit must not keep the clinician out of their own recognised device. The
	 * device's attempts still count against the address, and its own failures still earn
	 * its own wait.
	 */
	@Test
	void theAddressLimitDoesNotKeepTheClinicianOutOfTheirRecognisedDevice() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.therapist().email();
		String device = recognisedBrowserOf(email);
		PageClient guesser = new PageClient(this.port);
		for (int attempt = 2; attempt <= ATTEMPTS_PER_ADDRESS; attempt++) {
			guesser.signIn("spray-" + attempt + "-" + java.util.UUID.randomUUID() + "@clinic.test", "Winter2026!");
		}
		Page refused = new PageClient(this.port).signIn(email, TestClinic.PASSWORD);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body()).contains("Too many sign-in attempts from your address");

		PageClient clinician = new PageClient(this.port);
		clinician.keepCookie(COOKIE, device);
		assertThat(clinician.signIn(email, TestClinic.PASSWORD).location()).isEqualTo("/");
		assertThat(clinician.get("/clients").status()).isEqualTo(200);

		// Counted still: the address's count went on past the device's attempt.
		new PageClient(this.port).signIn(email, TestClinic.PASSWORD);
		assertThat(trailOf(email)).filteredOn((line) -> line.startsWith("SIGN_IN_THROTTLED"))
			.containsExactly(
					"SIGN_IN_THROTTLED account " + (ATTEMPTS_PER_ADDRESS + 1)
							+ " attempts from this address this minute, " + ATTEMPTS_PER_ADDRESS + " allowed",
					"SIGN_IN_THROTTLED account " + (ATTEMPTS_PER_ADDRESS + 3)
							+ " attempts from this address this minute, " + ATTEMPTS_PER_ADDRESS + " allowed");

		// The device's own failures, over the address's limit, earn its own wait.
		PageClient mistyping = new PageClient(this.port);
		mistyping.keepCookie(COOKIE, clinician.cookie(COOKIE).orElseThrow());
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(mistyping.signIn(email, "mistyped-" + attempt).location()).isEqualTo("/login?error");
		}
		Page waiting = mistyping.signIn(email, TestClinic.PASSWORD);
		assertThat(waiting.status()).isEqualTo(429);
		assertThat(waiting.header("Retry-After")).contains("30");
		assertThat(waiting.body()).contains("Too many failed sign-ins with this email");
	}

	@Test
	void aDeviceRecognisedForOneAccountIsNoProofForAnother() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String victim = clinic.otherTherapist().email();
		PageClient attacker = new PageClient(this.port);
		attacker.keepCookie(COOKIE, recognisedBrowserOf(clinic.therapist().email()));
		for (int attempt = 1; attempt <= 5; attempt++) {
			attacker.signIn(victim, "guess-" + attempt);
		}
		assertThat(attacker.signIn(victim, TestClinic.PASSWORD).status()).isEqualTo(429);
		assertThat(trailOf(victim)).noneMatch((line) -> line.contains("recognised device"));
	}

	@Test
	void theCookieIsRandomHttpOnlyStrictAndStoredOnlyAsItsHash() throws Exception {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		PageClient browser = new PageClient(this.port);
		browser.get("/login");
		Page signedIn = browser.post("/login",
				java.util.Map.of("username", clinic.therapist().email(), "password", TestClinic.PASSWORD));
		String setCookie = signedIn.headers()
			.get("set-cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith(COOKIE + "="))
			.findFirst()
			.orElseThrow();
		assertThat(setCookie).contains("HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=15552000");
		String token = browser.cookie(COOKIE).orElseThrow();
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		List<String> stored = this.jdbc.queryForList("select token_hash from recognised_device where user_id = ?",
				String.class, clinic.therapist().account().id());
		assertThat(stored).containsExactly(sha256(token));

		// A second sign-in on the same browser replaces the token: the old one is no
		// longer recognised.
		browser.signIn(clinic.therapist().email(), TestClinic.PASSWORD);
		String next = browser.cookie(COOKIE).orElseThrow();
		assertThat(next).isNotEqualTo(token);
		assertThat(this.jdbc.queryForList("select token_hash from recognised_device where user_id = ?", String.class,
				clinic.therapist().account().id()))
			.containsExactly(sha256(next));

		// A password alone, before the second factor that an admin must give, makes no
		// device recognised: a stolen password would otherwise earn one.
		PageClient halfway = new PageClient(this.port);
		assertThat(halfway.signIn(clinic.admin().email(), TestClinic.PASSWORD).location()).isEqualTo("/account/mfa");
		assertThat(halfway.cookie(COOKIE)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from recognised_device where user_id = ?", Integer.class,
				clinic.admin().account().id()))
			.isZero();
	}

	@Test
	void aDeviceIsForgottenAfterItsLifetime() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.therapist().email();
		String device = recognisedBrowserOf(email);
		this.clock.advance(Duration.ofDays(181));
		PageClient attacker = new PageClient(this.port);
		for (int attempt = 1; attempt <= 5; attempt++) {
			attacker.signIn(email, "guess-" + attempt);
		}
		PageClient clinician = new PageClient(this.port);
		clinician.keepCookie(COOKIE, device);
		assertThat(clinician.signIn(email, TestClinic.PASSWORD).status()).isEqualTo(429);
	}

	/** Signs the person in on a fresh browser and gives back its device cookie. */
	private String recognisedBrowserOf(String email) {
		PageClient browser = new PageClient(this.port);
		assertThat(browser.signIn(email, TestClinic.PASSWORD).location()).isEqualTo("/");
		return browser.cookie(COOKIE).orElseThrow();
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
