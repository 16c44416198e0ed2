package org.alliance.outcome;

import java.util.Locale;

/**
 * The four outcomes of Jacobson &amp; Truax (1991) for one instrument between the first
 * and the last score of an episode.
 */
public enum ChangeVerdict {

	/**
	 * Reliably better and moved from the clinical to the functional side of the cutoff.
	 */
	RECOVERED,

	/** Reliably better, without crossing the cutoff (or with no cutoff to cross). */
	IMPROVED,

	/** No reliable change either way. */
	UNCHANGED,

	/** Reliably worse. */
	DETERIORATED;

	/**
	 * The form used in the API.
	 * @return e.g. {@code recovered}
	 */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
