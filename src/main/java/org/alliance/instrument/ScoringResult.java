package org.alliance.instrument;

import java.util.List;

/**
 * The outcome of scoring a set of answers: scored, or rejected with every reason.
 */
public sealed interface ScoringResult {

	/**
	 * The answers were valid and complete.
	 *
	 * @param scores the scores, never null
	 */
	record Scored(Scores scores) implements ScoringResult {

	}

	/**
	 * The answers were refused.
	 *
	 * @param errors every bad field at once, never empty
	 */
	record Rejected(List<AnswerError> errors) implements ScoringResult {

		public Rejected {
			errors = List.copyOf(errors);
		}

	}

}
