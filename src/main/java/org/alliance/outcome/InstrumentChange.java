package org.alliance.outcome;

/**
 * The reliable and clinically significant change on one instrument over an episode.
 *
 * @param instrument the instrument's code, such as {@code phq9}
 * @param first the first total of the episode, in points
 * @param last the last total, in points
 * @param index the reliable change index {@code (last − first) / S_diff}; negative when
 * the score fell (see {@link ChangeStandard} for the {@code S_diff} used)
 * @param criterion what decided reliability
 * @param verdict recovered, improved, unchanged or deteriorated
 * @param clinicalCutoff the cutoff the verdict used, in points, or null when there is
 * none
 */
public record InstrumentChange(String instrument, double first, double last, double index, ChangeCriterion criterion,
		ChangeVerdict verdict, Double clinicalCutoff) {

	/**
	 * The change in points.
	 * @return {@code last − first}; negative when the score fell
	 */
	public double change() {
		return this.last - this.first;
	}

}
