package org.alliance.care;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.security.CurrentUser;

/**
 * A column another module adds to the caseload page: what it knows about each client at a
 * glance, and how urgently that client needs attention. The caseload lists the most
 * urgent clients first. The signal module says who has a risk answer or a signal to work;
 * the modules that know a client's course (alliance, outcome) can add their own.
 * <p>
 * Why an interface here: those modules depend on {@code care} (a signal, a rating, a
 * score all belong to a client of the caseload), so the caseload page cannot call them
 * without a cycle between modules; they contribute to it instead.
 */
public interface CaseloadColumn {

	/** The column's heading on the page, e.g. "Signals to work". */
	String heading();

	/**
	 * A short stable name, used as the cells' class on the page, e.g. {@code signals}.
	 */
	String name();

	/**
	 * Each client's cell, by client id; a client without one shows a dash. Never null.
	 * @param clients the clients the user sees
	 */
	Map<UUID, Cell> cells(CurrentUser user, List<Client> clients);

	/**
	 * One client's cell.
	 *
	 * @param text what the cell says, in plain words, never null
	 * @param link where the text leads, or null
	 * @param note a smaller remark beside it ("+2 more"), or null
	 * @param attention how urgently the client needs attention for this reason
	 */
	record Cell(String text, String link, String note, Attention attention) {
	}

	/** How urgently a client needs attention, most urgent first. */
	enum Attention {

		/** Now, before anything else: a risk answer (docs/manual.md, "Safety"). */
		URGENT,

		/** Something is to be worked. */
		DUE,

		/** Nothing to do. */
		NONE

	}

}
