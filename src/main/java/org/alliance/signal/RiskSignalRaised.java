package org.alliance.signal;

import java.time.Instant;
import java.util.UUID;

/**
 * A risk signal was raised (a client answered PHQ-9 item 9 above 0): published once per
 * signal, inside the transaction that stores it, for the modules that tell people of it.
 * It carries ids only, no clinical content: a listener that needs more reads it through
 * {@link SignalInbox} as the person it tells.
 * <p>
 * Listen after the commit ({@code @ApplicationModuleListener} or
 * {@code @TransactionalEventListener}): the signal is stored whatever a listener does,
 * and a listener that ran inside the transaction and failed would only be logged.
 *
 * @param signalId the signal
 * @param clinicId the client's clinic
 * @param clientId the client
 * @param therapistId the client's therapist, who works the signal
 * @param raisedAt when it was raised
 */
public record RiskSignalRaised(UUID signalId, UUID clinicId, UUID clientId, UUID therapistId, Instant raisedAt) {
}
