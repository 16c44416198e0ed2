package org.alliance.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.instrument.Answer;
import org.alliance.measure.ArrivalScreen;
import org.alliance.measure.ResponseRecorded;
import org.alliance.measure.Responses;
import org.alliance.measure.StoredResponse;
import org.alliance.signal.NewSignal;
import org.alliance.signal.SignalInbox;

import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises a {@code risk} signal for every risk answer ({@link RiskAnswer}), one per
 * response: never merged with another, never resolved by the system. It is raised in the
 * request that stored the answer, before the client is thanked. The answer is marked as
 * awaiting this screen in the transaction that stores it ({@link ArrivalScreen}) and the
 * mark is cleared once the signal is raised; an answer still marked a minute after it was
 * stored (the server stopped between the two, or raising failed) is screened again by a
 * check every minute and at start-up, on a thread of its own, so that start-up never
 * waits for it. Raising is idempotent (one signal per response), so screening again
 * raises nothing twice. Only marked answers are read: the check costs the same however
 * many answers the clinic has.
 */
@Component
public class RiskScreen implements ArrivalScreen {

	/** The screen's name in the audit trail. */
	static final String EVALUATION = "risk-screen";

	private static final Logger log = LoggerFactory.getLogger(RiskScreen.class);

	private final SignalInbox inbox;

	private final Caseload caseload;

	private final Responses responses;

	private final Clock clock;

	private final Duration grace;

	private final boolean oneShotCommand;

	private final TransactionTemplate transactions;

	RiskScreen(SignalInbox inbox, Caseload caseload, Responses responses, Clock clock, Environment environment,
			PlatformTransactionManager transactions) {
		this.transactions = new TransactionTemplate(transactions);
		this.inbox = inbox;
		this.caseload = caseload;
		this.responses = responses;
		this.clock = clock;
		this.grace = environment.getProperty("alliance.safety.rescreen-after", Duration.class, Duration.ofMinutes(1));
		// A one-shot command (token, user, clinic …) leaves this to the server.
		this.oneShotCommand = environment.getProperty("alliance.one-shot-command", Boolean.class, false);
	}

	@Override
	public boolean concerns(String instrument, Map<String, Answer> answers) {
		return RiskAnswer.in(instrument, answers).isPresent();
	}

	@EventListener
	void on(ResponseRecorded recorded) {
		RiskAnswer.in(recorded.instrument(), recorded.answers()).ifPresent((risk) -> {
			try {
				raiseAndClear(recorded.clinicId(), recorded.clientId(), recorded.sessionId(), recorded.responseId(),
						risk, recorded.submittedAt());
			}
			catch (RuntimeException ex) {
				// The answer is stored, acknowledged and still marked: the next check
				// raises the signal.
				log.error("Could not raise the risk signal for response {} now; the check within {} raises it",
						recorded.responseId(), this.grace, ex);
			}
		});
	}

	/**
	 * Every minute (and ten seconds after start-up), on the scheduler's thread: screens
	 * again the answers still marked, stored longer ago than the grace a request has to
	 * screen its own.
	 */
	@Scheduled(initialDelayString = "${alliance.safety.rescreen-first:PT10S}",
			fixedDelayString = "${alliance.safety.rescreen-check:PT1M}")
	void everyMinute() {
		if (!this.oneShotCommand) {
			catchUp();
		}
	}

	/**
	 * Screens again every answer still marked as awaiting this screen that was stored
	 * longer ago than the grace (default a minute), and clears its mark.
	 * @return how many answers were screened again
	 */
	public int catchUp() {
		Map<UUID, List<StoredResponse>> awaiting = this.responses
			.awaitingScreenForEvaluation(this.clock.instant().minus(this.grace), EVALUATION);
		int screened = 0;
		for (Map.Entry<UUID, List<StoredResponse>> clinic : awaiting.entrySet()) {
			for (StoredResponse response : clinic.getValue()) {
				screened += screenAgain(clinic.getKey(), response) ? 1 : 0;
			}
		}
		return screened;
	}

	private boolean screenAgain(UUID clinicId, StoredResponse response) {
		try {
			Optional<RiskAnswer> risk = RiskAnswer.in(response.instrument(), response.answers());
			if (risk.isPresent()) {
				// Raised now, when it is found: its signal was not raised when it came.
				raiseAndClear(clinicId, response.clientId(), response.sessionId(), response.id(), risk.get(), null);
			}
			else {
				this.responses.screened(clinicId, response.id());
			}
			return true;
		}
		catch (RuntimeException ex) {
			log.error("Could not raise the risk signal for response {}; the next check tries again", response.id(), ex);
			return false;
		}
	}

	/**
	 * Raises the signal and clears the answer's mark in one transaction: one commit per
	 * risk answer, and never a mark cleared without its signal.
	 */
	private void raiseAndClear(UUID clinicId, UUID clientId, UUID sessionId, UUID responseId, RiskAnswer risk,
			Instant submittedAt) {
		this.transactions.executeWithoutResult((status) -> {
			raise(clinicId, clientId, sessionId, responseId, risk, submittedAt);
			this.responses.screened(clinicId, responseId);
		});
	}

	/**
	 * Raises the answer's signal.
	 * @param submittedAt when the answer was submitted, when it is heard of as it comes
	 * (the signal is raised as of then, which for the demo clinic's history is its
	 * session's day); null when found again by the check, raised now
	 */
	private void raise(UUID clinicId, UUID clientId, UUID sessionId, UUID responseId, RiskAnswer risk,
			Instant submittedAt) {
		Client client = this.caseload.clientForEvaluation(clinicId, clientId).orElseThrow();
		var found = this.caseload.sessionForLink(clinicId, sessionId);
		String session = found.map((s) -> "session " + s.session().number() + " (" + s.session().date() + ")")
			.orElse("a session");
		NewSignal signal = new NewSignal(clinicId, clientId, client.therapistId(), sessionId, "risk",
				"risk:" + responseId,
				"Risk at " + session + ": the client answered PHQ-9 item 9 (thoughts of being better off dead or of"
						+ " self-harm) with \"" + risk.wording() + "\". Contact the client and assess risk today.",
				"{\"question\":\"PHQ-9 item 9: thoughts that you would be better off dead, or of hurting yourself"
						+ " in some way\",\"answer\":\"" + risk.wording() + " (" + risk.value()
						+ " of 3)\",\"session\":\"" + session + "\"}",
				found.map((s) -> s.session().date()).orElse(null));
		if (submittedAt != null) {
			this.inbox.raise(signal, submittedAt);
		}
		else {
			this.inbox.raise(signal);
		}
	}

}
