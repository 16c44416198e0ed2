package org.alliance.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers read from JSON-like values: whole numbers become choices, strings become text,
 * and anything else is a problem on its field.
 */
record RawAnswers(Map<String, Answer> answers, List<AnswerError> errors) {

	static RawAnswers read(Instrument instrument, Map<String, ?> values) {
		Map<String, Answer> answers = new HashMap<>();
		List<AnswerError> errors = new ArrayList<>();
		values.forEach((id, value) -> {
			Item item = instrument.item(id).orElse(null);
			if (value == null || item == null) {
				if (value != null) {
					answers.put(id, new Answer.Text(value.toString()));
				}
				return;
			}
			if (value instanceof String text) {
				answers.put(id, new Answer.Text(text));
			}
			else if (value instanceof Number number && wholeInt(number)) {
				answers.put(id, new Answer.Choice(number.intValue()));
			}
			else {
				errors.add(AnswerError.onItem(id, (item.type() == ItemType.CHOICE) ? AnswerValidation.range(item)
						: "expects text, not " + value));
			}
		});
		return new RawAnswers(answers, errors);
	}

	private static boolean wholeInt(Number number) {
		try {
			new BigDecimal(number.toString()).intValueExact();
			return true;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return false;
		}
	}

}
