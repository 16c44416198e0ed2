package org.alliance.signal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.alliance.security.Clinics;
import org.alliance.security.UserAccounts;

import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces each risk signal that stays unacknowledged past its clinic's time to
 * acknowledge one ({@link RiskSignalOverdue}), once per signal: every minute by default
 * ({@code alliance.signal.risk-overdue-check}, an ISO duration), each signal claimed in
 * its own transaction, so that two servers on one database announce it once between them.
 * The pages and the API judge "overdue" afresh on every request; this check only tells
 * the modules that notify people.
 */
@Component
public class RiskOverdueWatch {

	private final SignalRecords records;

	private final SignalInbox inbox;

	private final Clinics clinics;

	private final UserAccounts accounts;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final boolean oneShotCommand;

	RiskOverdueWatch(SignalRecords records, SignalInbox inbox, Clinics clinics, UserAccounts accounts, Clock clock,
			PlatformTransactionManager transactions, Environment environment) {
		this.records = records;
		this.inbox = inbox;
		this.clinics = clinics;
		this.accounts = accounts;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
		// A one-shot command (token, user, clinic …) leaves this to the server.
		this.oneShotCommand = environment.getProperty("alliance.one-shot-command", Boolean.class, false);
	}

	@Scheduled(initialDelayString = "${alliance.signal.risk-overdue-check:PT1M}",
			fixedDelayString = "${alliance.signal.risk-overdue-check:PT1M}")
	void everyMinute() {
		if (!this.oneShotCommand) {
			announceOverdue();
		}
	}

	/**
	 * Announces every risk signal of every clinic that is overdue now and was not
	 * announced before.
	 * @return how many were announced by this call
	 */
	public int announceOverdue() {
		int announced = 0;
		Instant now = this.clock.instant();
		for (UUID clinic : this.accounts.clinicIds()) {
			var within = this.clinics.riskAcknowledgedWithin(clinic);
			for (Signal signal : this.records.riskUnannouncedSince(clinic, now.minus(within))) {
				Instant since = signal.raisedAt().plus(within);
				Boolean claimed = this.transactions.execute((status) -> {
					if (!this.records.claimOverdueAnnouncement(clinic, signal.id(), now)) {
						return false;
					}
					this.inbox.announce(new RiskSignalOverdue(signal.id(), clinic, signal.clientId(),
							signal.therapistId(), signal.raisedAt(), since));
					return true;
				});
				announced += Boolean.TRUE.equals(claimed) ? 1 : 0;
			}
		}
		return announced;
	}

}
