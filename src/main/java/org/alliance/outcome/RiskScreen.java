package org.alliance.outcome;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.measure.ResponseRecorded;
import org.alliance.measure.Responses;
import org.alliance.measure.StoredResponse;
import org.alliance.security.UserAccounts;
import org.alliance.signal.NewSignal;
import org.alliance.signal.SignalInbox;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises a {@code risk} signal for every risk answer ({@link RiskAnswer}), one per
 * response: never merged with another, never resolved by the system. It is raised in the
 * request that stored the answer, before the client is thanked, and again for every
 * stored risk answer at start-up (raising is idempotent), so that a crash between the two
 * cannot lose it.
 */
@Component
public class RiskScreen {

	private static final Logger log = LoggerFactory.getLogger(RiskScreen.class);

	private final SignalInbox inbox;

	private final Caseload caseload;

	private final Responses responses;

	private final UserAccounts accounts;

	RiskScreen(SignalInbox inbox, Caseload caseload, Responses responses, UserAccounts accounts) {
		this.inbox = inbox;
		this.caseload = caseload;
		this.responses = responses;
		this.accounts = accounts;
	}

	@EventListener
	void on(ResponseRecorded recorded) {
		try {
			RiskAnswer.in(recorded.instrument(), recorded.answers())
				.ifPresent((risk) -> raise(recorded.clinicId(), recorded.clientId(), recorded.sessionId(),
						recorded.responseId(), risk, recorded.submittedAt()));
		}
		catch (RuntimeException ex) {
			// The answer is stored and acknowledged; the screen at start-up raises the
			// signal.
			log.error("Could not raise the risk signal for response {} now", recorded.responseId(), ex);
		}
	}

	@EventListener
	void afterStartUp(ApplicationReadyEvent ready) {
		// A one-shot command (token, user, clinic …) leaves this to the server, whose
		// start runs it: a command's output is its answer, and it exits at once.
		if (!ready.getApplicationContext()
			.getEnvironment()
			.getProperty("alliance.one-shot-command", Boolean.class, false)) {
			catchUp();
		}
	}

	void catchUp() {
		for (UUID clinic : this.accounts.clinicIds()) {
			// Only the answers that can be risk answers: start-up reads no other
			// response.
			List<StoredResponse> stored = this.responses.withChoiceAboveForEvaluation(clinic, "phq9", "9", 0,
					"risk-screen");
			for (StoredResponse response : stored) {
				RiskAnswer.in(response.instrument(), response.answers())
					.ifPresent((risk) -> raise(clinic, response.clientId(), response.sessionId(), response.id(), risk,
							null));
			}
		}
	}

	/**
	 * Raises the answer's signal.
	 * @param submittedAt when the answer was submitted, when it is heard of as it comes
	 * (the signal is raised as of then, which for the demo clinic's history is its
	 * session's day); null when found again at start-up, raised now
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
