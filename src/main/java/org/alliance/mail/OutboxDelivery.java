package org.alliance.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alliance.security.SecretUnreadable;
import org.alliance.security.SecretsAtRest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's emails that are due, every {@code alliance.mail.poll-interval}. Each
 * is claimed first (a row another instance claimed is left to it), then handed to the
 * mail server: sent, it keeps only when; failed, it is tried again after a wait that
 * doubles each time ({@link MailSettings#retryAfter}), and after the last attempt it is
 * given up and shown as failed. A server that stops mid-send leaves a claim that lapses,
 * and the email is tried again: a rare second copy rather than a lost email.
 */
@Component
class OutboxDelivery {

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	/** How long a claim holds a row: far longer than one SMTP conversation. */
	private static final java.time.Duration CLAIM = java.time.Duration.ofMinutes(5);

	private static final int BATCH = 50;

	private static final Pattern ADDRESS = Pattern.compile("[^\\s<>@]+@[^\\s<>]+");

	private final JdbcTemplate jdbc;

	private final SecretsAtRest secrets;

	private final JavaMailSender sender;

	private final MailSettings settings;

	private final Clock clock;

	OutboxDelivery(JdbcTemplate jdbc, SecretsAtRest secrets, ObjectProvider<JavaMailSender> sender,
			MailSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.sender = sender.getIfAvailable();
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${alliance.mail.poll-interval:10s}",
			initialDelayString = "${alliance.mail.poll-interval:10s}")
	void deliverDue() {
		if (this.sender == null) {
			return;
		}
		Instant now = this.clock.instant();
		List<UUID> due = this.jdbc.queryForList("""
				select id from mail_outbox where status = 'PENDING' and next_attempt_at <= ?
				and (claimed_until is null or claimed_until < ?) order by next_attempt_at fetch first %d rows only"""
			.formatted(BATCH), UUID.class, Timestamp.from(now), Timestamp.from(now));
		due.stream().filter((id) -> claim(id, now)).forEach((id) -> deliver(id, now));
	}

	private boolean claim(UUID id, Instant now) {
		return this.jdbc.update("""
				update mail_outbox set claimed_until = ?, attempts = attempts + 1 where id = ? and status = 'PENDING'
				and (claimed_until is null or claimed_until < ?)""", Timestamp.from(now.plus(CLAIM)), id,
				Timestamp.from(now)) == 1;
	}

	private void deliver(UUID id, Instant now) {
		String sealed = this.jdbc.queryForObject("select message from mail_outbox where id = ?", String.class, id);
		try {
			SealedEmail email = SealedEmail.open(this.secrets, id, sealed);
			this.sender.send(mime(email));
			this.jdbc.update("""
					update mail_outbox set status = 'SENT', sent_at = ?, message = null, claimed_until = null,
					last_error = null where id = ?""", Timestamp.from(this.clock.instant()), id);
		}
		catch (MailException | MessagingException | SecretUnreadable ex) {
			failed(id, now, ex);
		}
	}

	private MimeMessage mime(SealedEmail email) throws MessagingException {
		MimeMessage message = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
				"UTF-8");
		helper.setFrom(this.settings.from());
		helper.setTo(email.to());
		helper.setSubject(email.subject());
		helper.setText(email.text(), email.html());
		return message;
	}

	private void failed(UUID id, Instant now, Exception ex) {
		int attempts = this.jdbc.queryForObject("select attempts from mail_outbox where id = ?", Integer.class, id);
		String why = why(ex);
		if (attempts >= this.settings.attempts() || ex instanceof SecretUnreadable) {
			this.jdbc.update("""
					update mail_outbox set status = 'FAILED', message = null, claimed_until = null, last_error = ?
					where id = ?""", why, id);
			log.error("Gave up email {} after {} attempts: {}", id, attempts, why);
			return;
		}
		this.jdbc.update("""
				update mail_outbox set next_attempt_at = ?, claimed_until = null, last_error = ? where id = ?""",
				Timestamp.from(now.plus(this.settings.retryAfter(attempts))), why, id);
		log.warn("Email {} not sent (attempt {} of {}), tried again later: {}", id, attempts, this.settings.attempts(),
				why);
	}

	/**
	 * What went wrong, in a line without any address (a server's refusal often quotes the
	 * recipient).
	 */
	static String why(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = ex.getClass().getSimpleName() + ": " + String.valueOf(cause.getMessage());
		message = ADDRESS.matcher(message.replaceAll("\\s+", " ")).replaceAll("(address)");
		return (message.length() > 300) ? message.substring(0, 300) : message;
	}

}
