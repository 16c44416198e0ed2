package org.alliance.simulate;

/**
 * The generator's parameters. They are tuned so that the generated data show published
 * effect sizes, listed with what the simulator recovers in docs/manual.md, "Simulated
 * clinic" (e.g. alliance and outcome r ≈ .28, Flückiger et al. 2018,
 * https://doi.org/10.1037/pst0000172; weak alliance and dropout d ≈ .55, Sharf, Primavera
 * &amp; Diener 2010, https://doi.org/10.1037/a0021175); the tests recover those sizes
 * from the data, not from these numbers. Alliance values are in points of the 1–5 item
 * scale, symptoms in points of the PHQ-9 total.
 */
final class PlantedEffects {

	/** Client ratings bunch near the top of the scale, which produces the ceiling. */
	static final double CLIENT_MEAN = 4.35;

	/** Alliance grows a little over the first sessions. */
	static final double CLIENT_GROWTH = 0.08;

	/** Between-therapist SD of the alliance (Baldwin, Wampold &amp; Imel 2007). */
	static final double THERAPIST_SD = 0.22;

	static final double CLIENT_SD = 0.5;

	static final double SESSION_SD = 0.25;

	static final double ITEM_SD = 0.4;

	/** Client-perceived empathy beyond the alliance (Elliott et al. 2018). */
	static final double EMPATHY_SD = 0.35;

	/**
	 * Therapists rate lower than clients, d ≈ .63, and agree modestly, r ≈ .36 (Tryon et
	 * al. 2007).
	 */
	static final double THERAPIST_MEAN = 3.92;

	static final double THERAPIST_LOADING = 0.35;

	static final double THERAPIST_RATER_SD = 0.25;

	static final double THERAPIST_SESSION_SD = 0.3;

	/** Therapists predict the client's usual level and notice few ruptures. */
	static final double PREDICTION_MEAN = 4.15;

	static final double PREDICTION_LOADING = 0.7;

	static final double PREDICTION_SD = 0.3;

	static final double RUPTURE_NOTICED = 0.3;

	/**
	 * Planned ruptures; fewer are realised, since some clients leave first (McLaughlin et
	 * al. 2014: 46%).
	 */
	static final double RUPTURE_CHANCE = 0.515;

	static final double RUPTURE_DROP_LOW = 1.5;

	static final double RUPTURE_DROP_HIGH = 2.5;

	/**
	 * Share of ruptures that follow a run of all-5 answers, the case where a ceiling
	 * could hide a drop from a rule built on the client's SD (docs/manual.md, "The
	 * alliance: trajectories, perception gap, ruptures and repair").
	 */
	static final double CEILING_RUN = 0.4;

	static final double CEILING_TRAIT = 0.25;

	static final double REPAIR_CHANCE = 0.55;

	static final double REPAIR_PER_POINT = 0.3;

	/** Share of an unrepaired drop that lingers, and how fast it fades per session. */
	static final double LINGERING_DROP = 0.6;

	static final double LINGER_DECAY = 0.85;

	/**
	 * Dropout hazard per attended session and its rise per point of weak alliance (Sharf
	 * et al. 2010).
	 */
	static final double DROPOUT_HAZARD = 0.015;

	static final double DROPOUT_PER_POINT = 0.92;

	static final double NO_SHOW = 0.05;

	static final double CANCELLED = 0.05;

	static final double OTHER_END = 0.04;

	/** Intake PHQ-9 mean ≈ 15, SD ≈ 5. */
	static final double INTAKE_PHQ_MEAN = 15.0;

	static final double INTAKE_PHQ_SD = 5.2;

	/**
	 * Improvement over a full course. Therapist alliance carries more of it than the
	 * client's own deviation (Baldwin, Wampold &amp; Imel 2007); alliance r ≈ .28
	 * (Flückiger et al. 2018), empathy r ≈ .28 (Elliott et al. 2018), repair r ≈ .29
	 * (Eubanks et al. 2018).
	 */
	static final double IMPROVEMENT_BASE = 7.0;

	static final double IMPROVEMENT_PER_THERAPIST_POINT = 7.0;

	static final double IMPROVEMENT_PER_CLIENT_POINT = 3.0;

	static final double IMPROVEMENT_PER_EMPATHY_POINT = 2.4;

	static final double IMPROVEMENT_SD = 5.0;

	static final double REPAIR_BONUS = 0.8;

	static final double UNREPAIRED_PENALTY = 1.2;

	/** Sessions over which about two thirds of the improvement happens. */
	static final double IMPROVEMENT_PACE = 4.0;

	static final double SYMPTOM_SESSION_SD = 1.8;

	/**
	 * PHQ-9 points of relief at the next session per point the alliance sat above the
	 * client's usual level, and how much of it is left a session later (Falkenström et
	 * al. 2013).
	 */
	static final double LAGGED_RELIEF_PER_POINT = 1.2;

	static final double LAGGED_RELIEF_DECAY = 0.5;

	private PlantedEffects() {
	}

}
