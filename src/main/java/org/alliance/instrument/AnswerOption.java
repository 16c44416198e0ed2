package org.alliance.instrument;

import java.util.Map;

/**
 * One answer option of a choice item.
 *
 * @param value the score of this option, in points of the item's scale
 * @param labels the option's label by language code ({@code "en"}, {@code "es"}), never
 * null
 */
public record AnswerOption(int value, Map<String, String> labels) {

	public AnswerOption {
		labels = Map.copyOf(labels);
	}

	/**
	 * The label in a language, falling back to English.
	 * @param language a language code such as {@code "es"}
	 * @return the label, or null when the option has neither that language nor English
	 */
	public String label(String language) {
		return Texts.inLanguage(labels, language);
	}

}
