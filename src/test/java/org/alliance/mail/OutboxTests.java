package org.alliance.mail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.alliance.MailServer;
import org.alliance.ServerWithMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The outbox on a real SMTP server: an email posted in a committed transaction arrives as
 * text and HTML, one posted in a rolled-back transaction never does, none is posted
 * outside a transaction, and one the server cannot take is tried again after a growing
 * wait and finally shown as failed, its content gone from the database.
 */
class OutboxTests extends ServerWithMail {

	@Autowired
	Outbox outbox;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	org.alliance.security.SecretsAtRest secrets;

	private Letter letter(String url) {
		return new Letter("es", "Su cuestionario", List.of("Hola.", "Tiene un cuestionario que responder."),
				"Abrir el cuestionario", url, "Clínica de prueba");
	}

	private Optional<UUID> postCommitted(EmailAddress to, Letter letter, boolean commit) {
		return new TransactionTemplate(this.transactions).execute((status) -> {
			Optional<UUID> id = this.outbox.post(null, "test", to, letter);
			if (!commit) {
				status.setRollbackOnly();
			}
			return id;
		});
	}

	@Test
	void aCommittedEmailArrivesAsTextAndHtmlInTheLettersLanguageAndLeavesNoContentBehind() throws Exception {
		String address = "jo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		UUID id = postCommitted(new EmailAddress(address), letter("http://127.0.0.1/r/abc"), true).orElseThrow();
		MimeMessage message = MailServer.awaitMessages(address, 1).get(0);
		assertThat(message.getSubject()).isEqualTo("Su cuestionario");
		assertThat(message.getFrom()[0].toString()).contains("no-reply@clinic.test");
		assertThat(MailServer.part(message, "text/plain")).contains("Tiene un cuestionario", "http://127.0.0.1/r/abc");
		assertThat(MailServer.part(message, "text/html")).contains("lang=\"es\"", "href=\"http://127.0.0.1/r/abc\"",
				"Abrir el cuestionario");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.outbox.deliveries(List.of(id)).get(id).status() == Delivery.Status.SENT);
		assertThat(this.jdbc.queryForObject("select message from mail_outbox where id = ?", String.class, id)).isNull();
	}

	@Test
	void anEmailIsSealedWhileItWaits() {
		String address = "sealed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		UUID id = UUID.randomUUID();
		String sealed = new SealedEmail(address, "Subject", "text", "<p>html</p>").seal(this.secrets, id);
		assertThat(sealed).startsWith("v1:").doesNotContain(address).doesNotContain("Subject");
		assertThat(SealedEmail.open(this.secrets, id, sealed).to()).isEqualTo(address);
	}

	@Test
	void aRolledBackChangeSendsNothing() {
		String address = "rolled-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		postCommitted(new EmailAddress(address), letter("http://127.0.0.1/r/rolled"), false);
		String after = "after-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		postCommitted(new EmailAddress(after), letter("http://127.0.0.1/r/after"), true);
		MailServer.awaitMessages(after, 1);
		// The outbox is sent oldest first: had the first been posted, it would be there.
		assertThat(MailServer.to(address)).isEmpty();
	}

	@Test
	void nothingIsPostedOutsideATransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class).isThrownBy(() -> this.outbox.post(null,
				"test", new EmailAddress("x@example.org"), letter("http://127.0.0.1/r/x")));
	}

	@Test
	void anEmailTheServerCannotTakeIsTriedAgainAfterAGrowingWaitThenShownAsFailed() {
		// An address the mail library refuses to write: every attempt fails at once.
		UUID id = postCommitted(new EmailAddress("two words@@example.org"), letter("http://127.0.0.1/r/y"), true)
			.orElseThrow();
		awaitFailedAttempt(id, 1);
		assertThat(delivery(id).status()).isEqualTo(Delivery.Status.PENDING);
		assertThat(delivery(id).lastError()).doesNotContain("two words");
		assertThat(nextAttempt(id)).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(1)));
		this.clock.advance(Duration.ofMinutes(1));
		awaitFailedAttempt(id, 2);
		// The wait doubles.
		assertThat(nextAttempt(id)).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(2)));
		this.clock.advance(Duration.ofMinutes(2));
		await().atMost(Duration.ofSeconds(5)).until(() -> delivery(id).status() == Delivery.Status.FAILED);
		assertThat(delivery(id).attempts()).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select message from mail_outbox where id = ?", String.class, id)).isNull();
	}

	private java.time.Instant nextAttempt(UUID id) {
		return this.jdbc
			.queryForObject("select next_attempt_at from mail_outbox where id = ?", java.sql.Timestamp.class, id)
			.toInstant();
	}

	/** Waits until the attempt has failed and the row waits for the next one. */
	private void awaitFailedAttempt(UUID id, int attempts) {
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from mail_outbox where id = ? and attempts = ? and claimed_until is null",
					Integer.class, id, attempts) == 1);
	}

	private Delivery delivery(UUID id) {
		Map<UUID, Delivery> found = this.outbox.deliveries(List.of(id));
		return found.get(id);
	}

}
