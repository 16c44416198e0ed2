package org.alliance.alliance;

/**
 * How a rupture episode ended: the rating returned to the pre-rupture level within the
 * repair window (Strauss et al. 2006; Eubanks, Muran &amp; Safran 2018), did not, or the
 * window is not over yet.
 */
public sealed interface RepairOutcome {

	/**
	 * The rating returned to at least the pre-rupture level.
	 *
	 * @param session number of the session where it returned
	 */
	record Repaired(int session) implements RepairOutcome {
	}

	/** The repair window passed without a return. */
	record Unrepaired() implements RepairOutcome {
	}

	/** The data end before the repair window does, without a return so far. */
	record Pending() implements RepairOutcome {
	}

	/**
	 * Whether the rupture was repaired.
	 * @return true only for {@link Repaired}
	 */
	default boolean repaired() {
		return this instanceof Repaired;
	}

}
