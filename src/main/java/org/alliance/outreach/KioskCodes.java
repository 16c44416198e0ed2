package org.alliance.outreach;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.alliance.measure.ClientLinks;
import org.alliance.measure.IssuedLink;
import org.alliance.security.ApiTokens;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;
import org.alliance.security.CurrentUser;
import org.alliance.security.GuessThrottle;
import org.alliance.security.SecretsAtRest;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kiosk codes: a therapist issues a short one-time code for a session, and the client
 * types it on the waiting room's tablet ({@code /kiosk}) to reach the same form as the
 * personal link, which is issued with it ({@link ClientLinks}). A code is
 * {@value #LENGTH} characters from an alphabet without look-alikes (no 0/O, 1/I/L), about
 * 8.5 × 10¹¹ codes; it works once and expires with its link, and guessing is slowed as
 * sign-in is ({@link GuessThrottle}). Only the code's hash is kept; the link waits sealed
 * until the code is used, then is forgotten.
 */
@Service
public class KioskCodes {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 8;

	/** The throttle's scope, apart from sign-in's. */
	static final String SCOPE = "kiosk";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ClientLinks links;

	private final EmailTimings timings;

	private final SecretsAtRest secrets;

	private final GuessThrottle throttle;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	KioskCodes(ClientLinks links, EmailTimings timings, SecretsAtRest secrets, GuessThrottle throttle,
			JdbcTemplate jdbc, Clock clock) {
		this.links = links;
		this.timings = timings;
		this.secrets = secrets;
		this.throttle = throttle;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A new code for the session's measures still due; shown once.
	 * @throws org.alliance.api.Conflict what {@link ClientLinks#issue} throws
	 */
	@Transactional
	public IssuedCode issue(CurrentUser user, UUID sessionId) {
		IssuedLink link = this.links.issue(user, sessionId, List.of(), this.timings.of(user.clinicId()).linkValidity());
		while (true) {
			String code = newCode();
			String hash = ApiTokens.hash(code);
			try {
				this.jdbc.update("""
						insert into kiosk_code (code_hash, clinic_id, session_id, link_token_hash, link_sealed,
						created_by, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", hash, user.clinicId(),
						sessionId, ApiTokens.hash(link.token()), this.secrets.sealText(link.path(), owner(hash)),
						user.email(), Timestamp.from(this.clock.instant()), Timestamp.from(link.expiresAt()));
			}
			catch (DuplicateKeyException taken) {
				continue;
			}
			AuditTrail.append(this.jdbc,
					AuditTrail.entry(user.clinicId(), user.email(), AuditAction.CREATE, "kiosk-code", sessionId));
			return new IssuedCode(code.substring(0, 4) + "-" + code.substring(4), sessionId, link.expiresAt());
		}
	}

	/**
	 * What a code typed at the kiosk opens: the personal link's path, or why not. Not one
	 * transaction: the throttle counts in its own (a refused attempt must count), and the
	 * code is claimed by one update, which only one caller wins.
	 * @param address the tablet's address, for the throttle
	 */
	public Redeemed redeem(String typed, String address) {
		Optional<Duration> wait = this.throttle.mustWait(SCOPE, address);
		if (wait.isPresent()) {
			return new Redeemed.Wait(wait.get());
		}
		String code = normalise(typed);
		Instant now = this.clock.instant();
		String hash = ApiTokens.hash(code);
		List<Object[]> found = (code.length() != LENGTH) ? List.of() : this.jdbc.query("""
				select clinic_id, session_id, link_sealed from kiosk_code where code_hash = ? and used_at is null
				and expires_at > ? and link_sealed is not null""",
				(rs, i) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3) },
				hash, Timestamp.from(now));
		if (found.isEmpty() || this.jdbc.update("""
				update kiosk_code set used_at = ?, link_sealed = null where code_hash = ? and used_at is null""",
				Timestamp.from(now), hash) == 0) {
			this.throttle.failed(SCOPE, address);
			return new Redeemed.Refused();
		}
		this.throttle.succeeded(SCOPE, address);
		UUID clinicId = (UUID) found.get(0)[0];
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(clinicId, "kiosk", AuditAction.READ, "kiosk-code", found.get(0)[1]));
		return new Redeemed.Opened(this.secrets.openText((String) found.get(0)[2], owner(hash)));
	}

	/** Upper case, without the spaces and dashes people type. */
	static String normalise(String typed) {
		return (typed == null) ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
	}

	private static String newCode() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private static String owner(String codeHash) {
		return "kiosk-code:" + codeHash;
	}

	/**
	 * A code as issued: shown once.
	 *
	 * @param code e.g. {@code K7MQ-3XPA}
	 * @param expiresAt when it (and its link) stops working
	 */
	public record IssuedCode(String code, UUID session, Instant expiresAt) {
	}

	/** What a typed code opens. */
	public sealed interface Redeemed {

		/** The personal link's path, {@code /r/<token>}. */
		record Opened(String path) implements Redeemed {
		}

		/** Unknown, used or expired: the same answer for each. */
		record Refused() implements Redeemed {
		}

		/** Too many tries from the address: wait this long. */
		record Wait(Duration duration) implements Redeemed {
		}

	}

}
