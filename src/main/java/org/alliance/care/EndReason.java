package org.alliance.care;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why an episode of care ended. Dropout (ending without agreement) is what a weak
 * alliance predicts (Sharf, Primavera &amp; Diener 2010).
 */
public enum EndReason {

	PLANNED, DROPOUT, OTHER;

	/** What to say when a value is none of these. */
	public static final String CHOICES = "Use planned, dropout or other.";

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<EndReason> fromWire(String value) {
		return Arrays.stream(values()).filter((r) -> r.wireName().equals(value)).findFirst();
	}

}
