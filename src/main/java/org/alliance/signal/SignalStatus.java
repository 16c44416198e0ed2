package org.alliance.signal;

import java.util.Locale;

/**
 * Where a signal is in its closed loop. A signal only moves forward; one recorded as
 * history never enters the loop.
 */
public enum SignalStatus {

	OPEN, ACKNOWLEDGED, ACTION_RECORDED, RESOLVED,

	/**
	 * Found when its session lay long past (while catching up, or in imported data):
	 * recorded for the client's history, never in the open inbox, and never worked.
	 */
	HISTORY;

	/**
	 * Whether the signal is still to be worked: open, acknowledged or with a step taken.
	 */
	public boolean inLoop() {
		return this != RESOLVED && this != HISTORY;
	}

	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	boolean isBefore(SignalStatus other) {
		return ordinal() < other.ordinal();
	}

}
