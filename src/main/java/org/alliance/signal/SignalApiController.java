package org.alliance.signal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@Tag(name = "Signals",
		description = "The inbox of signals (risk, rupture, not on track, task rupture, dropout risk and more) "
				+ "and their closed loop: acknowledge, record each step taken, resolve")
@RequestMapping("/api/v1/signals")
class SignalApiController {

	private final SignalInbox inbox;

	private final SignalSettings settings;

	SignalApiController(SignalInbox inbox, SignalSettings settings) {
		this.inbox = inbox;
		this.settings = settings;
	}

	@GetMapping
	@Operation(summary = "The caller's signal inbox, most urgent first",
			description = "The signals the caller works, open and resolved: a therapist's own clients', the whole "
					+ "clinic's for a supervisor. A risk answer comes before everything else. Each signal says "
					+ "whether it is overdue (a risk signal unacknowledged past the clinic's time to acknowledge "
					+ "one) and since when. Signals recorded as history are on the client's page, not here.")
	@ApiResponse(responseCode = "200", description = "The signals")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	List<SignalView> inbox(CurrentUser user) {
		return views(this.inbox.inbox(user));
	}

	/**
	 * For a supervisor or a duty clinician: the clinic's risk signals still to work, of
	 * every client, most urgent first.
	 */
	@GetMapping("/risk")
	@Operation(summary = "The clinic's risk signals still to work",
			description = "For a supervisor or a duty clinician: every client's risk signals not yet resolved, most "
					+ "urgent first.")
	@ApiResponse(responseCode = "200", description = "The risk signals")
	@ApiResponse(responseCode = "403", description = "Neither a supervisor nor a duty clinician, or an admin account")
	List<SignalView> risk(CurrentUser user) {
		return views(this.inbox.riskOfClinic(user));
	}

	/**
	 * Signals left unacknowledged for more than the given number of days (supervisors).
	 */
	@GetMapping("/overdue")
	@Operation(summary = "Signals left unacknowledged too long",
			description = "For a supervisor: the clinic's signals still unacknowledged after days days (when left "
					+ "out, the server's setting alliance.signal.overdue-after, 3 days by default).")
	@ApiResponse(responseCode = "200", description = "The signals")
	@ApiResponse(responseCode = "403", description = "Not a supervisor")
	@ApiResponse(responseCode = "422", description = "Problem details naming days (0 to 3650)")
	List<SignalView> overdue(CurrentUser user, @RequestParam(required = false) Integer days) {
		Duration olderThan = (days != null) ? Duration.ofDays(days) : this.settings.overdueAfter();
		return views(this.inbox.unacknowledged(user, olderThan));
	}

	/** Supervisors: per kind, signals resolved and how many of them as false alarms. */
	@GetMapping("/false-alarms")
	@Operation(summary = "Resolved signals and false alarms, per kind",
			description = "For a supervisor: per kind of signal, how many were resolved and how many of those as "
					+ "false alarms, the measure of alert fatigue.")
	@ApiResponse(responseCode = "200", description = "Per kind: resolved and false alarms")
	@ApiResponse(responseCode = "403", description = "Not a supervisor")
	Map<String, FalseAlarms> falseAlarms(CurrentUser user) {
		return this.inbox.falseAlarms(user);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One signal",
			description = "The signal with its evidence and every step recorded. A risk signal is also open to "
					+ "whoever covers it (any supervisor, a duty clinician).")
	@ApiResponse(responseCode = "200", description = "The signal")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	@ApiResponse(responseCode = "404", description = "No such signal among the signals the caller may see")
	SignalView signal(CurrentUser user, @PathVariable UUID id) {
		return view(this.inbox.open(user, id));
	}

	@PostMapping("/{id}/acknowledge")
	@Operation(summary = "Acknowledge a signal",
			description = "The client's therapist, or a supervisor acting for them, takes the signal on; a risk "
					+ "signal also by any supervisor or duty clinician of the clinic. Only an open signal is "
					+ "acknowledged.")
	@ApiResponse(responseCode = "200", description = "The signal as it now stands")
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such signal among the signals the caller may see")
	@ApiResponse(responseCode = "409", description = "Problem details naming status: the signal is not open")
	SignalView acknowledge(CurrentUser user, @PathVariable UUID id) {
		return view(this.inbox.acknowledge(user, id));
	}

	@PostMapping("/{id}/actions")
	@Operation(summary = "Record a step taken on a signal",
			description = "One step of the signal's kind (a risk signal's contact, a rupture's repair step, ...) with "
					+ "a note, under the caller's name, on an acknowledged signal. A step of a risk signal "
					+ "records when the client was reached (contactedAt: 2026-05-04T14:30 in the clinic's time "
					+ "zone, or with an offset; not in the future, not before the signal was raised).")
	@ApiResponse(responseCode = "200", description = "The signal with the step")
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such signal among the signals the caller may see")
	@ApiResponse(responseCode = "409",
			description = "Problem details naming status: the signal is not acknowledged, or resolved")
	@ApiResponse(responseCode = "422", description = "Problem details naming step, note or contactedAt")
	SignalView act(CurrentUser user, @PathVariable UUID id, @RequestBody ActionBody body) {
		return view(this.inbox.recordAction(user, id, body.step(), body.note(), body.contactedAt()));
	}

	@PostMapping("/{id}/resolve")
	@Operation(summary = "Resolve a signal",
			description = "Closes an acknowledged signal with what came of it (outcome, up to 400 characters), or, "
					+ "when no step was recorded, with a reason: false-alarm, client-declined or other (outcome "
					+ "required for other). A risk signal is never resolved automatically.")
	@ApiResponse(responseCode = "200", description = "The resolved signal")
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such signal among the signals the caller may see")
	@ApiResponse(responseCode = "409",
			description = "Problem details naming status: the signal is not acknowledged yet, or already resolved")
	@ApiResponse(responseCode = "422", description = "Problem details naming outcome or reason")
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
