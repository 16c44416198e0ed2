package org.alliance.instrument;

/**
 * One answer to one item.
 */
public sealed interface Answer {

	/**
	 * The chosen option of a {@link ItemType#CHOICE} item.
	 *
	 * @param value the option's value, in points of the item's scale
	 */
	record Choice(int value) implements Answer {

	}

	/**
	 * Free text for a {@link ItemType#TEXT} item.
	 *
	 * @param text what the respondent wrote
	 */
	record Text(String text) implements Answer {

	}

}
