package org.alliance.signal;

import java.util.Comparator;

/**
 * The order of the inbox: signals still to be worked before resolved ones; among them a
 * risk answer before everything else (DESIGN.md, Safety: it outranks every other signal),
 * then the newest first.
 */
final class SignalPriority {

	static final Comparator<Signal> INBOX_ORDER = Comparator.comparing((Signal signal) -> !signal.status().inLoop())
		.thenComparing((Signal signal) -> !"risk".equals(signal.kind()))
		.thenComparing(Signal::raisedAt, Comparator.reverseOrder());

	private SignalPriority() {
	}

}
