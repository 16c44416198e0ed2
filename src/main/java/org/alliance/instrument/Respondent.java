package org.alliance.instrument;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who fills in an instrument: the client, or the therapist (own view or prediction of the
 * client's view).
 */
public enum Respondent {

	CLIENT, THERAPIST;

	/**
	 * The form used in JSON and in the instrument files.
	 * @return {@code "client"} or {@code "therapist"}, never null
	 */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads the wire form.
	 * @param wireName {@code "client"} or {@code "therapist"}; null or anything else
	 * gives empty
	 * @return the respondent, never null
	 */
	public static Optional<Respondent> fromWire(String wireName) {
		return Arrays.stream(values()).filter((respondent) -> respondent.wireName().equals(wireName)).findFirst();
	}

}
