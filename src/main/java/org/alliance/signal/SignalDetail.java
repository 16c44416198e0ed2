package org.alliance.signal;

import java.util.Map;
import java.util.Optional;

import org.alliance.care.ClientPagePart.Fragment;
import org.alliance.security.CurrentUser;

/**
 * What the module that raised a kind of signal adds to the signal's page, read afresh
 * each time the page opens: a rupture's result (repaired, unrepaired, pending) and its
 * chart come from the alliance module, which raises ruptures. The signal module shows it
 * without knowing the module; the raising module depends on this one, never the other way
 * round.
 */
public interface SignalDetail {

	/** The kind of signal this detail reads, e.g. {@code rupture}. */
	String kind();

	/**
	 * What to add to the signal's evidence, or empty when the evidence no longer reads.
	 * @param evidence the signal's evidence as label and value, never null
	 */
	Optional<Reading> read(CurrentUser user, Signal signal, Map<String, String> evidence);

	/**
	 * What the raising module adds to the signal's page below the evidence, e.g. a form
	 * to act on the finding (a task rupture's renegotiation of a smaller task); a
	 * fragment of the raising module's own templates given its values as {@code values}.
	 * Empty by default.
	 */
	default Optional<Fragment> part(CurrentUser user, Signal signal) {
		return Optional.empty();
	}

	/**
	 * @param result what became of the finding, in plain words (shown as "result"), or
	 * null
	 * @param chart the data of the evidence chart the pages' script draws (see
	 * {@code static/js/charts.js}), or null for none
	 */
	record Reading(String result, Object chart) {
	}

}
