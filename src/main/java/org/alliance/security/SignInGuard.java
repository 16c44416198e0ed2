package org.alliance.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a page sign-in: first the caller's address against the per-minute limit (unless
 * the attempt proves it comes from the account's owner), then whether the attempt must
 * still wait, and only then the password. Failures from an unrecognised browser make the
 * email's next attempts wait progressively longer ({@link ProgressiveDelay}); an attempt
 * from a device the person signed in on before waits only for that device's own failures
 * ({@link RecognisedDevices}), so a stranger's guesses cannot keep a clinician out. Known
 * and unknown emails take the same path: an unknown one is counted, delayed and audited
 * like a real one, and its password is checked against a dummy bcrypt hash (Spring's
 * {@link DaoAuthenticationProvider} does that), so neither the answer nor its timing
 * tells whether an account exists (OWASP Authentication Cheat Sheet, "Authentication and
 * Error Messages").
 */
@Component
class SignInGuard implements AuthenticationProvider {

	private static final int EMAIL_LENGTH = 320;

	private final DaoAuthenticationProvider passwords;

	private final UserAccounts accounts;

	private final SignInFailures failures;

	private final RecognisedDevices devices;

	private final SignInRateLimit rateLimit;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecondFactors secondFactors;

	SignInGuard(UserAccounts accounts, PasswordEncoder encoder, SignInFailures failures, RecognisedDevices devices,
			SignInRateLimit rateLimit, AuditTrail audit, Clock clock, SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
		this.passwords = new DaoAuthenticationProvider(userDetails(accounts));
		this.passwords.setPasswordEncoder(encoder);
		this.accounts = accounts;
		this.failures = failures;
		this.devices = devices;
		this.rateLimit = rateLimit;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String email = UserAccounts.normalise(String.valueOf(attempt.getName()));
		email = (email.length() > EMAIL_LENGTH) ? email.substring(0, EMAIL_LENGTH) : email;
		Instant now = this.clock.instant();
		Attempt record = new Attempt(email, address(attempt), this.accounts.findByEmail(email), now);
		int fromAddress = this.rateLimit.count(record.address(), now);
		// The proof comes first: behind one NAT address, whoever guesses from inside the
		// clinic would otherwise keep its clinicians out with the address's limit.
		Optional<RecognisedDevices.Device> device = proofBeyondPassword(email, attempt, now);
		boolean secondFactor = device.isEmpty() && secondFactorSent(record, attempt);
		if (device.isEmpty() && !secondFactor && !this.rateLimit.allows(fromAddress)) {
			audit(record, AuditAction.SIGN_IN_THROTTLED, fromAddress + " attempts from this address this minute, "
					+ this.rateLimit.perWindow() + " allowed");
			throw new SignInThrottled();
		}
		Optional<Instant> waitUntil = device.isPresent() ? device.get().delayedUntil()
				: secondFactor ? Optional.empty() : this.failures.delayedUntil(email, now);
		if (waitUntil.isPresent()) {
			audit(record, AuditAction.SIGN_IN_DELAYED, (device.isPresent() ? "recognised device " : "") + "waits until "
					+ waitUntil.get().truncatedTo(ChronoUnit.SECONDS));
			throw new SignInDelayed(Duration.between(now, waitUntil.get()));
		}
		String on = device.isPresent() ? "on a recognised device" : secondFactor ? "with a second factor" : null;
		try {
			Authentication signedIn = this.passwords.authenticate(attempt);
			if (device.isEmpty()) {
				this.failures.succeeded(email, now);
			}
			this.rateLimit.forgetStale(now);
			audit(record, AuditAction.SIGN_IN, on);
			return signedIn;
		}
		catch (BadCredentialsException ex) {
			SignInFailures.Failure failure = device.isPresent() ? this.devices.failed(device.get(), now)
					: this.failures.failed(email, now);
			audit(record, AuditAction.SIGN_IN_FAILED, refusal(record) + ((on != null) ? " " + on : ""));
			failure.delay()
				.ifPresent(
						(delay) -> audit(record, AuditAction.SIGN_IN_DELAY, ((on != null) ? "recognised device " : "")
								+ "waits " + words(delay) + " after " + failure.consecutive() + " failures"));
			throw ex;
		}
	}

	/**
	 * Whether the attempt carries a right, unused code of the account's authenticator
	 * with the password (the sign-in page offers the field while the email must wait).
	 * Such an attempt comes from the account's owner and is held neither by the wait that
	 * others' failures earned nor by the address's limit; its wrong passwords still count
	 * against the email. The code is used up either way, so it proves nothing twice, and
	 * the sign-in then needs no second step.
	 * <p>
	 * Since neither limit bounds these checks, the account's wrong codes earn a wait of
	 * their own by the same {@link ProgressiveDelay}, during which no code sent with the
	 * password is checked (OWASP ASVS 5.0, 6.3.1: controls against brute force;
	 * https://github.com/OWASP/ASVS/blob/v5.0.0/5.0/en/0x15-V6-Authentication.md).
	 */
	private boolean secondFactorSent(Attempt record, Authentication attempt) {
		if (!(attempt.getDetails() instanceof SignInDetails details) || details.code().isEmpty()
				|| record.account().isEmpty()) {
			return false;
		}
		CurrentUser user = record.account().get().asCurrentUser();
		String codes = wrongCodesKey(user);
		if (!this.secondFactors.enrolled(user.userId()) || this.failures.delayedUntil(codes, record.at()).isPresent()) {
			return false;
		}
		SecondFactors.Check check = this.secondFactors.check(user, details.code().get());
		if (check instanceof SecondFactors.Check.KeyMismatch) {
			// The server's fault: no proof, and no wrong code either. Said only on the
			// second-factor page, once the password is right, so that the answer here
			// tells no one which emails have an authenticator.
			return false;
		}
		if (!(check instanceof SecondFactors.Check.Passed)) {
			this.failures.failed(codes, record.at());
			return false;
		}
		this.failures.succeeded(codes, record.at());
		details.secondFactorProved();
		return true;
	}

	/**
	 * Where the account's wrong codes are counted among the emails' failures: upper case,
	 * which no typed email keeps after {@link UserAccounts#normalise}, so no sign-in can
	 * count against it but a code's.
	 */
	private static String wrongCodesKey(CurrentUser user) {
		return "CODE " + user.userId();
	}

	/**
	 * What this attempt carries besides the password that proves it comes from the
	 * account's owner, and so frees it from the wait that others' failures earned: a
	 * recognised device, whose own failures count against it alone (a second factor sent
	 * with the password is the other such proof, {@link #secondFactorSent}).
	 */
	private Optional<RecognisedDevices.Device> proofBeyondPassword(String email, Authentication attempt, Instant now) {
		List<String> tokens = (attempt.getDetails() instanceof SignInDetails details) ? details.deviceTokens()
				: List.of();
		return this.devices.recognise(email, tokens, now);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static UserDetailsService userDetails(UserAccounts accounts) {
		// An invited or disabled account has no password that signs in: it takes the
		// unknown email's path, with the same answer and the same dummy bcrypt check.
		return (email) -> accounts.findByEmail(email)
			.flatMap((account) -> accounts.passwordHash(email)
				.map((hash) -> new ClinicUserDetails(account.asCurrentUser(), hash)))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	private static String address(Authentication attempt) {
		return (attempt.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "unknown";
	}

	private static String words(Duration duration) {
		return (duration.toSecondsPart() == 0) ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
	}

	private void audit(Attempt attempt, AuditAction action, String detail) {
		UUID clinic = attempt.account().map(UserAccount::clinicId).orElse(null);
		String id = attempt.account().map((found) -> found.id().toString()).orElse(null);
		this.audit.record(new AuditEntry(clinic, attempt.email(), action, "account", id, attempt.address(),
				attempt.at(), detail));
	}

	/**
	 * Why, for the audit trail only: the person at the keyboard is told the same in every
	 * case.
	 */
	private String refusal(Attempt attempt) {
		if (attempt.account().isEmpty()) {
			return "no account has this email";
		}
		return this.accounts.passwordHash(attempt.email()).isPresent() ? "wrong password"
				: "account not active (invited or disabled)";
	}

	/** One sign-in attempt, as the audit trail records it. */
	private record Attempt(String email, String address, Optional<UserAccount> account, Instant at) {
	}

}
