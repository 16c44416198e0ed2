package org.alliance.signal;

import java.util.Locale;

/**
 * Where a signal is in its closed loop. A signal only moves forward.
 */
public enum SignalStatus {

	OPEN, ACKNOWLEDGED, ACTION_RECORDED, RESOLVED;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	boolean isBefore(SignalStatus other) {
		return ordinal() < other.ordinal();
	}

}
