package org.alliance.signal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The steps a therapist records while working a signal, each with who took it and when.
 * <p>
 * A risk answer is worked by reaching the client: the PHQ-9's instruction for item 9 is
 * to assess suicide risk directly (Kroenke, Spitzer &amp; Williams 2001), and the contact
 * is recorded with how it was made. Every other signal is worked by the four steps of
 * repairing a rupture, in the order and wording of the founding text's illustration (a
 * client who keeps failing agreed tasks); they follow the rupture-repair research:
 * acknowledging the rupture, exploring it together and renegotiating tasks and goals
 * raise outcomes (Eubanks, Muran &amp; Safran 2018; Safran &amp; Muran 2000).
 */
public enum SignalStep {

	/** Validate the client's feelings and remove blame, preserving the bond. */
	ACKNOWLEDGE_AND_VALIDATE("Acknowledge the Rupture and Validate the Struggle", false, false),

	/**
	 * Jointly explore why the tasks failed, so that resistance is seen as fear, not
	 * unwillingness.
	 */
	EXPLORE_BARRIER("Collaboratively Explore the Barrier", false, false),

	/**
	 * Adjust the task to something smaller and less threatening while the shared goal
	 * stays intact.
	 */
	RENEGOTIATE_GOALS_AND_TASKS("Re-negotiate Goals and Tasks", false, false),

	/** Express genuine faith in the client's ability, so the work can continue. */
	REINFORCE_BOND("Reinforce the Bond through Congruence", false, false),

	/** The client was reached; the note says how, and what was agreed. */
	CONTACTED_CLIENT("Contacted the client (say how, and what was agreed)", true, true),

	/** The risk was assessed with the client. */
	ASSESSED_RISK("Assessed the risk with the client", true, true),

	/** A safety plan was made or reviewed with the client. */
	SAFETY_PLAN("Made or reviewed a safety plan", true, false),

	/** The client was referred to crisis or emergency services. */
	REFERRED("Referred to crisis or emergency services", true, true);

	private final String wording;

	private final boolean forRisk;

	private final boolean noteRequired;

	SignalStep(String wording, boolean forRisk, boolean noteRequired) {
		this.wording = wording;
		this.forRisk = forRisk;
		this.noteRequired = noteRequired;
	}

	/** The step as recorded and sent, e.g. {@code explore-barrier}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The step's heading in the words the pages show, never null. */
	public String wording() {
		return this.wording;
	}

	/** Whether the step is recorded only with a note saying what was done. */
	public boolean noteRequired() {
		return this.noteRequired;
	}

	/** The steps that work a signal of this kind, in order. */
	public static List<SignalStep> forKind(String kind) {
		boolean risk = "risk".equals(kind);
		return Arrays.stream(values()).filter((step) -> step.forRisk == risk).toList();
	}

	/** The step with this code among those of the kind. */
	static Optional<SignalStep> of(String kind, String code) {
		return forKind(kind).stream().filter((step) -> step.code().equals(code)).findFirst();
	}

}
