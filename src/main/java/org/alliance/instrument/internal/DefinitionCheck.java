package org.alliance.instrument.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.alliance.instrument.Instrument;
import org.alliance.instrument.Item;
import org.alliance.instrument.ItemType;
import org.alliance.instrument.SeverityBand;
import org.alliance.instrument.Subscale;
import org.alliance.instrument.internal.ItemReader.QuestionItem;

/**
 * The rules an instrument file must keep; a file that breaks one stops start-up, since a
 * wrong key would mis-score every response silently.
 */
final class DefinitionCheck {

	private DefinitionCheck() {
	}

	static void check(Instrument instrument, List<QuestionItem> questions, boolean licensed, String language) {
		require(instrument.code() != null && instrument.code().matches("[a-z0-9-]+"),
				"the id must be a code of lower-case letters, digits and dashes");
		require(instrument.title() != null, "the questionnaire needs a title");
		checkItems(instrument, licensed, language);
		checkSubscales(instrument, questions);
		checkBands(instrument);
		ChangeParameterCheck.check(instrument);
	}

	private static void checkItems(Instrument instrument, boolean licensed, String language) {
		Set<String> ids = new HashSet<>();
		for (Item item : instrument.items()) {
			require(ids.add(item.id()), "item " + item.id() + " is declared twice");
			if (item.type() == ItemType.CHOICE) {
				Set<Integer> values = new HashSet<>();
				item.options()
					.forEach((option) -> require(values.add(option.value()),
							"item " + item.id() + ": two options share the value " + option.value()));
				require(values.size() >= 2, "item " + item.id() + " needs at least two options");
			}
			if (item.scored()) {
				requireScorable(item, "counts toward the total");
			}
			// Licensed text is the clinic's to supply: a file that carries it would ship
			// it.
			require(!licensed || item.texts().isEmpty(),
					"item " + item.id() + " of a licensed instrument must carry no text");
			require(licensed || item.texts().containsKey(language),
					"item " + item.id() + " has no " + language + " text");
		}
		require(!instrument.scoredItems().isEmpty(), "at least one item must count toward the total");
	}

	private static void checkSubscales(Instrument instrument, List<QuestionItem> questions) {
		Set<String> declared = new HashSet<>();
		for (Subscale subscale : instrument.subscales()) {
			require(declared.add(subscale.code()), "subscale " + subscale.code() + " is declared twice");
			require(!subscale.itemIds().isEmpty(), "subscale " + subscale.code() + " has no items");
			subscale.itemIds()
				.forEach((id) -> requireScorable(instrument.item(id).orElseThrow(),
						"is in subscale " + subscale.code()));
		}
		for (QuestionItem question : questions) {
			question.subscales()
				.forEach((code) -> require(declared.contains(code),
						"item " + question.item().id() + " names the undeclared subscale " + code));
		}
	}

	/** No proration: an item that is scored must be a choice and must be answered. */
	private static void requireScorable(Item item, String role) {
		require(item.type() == ItemType.CHOICE && item.required(),
				"item " + item.id() + " " + role + ", so it must be a required choice item");
	}

	private static void checkBands(Instrument instrument) {
		List<SeverityBand> bands = instrument.bands();
		for (int i = 0; i < bands.size(); i++) {
			SeverityBand band = bands.get(i);
			require(band.from() <= band.to(), "band " + band.label() + " runs backwards");
			require(i == 0 || bands.get(i - 1).to() < band.from(), "band " + band.label() + " overlaps the one before");
		}
		if (!bands.isEmpty()) {
			require(bands.get(0).from() == instrument.totalMin()
					&& bands.get(bands.size() - 1).to() == instrument.totalMax(),
					"the bands must run from the lowest to the highest total");
		}
	}

	static void require(boolean rule, String message) {
		if (!rule) {
			throw new IllegalStateException(message);
		}
	}

}
