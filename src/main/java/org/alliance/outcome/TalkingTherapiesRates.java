package org.alliance.outcome;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * A clinic's NHS Talking Therapies outcome rates over ended episodes, each with the
 * denominator the NHS Talking Therapies Manual uses: finished a course among ended
 * episodes; caseness at the start, reliable improvement and reliable deterioration among
 * finished courses with paired scores; recovery and reliable recovery among finished
 * courses that were a case at the start (the manual's "finished treatment minus those not
 * at caseness at the start").
 *
 * @param ended the ended episodes counted
 * @param finished finished a course, among ended episodes
 * @param caseStart a case at the start, among finished courses with paired scores
 * @param recovery recovered, among finished courses that were a case at the start
 * @param reliableImprovement among finished courses with paired scores
 * @param reliableDeterioration among finished courses with paired scores
 * @param reliableRecovery among finished courses that were a case at the start
 * @param finishedWithoutPairedScores finished courses that lack a first or last PHQ-9 or
 * GAD-7, left out of every denominator but {@code finished}'s
 */
public record TalkingTherapiesRates(int ended, Rate finished, Rate caseStart, Rate recovery, Rate reliableImprovement,
		Rate reliableDeterioration, Rate reliableRecovery, int finishedWithoutPairedScores) {

	/**
	 * Counts the categories of ended episodes.
	 * @param episodes one set of categories per ended episode
	 * @return never null
	 */
	public static TalkingTherapiesRates of(Collection<TalkingTherapiesCategories> episodes) {
		int finished = count(episodes, TalkingTherapiesCategories::finished);
		int judged = count(episodes, TalkingTherapiesCategories::judged);
		int cases = count(episodes, (e) -> Boolean.TRUE.equals(e.caseStart()));
		return new TalkingTherapiesRates(episodes.size(), new Rate(finished, episodes.size()), new Rate(cases, judged),
				new Rate(count(episodes, (e) -> Boolean.TRUE.equals(e.recovered())), cases),
				new Rate(count(episodes, (e) -> Boolean.TRUE.equals(e.reliableImprovement())), judged),
				new Rate(count(episodes, (e) -> Boolean.TRUE.equals(e.reliableDeterioration())), judged),
				new Rate(count(episodes, (e) -> Boolean.TRUE.equals(e.reliableRecovery())), cases), finished - judged);
	}

	private static int count(Collection<TalkingTherapiesCategories> episodes,
			Predicate<TalkingTherapiesCategories> rule) {
		return (int) episodes.stream().filter(rule).count();
	}

}
