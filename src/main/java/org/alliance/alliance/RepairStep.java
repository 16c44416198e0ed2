package org.alliance.alliance;

/**
 * The four steps of repairing a rupture, in the order of the founding text's illustration
 * (a client who keeps failing agreed tasks). They follow the rupture-repair research:
 * acknowledging the rupture, exploring it together and renegotiating tasks and goals
 * raise outcomes (Eubanks, Muran &amp; Safran 2018; Safran &amp; Muran 2000). The lead's
 * workflow decides how they are recorded; here they are only named.
 */
public enum RepairStep {

	/**
	 * Validate the client's feelings and remove blame, preserving the bond.
	 */
	ACKNOWLEDGE_AND_VALIDATE("Acknowledge the Rupture and Validate the Struggle"),

	/**
	 * Jointly explore why the tasks failed, so that resistance is seen as fear, not
	 * unwillingness.
	 */
	EXPLORE_BARRIER("Collaboratively Explore the Barrier"),

	/**
	 * Adjust the task to something smaller and less threatening while the shared goal
	 * stays intact.
	 */
	RENEGOTIATE_GOALS_AND_TASKS("Re-negotiate Goals and Tasks"),

	/**
	 * Express genuine faith in the client's ability, so the work can continue.
	 */
	REINFORCE_BOND("Reinforce the Bond through Congruence");

	private final String wording;

	RepairStep(String wording) {
		this.wording = wording;
	}

	/**
	 * The step's heading as the founding text words it.
	 * @return the wording, never null
	 */
	public String wording() {
		return this.wording;
	}

}
