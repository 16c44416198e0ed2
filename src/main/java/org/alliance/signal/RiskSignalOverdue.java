package org.alliance.signal;

import java.time.Instant;
import java.util.UUID;

/**
 * A risk signal stayed unacknowledged past the clinic's time to acknowledge one (4 hours
 * by default, on the clinic's settings page): published once per signal, by the check
 * that runs every minute ({@code alliance.signal.risk-overdue-check}), inside the
 * transaction that marks it announced. It carries ids and times only, no clinical
 * content. Listen after the commit, as for {@link RiskSignalRaised}; the clinic's duty
 * clinicians are {@link org.alliance.security.StaffAccounts#dutyClinicians}.
 *
 * @param signalId the signal
 * @param clinicId the client's clinic
 * @param clientId the client
 * @param therapistId the client's therapist at the time it became overdue
 * @param raisedAt when it was raised
 * @param overdueSince when the time to acknowledge it ran out
 */
public record RiskSignalOverdue(UUID signalId, UUID clinicId, UUID clientId, UUID therapistId, Instant raisedAt,
		Instant overdueSince) {
}
