package org.alliance.instrument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One question of an instrument.
 *
 * @param id the item's link id in the definition file ({@code "1"}, {@code "2"}, ...),
 * the key of its answer
 * @param texts the question by language code; empty for licensed instruments until the
 * clinic supplies the text
 * @param type choice or free text
 * @param min for a CHOICE item the lowest option value; for a TEXT item 0
 * @param max for a CHOICE item the highest option value; for a TEXT item the longest
 * answer accepted, in characters
 * @param options the answer options of a CHOICE item in display order; empty for TEXT
 * @param reverse whether the item is reverse-keyed: scored {@code min + max - x}
 * @param required whether an answer must be given
 * @param scored whether the item counts toward the total score (an item may still belong
 * to a subscale when it does not)
 */
public record Item(String id, Map<String, String> texts, ItemType type, int min, int max, List<AnswerOption> options,
		boolean reverse, boolean required, boolean scored) {

	public Item {
		texts = Map.copyOf(texts);
		options = List.copyOf(options);
	}

	/**
	 * The question in a language, falling back to English.
	 * @param language a language code such as {@code "es"}
	 * @return the text, or null when the item has neither that language nor English
	 */
	public String text(String language) {
		return Texts.inLanguage(texts, language);
	}

	/**
	 * Whether a choice value is one of this item's options.
	 * @param value a value given as an answer
	 * @return true when some option has that value
	 */
	public boolean allows(int value) {
		return options.stream().anyMatch((option) -> option.value() == value);
	}

	/**
	 * The score of a choice value after reverse keying.
	 * @param value an allowed option value
	 * @return {@code min + max - value} for a reverse-keyed item, else {@code value}
	 */
	public int keyed(int value) {
		return reverse ? min + max - value : value;
	}

	/**
	 * A copy of this item carrying its text in one language; used to add licensed text.
	 * @param language the language code
	 * @param text the question
	 * @return a new item, never null
	 */
	public Item withText(String language, String text) {
		Map<String, String> merged = new HashMap<>(texts);
		merged.put(language, text);
		return new Item(id, merged, type, min, max, options, reverse, required, scored);
	}

}
