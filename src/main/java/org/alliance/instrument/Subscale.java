package org.alliance.instrument;

import java.util.List;

/**
 * A subscale: a named subset of items scored like the total.
 *
 * @param code short code such as {@code "bond"}, the key in {@link Scores#subscales()}
 * @param title a readable English name
 * @param itemIds the ids of its items, in instrument order
 * @param min the lowest possible subscale score, in points of the instrument's scale
 * @param max the highest possible subscale score
 */
public record Subscale(String code, String title, List<String> itemIds, double min, double max) {

	public Subscale {
		itemIds = List.copyOf(itemIds);
	}

}
