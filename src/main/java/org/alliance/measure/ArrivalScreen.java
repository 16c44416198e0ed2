package org.alliance.measure;

import java.util.Map;

import org.alliance.instrument.Answer;

/**
 * A screen that judges an answer in the request that stores it, before the person who
 * sent it is thanked (the risk screen). An answer it {@linkplain #concerns concerns} is
 * marked as awaiting its screen in the transaction that stores it; the screen hears of it
 * through {@link ResponseRecorded} and clears the mark with
 * {@link Responses#screened(java.util.UUID, java.util.UUID)} once it has judged it. A
 * crash between storing and judging leaves the mark, and {@link Responses#awaitingScreen}
 * gives the screen exactly those answers to judge again: never a search of every answer
 * ever stored.
 */
public interface ArrivalScreen {

	/**
	 * Whether this screen must judge the answer before it is acknowledged.
	 * @param instrument the instrument's code, e.g. {@code phq9}
	 * @param answers the answers by item id, as sent
	 */
	boolean concerns(String instrument, Map<String, Answer> answers);

}
