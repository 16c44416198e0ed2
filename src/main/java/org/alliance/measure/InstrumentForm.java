package org.alliance.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliance.api.FieldProblem;
import org.alliance.api.FieldRules;
import org.alliance.instrument.Answer;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.Item;
import org.alliance.instrument.ItemType;

import org.springframework.util.MultiValueMap;

/**
 * Reads a measure's form (fields {@code item-<id>}) into answers, the same for the
 * client's phone form and the therapist's rating form. Range and required items are the
 * instrument's to check; this refuses what a form can only send when forged.
 */
public final class InstrumentForm {

	/** The longest free-text answer kept, as the form's text box allows. */
	static final int TEXT_LENGTH = 2000;

	private InstrumentForm() {
	}

	/**
	 * The form's answers by item; a choice that is not a whole number is refused with the
	 * rest, naming its item, rather than failing the page.
	 */
	public static Map<String, Answer> answers(Instrument instrument, MultiValueMap<String, String> fields) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		List<FieldProblem> problems = new ArrayList<>();
		// An item sent twice could hide one answer behind another (a risk answer behind
		// "Not at all"); an item the measure does not have is a forged form. Both are
		// refused, as the API refuses a repeated or unknown name.
		fields.forEach((name, values) -> {
			if (!name.startsWith("item-")) {
				return;
			}
			String id = name.substring("item-".length());
			if (instrument.item(id).isEmpty()) {
				problems.add(new FieldProblem("answers." + id, "is not an item of " + instrument.code()));
			}
			else if (values.size() > 1) {
				problems.add(new FieldProblem("answers." + id, "was given more than once"));
			}
		});
		FieldRules.refuseIfAny(problems);
		Map<String, String> form = fields.toSingleValueMap();
		for (Item item : instrument.items()) {
			String field = "answers." + item.id();
			String value = form.get("item-" + item.id());
			if (value == null || value.isBlank()) {
				continue;
			}
			if (item.type() == ItemType.TEXT) {
				if (FieldRules.text(problems, field, value.strip(), TEXT_LENGTH, false)) {
					answers.put(item.id(), new Answer.Text(value.strip()));
				}
				continue;
			}
			try {
				answers.put(item.id(), new Answer.Choice(Integer.parseInt(value.strip())));
			}
			catch (NumberFormatException ex) {
				// Left out, so that the instrument's own check names it with every other
				// problem of the form at once.
			}
		}
		if (answers.isEmpty() && problems.isEmpty()) {
			// Nothing chosen at all: each required question says so beside itself, as on
			// a form half filled in, rather than one message about the whole form.
			instrument.items()
				.stream()
				.filter(Item::required)
				.forEach((item) -> problems.add(new FieldProblem("answers." + item.id(), "is required")));
		}
		FieldRules.refuseIfAny(problems);
		return answers;
	}

}
