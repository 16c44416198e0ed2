package org.alliance.instrument;

/**
 * Why a set of answers was refused, for one field.
 *
 * @param field {@code "instrument"} or {@code "answers.<item id>"}, never null
 * @param message a readable English reason, never null
 */
public record AnswerError(String field, String message) {

	static AnswerError onItem(String itemId, String message) {
		return new AnswerError("answers." + itemId, message);
	}

}
