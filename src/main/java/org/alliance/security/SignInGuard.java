package org.alliance.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a page sign-in: first the caller's address against the per-minute limit, then
 * the email against its lock, and only then the password. Known and unknown emails take
 * the same path: an unknown one is counted, locked and audited like a real one, and its
 * password is checked against a dummy bcrypt hash (Spring's
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

	private final SignInRateLimit rateLimit;

	private final AuditTrail audit;

	private final Clock clock;

	SignInGuard(UserAccounts accounts, PasswordEncoder encoder, SignInFailures failures, SignInRateLimit rateLimit,
			AuditTrail audit, Clock clock) {
		this.passwords = new DaoAuthenticationProvider(userDetails(accounts));
		this.passwords.setPasswordEncoder(encoder);
		this.accounts = accounts;
		this.failures = failures;
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
		if (!this.rateLimit.allows(fromAddress)) {
			audit(record, AuditAction.SIGN_IN_THROTTLED, fromAddress + " attempts from this address this minute, "
					+ this.rateLimit.perWindow() + " allowed");
			throw new SignInThrottled();
		}
		Optional<Instant> locked = this.failures.lockedUntil(email, now);
		if (locked.isPresent()) {
			audit(record, AuditAction.SIGN_IN_LOCKED, "locked until " + locked.get().truncatedTo(ChronoUnit.SECONDS));
			throw new LockedException("Locked");
		}
		try {
			Authentication signedIn = this.passwords.authenticate(attempt);
			this.failures.succeeded(email, now);
			this.rateLimit.forgetStale(now);
			audit(record, AuditAction.SIGN_IN, null);
			return signedIn;
		}
		catch (BadCredentialsException ex) {
			SignInFailures.Failure failure = this.failures.failed(email, now);
			audit(record, AuditAction.SIGN_IN_FAILED,
					record.account().isPresent() ? "wrong password" : "no account has this email");
			if (failure.lock().isPresent()) {
				audit(record, AuditAction.LOCKOUT,
						"locked for " + words(failure.lock().get()) + " after " + failure.consecutive() + " failures");
				throw new LockedException("Locked");
			}
			throw ex;
		}
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

	/** One sign-in attempt, as the audit trail records it. */
	private record Attempt(String email, String address, Optional<UserAccount> account, Instant at) {
	}

}
