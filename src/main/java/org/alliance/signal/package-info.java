/**
 * Signals raised by the other modules (a rupture, a perception gap, ...), the therapist's
 * inbox, and the closed loop each signal follows: open, acknowledged, action recorded,
 * resolved; the inbox and signal pages ({@code templates/signal/}) and the caseload's
 * "Signals to work" column. The raising modules depend on this one, so what only they can
 * read on a signal's page comes through {@link org.alliance.signal.SignalDetail}.
 */
package org.alliance.signal;
