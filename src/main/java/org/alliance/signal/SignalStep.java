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
 * is recorded with how it was made. A client not on track (symptoms above the expected
 * course) is worked by the steps of the feedback systems that flag it: share the progress
 * measure with the client, and work through the clinical support tools that made feedback
 * help clients who were not on track, the alliance first, then the treatment plan, then
 * more support such as a medication review (Lambert &amp; Shimokawa 2011; Whipple et al.
 * 2003; Harmon et al. 2007). Every other signal is worked by the four steps of repairing
 * a rupture, in the order and wording of the founding text's illustration (a client who
 * keeps failing agreed tasks); they follow the rupture-repair research: acknowledging the
 * rupture, exploring it together and renegotiating tasks and goals raise outcomes
 * (Eubanks, Muran &amp; Safran 2018; Safran &amp; Muran 2000).
 */
public enum SignalStep {

	/** Validate the client's feelings and remove blame, preserving the bond. */
	ACKNOWLEDGE_AND_VALIDATE("Acknowledge the Rupture and Validate the Struggle", Loop.REPAIR, false),

	/**
	 * Jointly explore why the tasks failed, so that resistance is seen as fear, not
	 * unwillingness.
	 */
	EXPLORE_BARRIER("Collaboratively Explore the Barrier", Loop.REPAIR, false),

	/**
	 * Adjust the task to something smaller and less threatening while the shared goal
	 * stays intact.
	 */
	RENEGOTIATE_GOALS_AND_TASKS("Re-negotiate Goals and Tasks", Loop.REPAIR, false),

	/** Express genuine faith in the client's ability, so the work can continue. */
	REINFORCE_BOND("Reinforce the Bond through Congruence", Loop.REPAIR, false),

	/** The client was reached; the note says how, and what was agreed. */
	CONTACTED_CLIENT("Contacted the client (say how, and what was agreed)", Loop.RISK, true),

	/** The risk was assessed with the client. */
	ASSESSED_RISK("Assessed the risk with the client", Loop.RISK, true),

	/** A safety plan was made or reviewed with the client. */
	SAFETY_PLAN("Made or reviewed a safety plan", Loop.RISK, false),

	/** The client was referred to crisis or emergency services. */
	REFERRED("Referred to crisis or emergency services", Loop.RISK, true),

	/**
	 * The progress measure was looked at with the client: how they see the lack of
	 * change, what they make of it.
	 */
	DISCUSSED_PROGRESS("Discussed the progress measure with the client", Loop.PROGRESS, false),

	/**
	 * The alliance was checked with the client, the first of the clinical support tools
	 * for a client not on track (Whipple et al. 2003).
	 */
	CHECKED_ALLIANCE("Checked the alliance with the client", Loop.PROGRESS, false),

	/**
	 * The formulation, goals and approach were reviewed, with the client's readiness for
	 * change and social support; the note says what changes.
	 */
	REVIEWED_TREATMENT_PLAN("Reviewed the treatment plan (say what changes)", Loop.PROGRESS, true),

	/**
	 * More support was considered or arranged: a medication review, more frequent
	 * sessions, a step up in care.
	 */
	CONSIDERED_MORE_SUPPORT("Considered more support (e.g. a medication review or a step up)", Loop.PROGRESS, false);

	/** The kind of signal whose steps are the progress loop. */
	private static final String NOT_ON_TRACK = "not-on-track";

	private final String wording;

	private final Loop loop;

	private final boolean noteRequired;

	SignalStep(String wording, Loop loop, boolean noteRequired) {
		this.wording = wording;
		this.loop = loop;
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
		Loop loop = "risk".equals(kind) ? Loop.RISK : NOT_ON_TRACK.equals(kind) ? Loop.PROGRESS : Loop.REPAIR;
		return Arrays.stream(values()).filter((step) -> step.loop == loop).toList();
	}

	/** The step with this code among those of the kind. */
	static Optional<SignalStep> of(String kind, String code) {
		return forKind(kind).stream().filter((step) -> step.code().equals(code)).findFirst();
	}

	/** The closed sets of steps: each kind of signal is worked by one. */
	private enum Loop {

		/** Reaching a client who gave a risk answer. */
		RISK,

		/** Repairing a rupture (and every kind without a set of its own). */
		REPAIR,

		/** Acting on a client not on track. */
		PROGRESS

	}

}
