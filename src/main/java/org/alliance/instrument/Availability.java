package org.alliance.instrument;

/**
 * Whether an instrument can be given now.
 */
public enum Availability {

	/** Every item has its text: the instrument can be given and scored. */
	AVAILABLE,

	/**
	 * The item text is copyrighted and the clinic has not supplied it (or supplied a file
	 * with the wrong number of lines): the instrument is listed but cannot be given.
	 */
	NEEDS_LICENSED_TEXT

}
