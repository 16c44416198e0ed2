package org.alliance.instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds every problem in a set of answers at once, so a form can show them all together.
 */
final class AnswerValidation {

	private AnswerValidation() {
	}

	static List<AnswerError> errors(Instrument instrument, Map<String, Answer> answers) {
		return errors(instrument, answers, List.of());
	}

	/**
	 * Validates answers, adding problems already found while reading raw values; a field
	 * with an earlier problem is not checked again.
	 */
	static List<AnswerError> errors(Instrument instrument, Map<String, Answer> answers, List<AnswerError> earlier) {
		if (!instrument.administrable()) {
			return List.of(new AnswerError("instrument",
					instrument.code() + " cannot be given: the clinic has not supplied its licensed item text"));
		}
		List<AnswerError> errors = new ArrayList<>(earlier);
		for (Item item : instrument.items()) {
			if (!hasError(errors, item.id())) {
				problem(item, answers.get(item.id()))
					.ifPresent((message) -> errors.add(AnswerError.onItem(item.id(), message)));
			}
		}
		for (String id : answers.keySet()) {
			if (instrument.item(id).isEmpty() && !hasError(errors, id)) {
				errors.add(AnswerError.onItem(id, "is not an item of " + instrument.code()));
			}
		}
		errors.sort(Comparator.comparingInt((error) -> position(instrument, error)));
		return errors;
	}

	static String range(Item item) {
		return "must be a whole number from " + item.min() + " to " + item.max();
	}

	private static Optional<String> problem(Item item, Answer answer) {
		if (answer == null || (answer instanceof Answer.Text text && isBlank(text.text()))) {
			return item.required() ? Optional.of("is required") : Optional.empty();
		}
		if (item.type() == ItemType.CHOICE) {
			if (answer instanceof Answer.Choice choice) {
				return item.allows(choice.value()) ? Optional.empty() : Optional.of(range(item));
			}
			return Optional.of("expects a choice, not text: " + range(item));
		}
		if (answer instanceof Answer.Text text) {
			return (text.text().length() <= item.max()) ? Optional.empty()
					: Optional.of("must be at most " + item.max() + " characters");
		}
		return Optional.of("expects text, not a choice");
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static boolean hasError(List<AnswerError> errors, String itemId) {
		return errors.stream().anyMatch((error) -> error.field().equals("answers." + itemId));
	}

	/** Orders errors as the items appear; unknown items last. */
	private static int position(Instrument instrument, AnswerError error) {
		List<Item> items = instrument.items();
		for (int i = 0; i < items.size(); i++) {
			if (error.field().equals("answers." + items.get(i).id())) {
				return i;
			}
		}
		return items.size();
	}

}
