package org.alliance.signal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.alliance.api.InvalidRequest;

/**
 * A signal and its history. State changes go through the named methods, which refuse to
 * move a signal backwards or to skip acknowledging it.
 */
public record Signal(UUID id, UUID clinicId, UUID clientId, UUID therapistId, UUID sessionId, LocalDate occurredOn,
		String kind, String summary, String evidence, SignalStatus status, Instant raisedAt, Instant acknowledgedAt,
		String acknowledgedBy, Instant resolvedAt, String resolvedBy, String resolution,
		ResolutionReason resolutionReason, List<SignalAction> actions) {

	/** The kind of a risk answer's signal. */
	public static final String RISK = "risk";

	/** The therapist has seen the signal. */
	Signal acknowledged(String by, Instant at) {
		require(this.status == SignalStatus.OPEN, "Only an open signal can be acknowledged.");
		return new Signal(this.id, this.clinicId, this.clientId, this.therapistId, this.sessionId, this.occurredOn,
				this.kind, this.summary, this.evidence, SignalStatus.ACKNOWLEDGED, this.raisedAt, at, by, null, null,
				null, null, this.actions);
	}

	/**
	 * An action was recorded; the first one moves the signal on, later ones add to it.
	 */
	Signal withAction(SignalAction action) {
		require(this.status == SignalStatus.ACKNOWLEDGED || this.status == SignalStatus.ACTION_RECORDED,
				"Acknowledge the signal before recording what was done, and not after it is resolved.");
		List<SignalAction> all = new java.util.ArrayList<>(this.actions);
		all.add(action);
		return new Signal(this.id, this.clinicId, this.clientId, this.therapistId, this.sessionId, this.occurredOn,
				this.kind, this.summary, this.evidence, SignalStatus.ACTION_RECORDED, this.raisedAt,
				this.acknowledgedAt, this.acknowledgedBy, null, null, null, null, List.copyOf(all));
	}

	/**
	 * The signal is closed, with what came of it. A signal with no step recorded closes
	 * only with a reason.
	 * @param reason null when steps were taken
	 * @throws InvalidRequest naming {@code reason} when no step was recorded and no
	 * reason given
	 */
	Signal resolved(String by, Instant at, String outcome, ResolutionReason reason) {
		require(this.status != SignalStatus.RESOLVED, "The signal is already resolved.");
		require(this.status != SignalStatus.OPEN, "Acknowledge the signal before resolving it.");
		if (this.actions.isEmpty() && reason == null) {
			throw InvalidRequest.of("reason", "Record at least one step taken, or give a reason for resolving"
					+ " without one (false alarm, client declined, other).");
		}
		return new Signal(this.id, this.clinicId, this.clientId, this.therapistId, this.sessionId, this.occurredOn,
				this.kind, this.summary, this.evidence, SignalStatus.RESOLVED, this.raisedAt, this.acknowledgedAt,
				this.acknowledgedBy, at, by, outcome, reason, this.actions);
	}

	/**
	 * When the signal last moved: raised, acknowledged or a step recorded (resolved, it
	 * moves no more).
	 */
	Instant lastStepAt() {
		Instant last = (this.acknowledgedAt != null) ? this.acknowledgedAt : this.raisedAt;
		for (SignalAction action : this.actions) {
			last = action.recordedAt().isAfter(last) ? action.recordedAt() : last;
		}
		return last;
	}

	/** Whether this is a risk answer's signal (PHQ-9 item 9 above 0). */
	public boolean risk() {
		return RISK.equals(this.kind);
	}

	/**
	 * Since when the signal is overdue: a risk signal still unacknowledged once the
	 * clinic's time to acknowledge one has passed since it was raised. Empty for any
	 * other signal, and once acknowledged.
	 * @param acknowledgeWithin the clinic's time to acknowledge a risk signal
	 * @param now the time to judge at
	 */
	public Optional<Instant> overdueSince(Duration acknowledgeWithin, Instant now) {
		Instant due = this.raisedAt.plus(acknowledgeWithin);
		boolean overdue = risk() && this.status == SignalStatus.OPEN && !now.isBefore(due);
		return overdue ? Optional.of(due) : Optional.empty();
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalSignalTransition(message);
		}
	}

}
