package org.alliance.collaboration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the client agreed to a task when it was set. The alliance holds agreement on
 * the tasks of therapy as one of its three parts (Bordin 1979, "The generalizability of
 * the psychoanalytic concept of the working alliance", Psychotherapy: Theory, Research
 * and Practice 16(3)), so a task works only with its rationale explained and the client's
 * explicit buy-in; a task the client was unsure of or did not agree to points to a
 * disagreement on tasks or goals, not to a rupture (docs/manual.md, "Collaboration").
 */
public enum Agreement {

	AGREED, UNSURE, NOT_AGREED;

	/** What to say when a value is none of these. */
	public static final String CHOICES = "Use agreed, unsure or not-agreed.";

	/** The form used in the API, on the pages and in exports, e.g. {@code agreed}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<Agreement> fromWire(String value) {
		return Arrays.stream(values()).filter((v) -> v.wireName().equals(value)).findFirst();
	}

}
