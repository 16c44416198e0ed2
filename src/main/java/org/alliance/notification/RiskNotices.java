package org.alliance.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alliance.mail.EmailAddress;
import org.alliance.mail.Letter;
import org.alliance.mail.Outbox;
import org.alliance.security.AccountStatus;
import org.alliance.security.PublicUrl;
import org.alliance.security.UserAccounts;
import org.alliance.signal.RiskSignalOverdue;
import org.alliance.signal.RiskSignalRaised;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails the client's therapist and the clinic's duty contact when a risk answer raises a
 * {@code risk} signal (a risk answer is never silent: docs/manual.md, "Safety"), and
 * again when the signal is overdue. The emails are posted in the transaction that raises
 * the signal, within a savepoint: should posting fail, the signal is still raised (and
 * the inbox shows it), the failure is logged; the email never holds back the signal.
 */
@Component
public class RiskNotices {

	private static final Logger log = LoggerFactory.getLogger(RiskNotices.class);

	private final Outbox outbox;

	private final DutyContact duty;

	private final UserAccounts accounts;

	private final PublicUrl url;

	private final TransactionTemplate savepoint;

	RiskNotices(Outbox outbox, DutyContact duty, UserAccounts accounts, PublicUrl url,
			PlatformTransactionManager transactions) {
		this.outbox = outbox;
		this.duty = duty;
		this.accounts = accounts;
		this.url = url;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Listens inside the transaction that raises the signal, so that the email is in the
	 * outbox exactly when the signal is stored.
	 */
	@EventListener
	void on(RiskSignalRaised raised) {
		post(raised.clinicId(), raised.signalId(), raised.therapistId(), false);
	}

	/** As {@link #on(RiskSignalRaised)}, in the transaction that marks it announced. */
	@EventListener
	void on(RiskSignalOverdue overdue) {
		overdue(overdue.clinicId(), overdue.signalId(), overdue.therapistId());
	}

	/**
	 * Writes to the therapist and the duty contact again about a risk signal nobody has
	 * acknowledged in time: for the signal module's overdue event
	 * ({@code RiskSignalOverdue}). Joins the caller's transaction, or runs in its own.
	 * @param therapistId the client's therapist
	 */
	public void overdue(UUID clinicId, UUID signalId, UUID therapistId) {
		post(clinicId, signalId, therapistId, true);
	}

	private void post(UUID clinicId, UUID signalId, UUID therapistId, boolean overdue) {
		if (!this.outbox.on()) {
			return;
		}
		try {
			this.savepoint
				.executeWithoutResult((status) -> recipients(clinicId, therapistId).forEach((to) -> this.outbox
					.post(clinicId, overdue ? "risk-overdue" : "risk", to, letter(signalId, overdue))));
		}
		catch (RuntimeException ex) {
			log.error("Could not post the risk notification of signal {}: the signal stands in the inbox", signalId,
					ex);
		}
	}

	/** The therapist while their account can sign in, and the duty contact. */
	private List<EmailAddress> recipients(UUID clinicId, UUID therapistId) {
		List<EmailAddress> to = new ArrayList<>();
		this.accounts.findInClinic(clinicId, therapistId)
			.filter((therapist) -> this.accounts.status(clinicId, therapistId)
				.map((status) -> status == AccountStatus.ACTIVE)
				.orElse(false))
			.ifPresent((therapist) -> to.add(new EmailAddress(therapist.email())));
		this.duty.of(clinicId).filter((contact) -> !to.contains(contact)).ifPresent(to::add);
		return to;
	}

	/** No client, no answer, no score: only that someone must sign in. */
	private Letter letter(UUID signalId, boolean overdue) {
		List<String> words = overdue
				? List.of("A client's answer that needs attention today has not been acknowledged yet.",
						"Please sign in to Alliance and open it now.")
				: List.of("A client needs attention today.", "Please sign in to Alliance to see who and why.");
		return new Letter("en", overdue ? "Still waiting: a client needs attention" : "A client needs attention", words,
				"Sign in and open it", this.url.of("/signals/" + signalId),
				"This email holds no details on purpose; they are behind the sign-in.");
	}

}
