package org.alliance.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.alliance.security.SecretsAtRest;
import org.alliance.storage.TimeOrderedIds;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emails waiting to go out. An email is posted in the transaction of whatever causes
 * it (a link issued, an invitation, a risk signal), so that the two commit together or
 * not at all: a crash after the commit loses nothing, since {@link OutboxDelivery} sends
 * whatever is due, and a rollback sends nothing. With email off (no
 * {@code spring.mail.host}) nothing is posted.
 */
@Service
public class Outbox {

	private final JdbcTemplate jdbc;

	private final SecretsAtRest secrets;

	private final MailLayout layout;

	private final Clock clock;

	private final boolean on;

	Outbox(JdbcTemplate jdbc, SecretsAtRest secrets, MailLayout layout, Clock clock,
			ObjectProvider<JavaMailSender> sender, MailSettings settings) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.layout = layout;
		this.clock = clock;
		this.on = sender.getIfAvailable() != null;
		if (this.on && (settings.from() == null || settings.from().isBlank())) {
			throw new IllegalStateException("spring.mail.host is set but alliance.mail.from is not: set"
					+ " alliance.mail.from to the address the clinic's emails come from, e.g. no-reply@clinic.example");
		}
	}

	/**
	 * Whether emails are sent: a mail server is configured ({@code spring.mail.host}).
	 * Pages say so when they are not.
	 */
	public boolean on() {
		return this.on;
	}

	/**
	 * Posts the letter to the address, in the caller's transaction; its id in the outbox,
	 * or empty when email is off (nothing is posted).
	 * @param clinicId the clinic it is sent for
	 * @param purpose what it is for, a short name such as {@code invitation} (kept after
	 * delivery, with no address)
	 * @throws org.springframework.transaction.IllegalTransactionStateException outside a
	 * transaction: an email posted outside the change that causes it could be lost or
	 * sent for a change rolled back
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<UUID> post(UUID clinicId, String purpose, EmailAddress to, Letter letter) {
		if (!this.on) {
			return Optional.empty();
		}
		UUID id = TimeOrderedIds.next();
		String sealed = new SealedEmail(to.value(), letter.subject(), MailLayout.text(letter), this.layout.html(letter))
			.seal(this.secrets, id);
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("""
				insert into mail_outbox (id, clinic_id, purpose, message, status, attempts, created_at, next_attempt_at)
				values (?, ?, ?, ?, 'PENDING', 0, ?, ?)""", id, clinicId, purpose, sealed, now, now);
		return Optional.of(id);
	}

	/**
	 * How each of these emails went, by outbox id; ids not in the outbox are left out.
	 */
	public Map<UUID, Delivery> deliveries(Collection<UUID> ids) {
		Map<UUID, Delivery> found = new HashMap<>();
		for (UUID id : ids) {
			this.jdbc.query("select status, attempts, sent_at, last_error from mail_outbox where id = ?", (rs) -> {
				Timestamp sent = rs.getTimestamp(3);
				found.put(id, new Delivery(Delivery.Status.valueOf(rs.getString(1)), rs.getInt(2),
						(sent != null) ? sent.toInstant() : null, rs.getString(4)));
			}, id);
		}
		return found;
	}

}
