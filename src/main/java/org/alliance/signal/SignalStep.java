package org.alliance.signal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
 * 2003; Harmon et al. 2007). A client at risk of dropping out is worked by the strategies
 * that keep clients in therapy: talk about attending and what the client expects of it,
 * check the alliance (a weak early alliance is what predicts dropout most), and agree the
 * next appointment, with a reminder (Swift &amp; Greenberg 2015; Ogrodniczuk, Joyce &amp;
 * Piper 2005; reminders: Macharia et al. 1992). A step may belong to more than one set:
 * checking the alliance works both a client not on track and one at risk of dropping out.
 * Every other signal is worked by the four steps of repairing a rupture: acknowledge,
 * explore, renegotiate, reinforce (the task rupture's illustration in docs/manual.md,
 * "Collaboration": a client who keeps failing agreed tasks); they follow the
 * rupture-repair research: acknowledging the rupture, exploring it together and
 * renegotiating tasks and goals raise outcomes (Eubanks, Muran &amp; Safran 2018; Safran
 * &amp; Muran 2000).
 */
public enum SignalStep {

	/** Validate the client's feelings and remove blame, preserving the bond. */
	ACKNOWLEDGE_AND_VALIDATE("Acknowledge the Rupture and Validate the Struggle", false, Loop.REPAIR),

	/**
	 * Jointly explore why the tasks failed, so that resistance is seen as fear, not
	 * unwillingness.
	 */
	EXPLORE_BARRIER("Collaboratively Explore the Barrier", false, Loop.REPAIR),

	/**
	 * Adjust the task to something smaller and less threatening while the shared goal
	 * stays intact.
	 */
	RENEGOTIATE_GOALS_AND_TASKS("Re-negotiate Goals and Tasks", false, Loop.REPAIR),

	/** Express genuine faith in the client's ability, so the work can continue. */
	REINFORCE_BOND("Reinforce the Bond through Congruence", false, Loop.REPAIR),

	/** The client was reached; the note says how, and what was agreed. */
	CONTACTED_CLIENT("Contacted the client (say how, and what was agreed)", true, Loop.RISK),

	/** The risk was assessed with the client. */
	ASSESSED_RISK("Assessed the risk with the client", true, Loop.RISK),

	/** A safety plan was made or reviewed with the client. */
	SAFETY_PLAN("Made or reviewed a safety plan", false, Loop.RISK),

	/** The client was referred to crisis or emergency services. */
	REFERRED("Referred to crisis or emergency services", true, Loop.RISK),

	/**
	 * The progress measure was looked at with the client: how they see the lack of
	 * change, what they make of it.
	 */
	DISCUSSED_PROGRESS("Discussed the progress measure with the client", false, Loop.PROGRESS),

	/**
	 * Attending was talked through with the client: what might get in the way of coming,
	 * what they expect of therapy and how long change takes (role induction; Swift &amp;
	 * Greenberg 2015).
	 */
	DISCUSSED_ATTENDANCE("Talked with the client about coming to sessions (what gets in the way, what they expect)",
			false, Loop.ATTENDANCE),

	/**
	 * The alliance was checked with the client, the first of the clinical support tools
	 * for a client not on track (Whipple et al. 2003), and what a weak early alliance,
	 * the strongest predictor of dropout, calls for (Sharf, Primavera &amp; Diener 2010).
	 */
	CHECKED_ALLIANCE("Checked the alliance with the client", false, Loop.PROGRESS, Loop.ATTENDANCE),

	/**
	 * The formulation, goals and approach were reviewed, with the client's readiness for
	 * change and social support; the note says what changes.
	 */
	REVIEWED_TREATMENT_PLAN("Reviewed the treatment plan (say what changes)", true, Loop.PROGRESS),

	/**
	 * More support was considered or arranged: a medication review, more frequent
	 * sessions, a step up in care.
	 */
	CONSIDERED_MORE_SUPPORT("Considered more support (e.g. a medication review or a step up)", false, Loop.PROGRESS),

	/**
	 * The next appointment was agreed with the client, with a reminder; the note says
	 * when.
	 */
	AGREED_NEXT_APPOINTMENT("Agreed the next appointment with the client (say when, and any reminder)", true,
			Loop.ATTENDANCE);

	/** The kind of signal whose steps are the progress loop. */
	private static final String NOT_ON_TRACK = "not-on-track";

	/** The kind of signal whose steps are the attendance loop. */
	private static final String DROPOUT_RISK = "dropout-risk";

	private final String wording;

	private final Set<Loop> loops;

	private final boolean noteRequired;

	SignalStep(String wording, boolean noteRequired, Loop... loops) {
		this.wording = wording;
		this.loops = Set.of(loops);
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
		Loop loop = switch (kind) {
			case "risk" -> Loop.RISK;
			case NOT_ON_TRACK -> Loop.PROGRESS;
			case DROPOUT_RISK -> Loop.ATTENDANCE;
			default -> Loop.REPAIR;
		};
		return Arrays.stream(values()).filter((step) -> step.loops.contains(loop)).toList();
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
		PROGRESS,

		/** Keeping a client at risk of dropping out in therapy. */
		ATTENDANCE

	}

}
