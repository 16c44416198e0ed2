package org.alliance.signal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.security.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signal inbox and its closed loop over the JSON API.
 */
@RestController
@RequestMapping("/api/v1/signals")
class SignalApiController {

	private final SignalInbox inbox;

	private final SignalSettings settings;

	SignalApiController(SignalInbox inbox, SignalSettings settings) {
		this.inbox = inbox;
		this.settings = settings;
	}

	@GetMapping
	List<SignalView> inbox(CurrentUser user) {
		return views(this.inbox.inbox(user));
	}

	/**
	 * For a supervisor or a duty clinician: the clinic's risk signals still to work, of
	 * every client, most urgent first.
	 */
	@GetMapping("/risk")
	List<SignalView> risk(CurrentUser user) {
		return views(this.inbox.riskOfClinic(user));
	}

	/**
	 * Signals left unacknowledged for more than the given number of days (supervisors).
	 */
	@GetMapping("/overdue")
	List<SignalView> overdue(CurrentUser user, @RequestParam(required = false) Integer days) {
		Duration olderThan = (days != null) ? Duration.ofDays(days) : this.settings.overdueAfter();
		return views(this.inbox.unacknowledged(user, olderThan));
	}

	/** Supervisors: per kind, signals resolved and how many of them as false alarms. */
	@GetMapping("/false-alarms")
	Map<String, FalseAlarms> falseAlarms(CurrentUser user) {
		return this.inbox.falseAlarms(user);
	}

	@GetMapping("/{id}")
	SignalView signal(CurrentUser user, @PathVariable UUID id) {
		return view(this.inbox.open(user, id));
	}

	@PostMapping("/{id}/acknowledge")
	SignalView acknowledge(CurrentUser user, @PathVariable UUID id) {
		return view(this.inbox.acknowledge(user, id));
	}

	@PostMapping("/{id}/actions")
	SignalView act(CurrentUser user, @PathVariable UUID id, @RequestBody ActionBody body) {
		return view(this.inbox.recordAction(user, id, body.step(), body.note(), body.contactedAt()));
	}

	@PostMapping("/{id}/resolve")
	SignalView resolve(CurrentUser user, @PathVariable UUID id, @RequestBody ResolutionBody body) {
		return view(this.inbox.resolve(user, id, body.outcome(), body.reason()));
	}

	private List<SignalView> views(List<Signal> signals) {
		return signals.stream().map(this::view).toList();
	}

	private SignalView view(Signal signal) {
		return SignalView.of(signal, this.inbox.overdueSince(signal).orElse(null));
	}

	/**
	 * Checked by {@link SignalInbox#recordAction}, the same rules as the signal page's
	 * form; {@code contactedAt}, for a step of a risk signal only, is when the client was
	 * reached: {@code 2026-05-04T14:30} in the clinic's time zone, or with an offset.
	 */
	record ActionBody(String step, String note, String contactedAt) {
	}

	/**
	 * What came of the signal and, when no step was recorded, why it is resolved anyway
	 * ({@code false-alarm}, {@code client-declined}, {@code other}).
	 */
	record ResolutionBody(String outcome, String reason) {
	}

	/**
	 * A signal on the wire; {@code sessionDate} is the date of the session the finding
	 * belongs to (null for signals raised before it was recorded). {@code overdue}: a
	 * risk signal still unacknowledged past the clinic's time to acknowledge one, overdue
	 * since {@code overdueSince} (null when not overdue). Each action carries
	 * {@code recordedAt} (when it was recorded) and, for a risk signal,
	 * {@code contactedAt} (when the client was reached).
	 */
	record SignalView(UUID id, UUID client, UUID therapist, UUID session, LocalDate sessionDate, String kind,
			String summary, String evidence, String status, Instant raisedAt, boolean overdue, Instant overdueSince,
			Instant acknowledgedAt, String acknowledgedBy, Instant resolvedAt, String resolvedBy, String resolution,
			String resolutionReason, List<SignalAction> actions) {
		static SignalView of(Signal s, Instant overdueSince) {
			return new SignalView(s.id(), s.clientId(), s.therapistId(), s.sessionId(), s.occurredOn(), s.kind(),
					s.summary(), s.evidence(), s.status().wireName(), s.raisedAt(), overdueSince != null, overdueSince,
					s.acknowledgedAt(), s.acknowledgedBy(), s.resolvedAt(), s.resolvedBy(), s.resolution(),
					(s.resolutionReason() != null) ? s.resolutionReason().wireName() : null, s.actions());
		}
	}

}
