package org.alliance.alliance;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One alliance form filled in at one session: the per-item mean of every scale it scores.
 * A form may score only some scales ({@code wai-sr} has no empathy item).
 *
 * @param client key of the client, never null
 * @param session number of the session, from 1
 * @param perspective whose view the form gives, never null
 * @param range the answer range of the form's items, never null
 * @param itemMeans per-item mean by scale, in points of {@code range}; copied
 */
public record SessionRating(String client, int session, Perspective perspective, ScaleRange range,
		Map<AllianceScale, Double> itemMeans) {

	public SessionRating {
		Objects.requireNonNull(client, "client");
		Objects.requireNonNull(perspective, "perspective");
		Objects.requireNonNull(range, "range");
		if (session < 1) {
			throw new IllegalArgumentException("session numbers start at 1: " + session);
		}
		itemMeans.forEach((scale, mean) -> {
			if (mean < range.min() || mean > range.max()) {
				throw new IllegalArgumentException(scale.code() + " mean " + mean + " outside " + range);
			}
		});
		itemMeans = itemMeans.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(itemMeans));
	}

	/**
	 * The per-item mean of one scale.
	 * @param scale the scale
	 * @return the mean, empty when the form does not score that scale
	 */
	public OptionalDouble itemMean(AllianceScale scale) {
		Double mean = this.itemMeans.get(scale);
		return (mean != null) ? OptionalDouble.of(mean) : OptionalDouble.empty();
	}

}
