package org.alliance.instrument;

/**
 * The kind of answer an item takes.
 */
public enum ItemType {

	/** One of the item's answer options, answered with {@link Answer.Choice}. */
	CHOICE,

	/** Free text, answered with {@link Answer.Text}; never scored. */
	TEXT

}
