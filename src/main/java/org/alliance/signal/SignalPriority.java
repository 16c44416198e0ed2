package org.alliance.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;

/**
 * The order of the inbox: signals still to be worked before resolved ones; among them a
 * risk answer before everything else (it outranks every other signal: docs/manual.md,
 * "Safety"), then ruptures by size and recency (a task rupture, agreed tasks left undone
 * session after session, is a rupture on tasks, ranked with the lesser ruptures), then a
 * client not on track (symptoms above their expected course) or at risk of dropping out
 * (a dropout risk at or above the clinic's signal risk): worth acting on before the next
 * session, but less pressing than a risk answer or a rupture in the room; then the rest,
 * newest first.
 * <p>
 * A rupture's size is read in the two published thresholds: a sharp fall, 2 SD or more
 * below the client's own level (Stiles et al. 2004), comes before a lesser one, 1 SD
 * (Strauss et al. 2006); within each the most recent comes first, and between two equally
 * recent the larger fall. The same words mark a sharp fall in the inbox line ("Alliance
 * fell sharply at session 5").
 */
final class SignalPriority {

	/** A fall of this many SD or more is sharp (Stiles et al. 2004). */
	static final double SHARP_FALL_SD = 2.0;

	static final Comparator<Signal> INBOX_ORDER = Comparator.comparing((Signal signal) -> !signal.status().inLoop())
		.thenComparingInt(SignalPriority::rank)
		.thenComparing(SignalPriority::recency, Comparator.reverseOrder())
		.thenComparing(Signal::raisedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
		.thenComparing(SignalPriority::fallSd, Comparator.reverseOrder());

	private SignalPriority() {
	}

	/**
	 * When the finding happened: its session's date, or the day it was raised when the
	 * session's date is not recorded. Findings raised together while catching up keep the
	 * order of their sessions.
	 */
	static LocalDate recency(Signal signal) {
		return (signal.occurredOn() != null) ? signal.occurredOn()
				: LocalDate.ofInstant(signal.raisedAt(), ZoneOffset.UTC);
	}

	/**
	 * 0 a risk answer, 1 a sharp rupture, 2 another rupture, 3 a client not on track or
	 * at risk of dropping out, 4 anything else.
	 */
	static int rank(Signal signal) {
		if ("risk".equals(signal.kind())) {
			return 0;
		}
		if ("rupture".equals(signal.kind())) {
			return (fallSd(signal) >= SHARP_FALL_SD) ? 1 : 2;
		}
		if ("task-rupture".equals(signal.kind())) {
			return 2;
		}
		return ("not-on-track".equals(signal.kind()) || "dropout-risk".equals(signal.kind())) ? 3 : 4;
	}

	/**
	 * A rupture's fall in SD of the client's own level, as its evidence records it; 0
	 * when the signal is no rupture or the evidence does not say.
	 */
	static double fallSd(Signal signal) {
		if (!"rupture".equals(signal.kind())) {
			return 0;
		}
		Map<String, String> evidence = Evidence.entries(signal.evidence());
		try {
			return (evidence != null && evidence.get("drop in SD") != null)
					? Double.parseDouble(evidence.get("drop in SD")) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
