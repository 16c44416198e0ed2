package org.alliance.signal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a signal was closed without a recorded step. A signal resolved after steps needs no
 * reason; one resolved with none must say why, so that nothing is waved away unrecorded
 * and the share of false alarms (alert fatigue) can be counted per kind.
 */
public enum ResolutionReason {

	/** On a closer look nothing was wrong: the rule fired on noise. */
	FALSE_ALARM,

	/** The client did not want to take it up. */
	CLIENT_DECLINED,

	/** Anything else; the outcome text says what. */
	OTHER;

	/** What to say when a value is none of these. */
	public static final String CHOICES = "Use false-alarm, client-declined or other.";

	/** {@code false-alarm}, {@code client-declined}, {@code other}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<ResolutionReason> fromWire(String value) {
		return Arrays.stream(values()).filter((r) -> r.wireName().equals(value)).findFirst();
	}

}
