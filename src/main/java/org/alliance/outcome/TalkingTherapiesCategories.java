package org.alliance.outcome;

/**
 * The NHS Talking Therapies outcome categories of one episode; null means the category
 * does not apply. Nothing but {@code finished} applies to an episode that did not finish
 * a course of treatment, and recovery and reliable recovery apply only to a case at the
 * start; without a first and last score on both measures only {@code finished} is known.
 *
 * @param finished at least two attended treatment sessions
 * @param caseStart PHQ-9 or GAD-7 at or above its cutoff at the start, or null
 * @param recovered a case at the start and below both cutoffs at the end, or null
 * @param reliableImprovement a reliable drop on one measure and no reliable rise on the
 * other, or null
 * @param reliableDeterioration a reliable rise on one measure and no reliable drop on the
 * other, or null
 * @param reliableRecovery recovered and reliably improved, or null
 */
public record TalkingTherapiesCategories(boolean finished, Boolean caseStart, Boolean recovered,
		Boolean reliableImprovement, Boolean reliableDeterioration, Boolean reliableRecovery) {

	/**
	 * Whether the score categories were judged: a finished course with paired scores.
	 * @return true when caseness, improvement and deterioration are known
	 */
	public boolean judged() {
		return this.caseStart != null;
	}

}
