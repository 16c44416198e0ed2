package org.alliance.signal;

/**
 * Of the signals of one kind that were resolved, how many were resolved as false alarms.
 *
 * @param resolved signals resolved, at least 1
 * @param falseAlarms of those, resolved with reason false alarm
 */
public record FalseAlarms(int resolved, int falseAlarms) {

	FalseAlarms plus(FalseAlarms other) {
		return new FalseAlarms(this.resolved + other.resolved, this.falseAlarms + other.falseAlarms);
	}

	/** The share of false alarms, from 0 to 1. */
	public double share() {
		return (double) this.falseAlarms / this.resolved;
	}

}
