package org.alliance.outcome;

import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;

/**
 * The outcome categories of NHS Talking Therapies for anxiety and depression (NHS Talking
 * Therapies Manual, NHS England), on the first and last PHQ-9 and GAD-7 of an episode,
 * with the caseness cutoffs and reliable-change points of each measure read from its
 * definition (PHQ-9 10 and 6, GAD-7 8 and 4):
 * <ul>
 * <li>finished a course of treatment: at least two attended treatment sessions;</li>
 * <li>caseness at the start: PHQ-9 or GAD-7 at or above its cutoff;</li>
 * <li>recovery: a case at the start, below both cutoffs at the end;</li>
 * <li>reliable improvement: a reliable drop on at least one measure and no reliable rise
 * on the other;</li>
 * <li>reliable deterioration: a reliable rise on at least one measure and no reliable
 * drop on the other (the mirror of improvement, as the manual defines it);</li>
 * <li>reliable recovery: recovery and reliable improvement.</li>
 * </ul>
 * An episode that did not finish a course gets no other category; one that was not a case
 * at the start gets no recovery and no reliable recovery (they do not apply, and the
 * manual's recovery rate leaves such episodes out of its denominator).
 */
public final class TalkingTherapiesRules {

	/** Attended treatment sessions that make a finished course. */
	public static final int FINISHED_COURSE_SESSIONS = 2;

	private final ChangeStandard depression;

	private final ChangeStandard anxiety;

	private TalkingTherapiesRules(ChangeStandard depression, ChangeStandard anxiety) {
		this.depression = depression;
		this.anxiety = anxiety;
	}

	/**
	 * The rules with the cutoffs and points of the catalog's PHQ-9 and GAD-7.
	 * @param catalog the instruments
	 * @return never null
	 * @throws IllegalStateException when either definition lacks its cutoff or points
	 */
	public static TalkingTherapiesRules of(InstrumentCatalog catalog) {
		return new TalkingTherapiesRules(standard(catalog, "phq9"), standard(catalog, "gad7"));
	}

	private static ChangeStandard standard(InstrumentCatalog catalog, String code) {
		Instrument instrument = catalog.find(code).orElseThrow(() -> new IllegalStateException("no " + code));
		ChangeStandard standard = ChangeStandard.of(instrument).orElse(null);
		if (standard == null || standard.reliablePoints() == null || instrument.clinicalCutoff() == null) {
			throw new IllegalStateException(code + " needs a clinical cutoff and reliable-change points");
		}
		return standard;
	}

	/**
	 * Categorises an episode.
	 * @param scores the first and last scores, or null when the episode lacks them
	 * @param treatmentSessions attended treatment sessions, from 0
	 * @return never null
	 */
	public TalkingTherapiesCategories categorise(PairedScores scores, int treatmentSessions) {
		boolean finished = treatmentSessions >= FINISHED_COURSE_SESSIONS;
		if (!finished || scores == null) {
			return new TalkingTherapiesCategories(finished, null, null, null, null, null);
		}
		boolean caseStart = this.depression.clinical(scores.phq9First()) || this.anxiety.clinical(scores.gad7First());
		boolean drop = this.depression.reliableDrop(scores.phq9First(), scores.phq9Last())
				|| this.anxiety.reliableDrop(scores.gad7First(), scores.gad7Last());
		boolean rise = this.depression.reliableRise(scores.phq9First(), scores.phq9Last())
				|| this.anxiety.reliableRise(scores.gad7First(), scores.gad7Last());
		boolean improvement = drop && !rise;
		boolean deterioration = rise && !drop;
		if (!caseStart) {
			return new TalkingTherapiesCategories(true, false, null, improvement, deterioration, null);
		}
		boolean recovered = !this.depression.clinical(scores.phq9Last()) && !this.anxiety.clinical(scores.gad7Last());
		return new TalkingTherapiesCategories(true, true, recovered, improvement, deterioration,
				recovered && improvement);
	}

}
