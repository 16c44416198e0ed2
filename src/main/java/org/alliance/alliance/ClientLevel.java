package org.alliance.alliance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A client's ratings so far, as the rupture rules read them: the last rating of each
 * scale, which a rupture must fall below; every earlier rating, whose mean is the
 * client's running level (Strauss et al. 2006); and the calm ones, outside the client's
 * rupture episodes, whose spread is the client's own SD, so that a rupture does not
 * inflate the SD the next one is measured by.
 */
final class ClientLevel {

	private final Map<AllianceScale, Double> previous = new EnumMap<>(AllianceScale.class);

	private final Map<AllianceScale, List<Double>> all = new EnumMap<>(AllianceScale.class);

	private final Map<AllianceScale, List<Double>> calm = new EnumMap<>(AllianceScale.class);

	/**
	 * Adds a session once it has been judged.
	 * @param session the session
	 * @param calm false for the sessions of a rupture episode, from its drop up to its
	 * repair
	 */
	void add(ClientSession session, boolean calm) {
		session.scores().forEach((scale, score) -> {
			this.previous.put(scale, score);
			this.all.computeIfAbsent(scale, (s) -> new ArrayList<>()).add(score);
			if (calm) {
				this.calm.computeIfAbsent(scale, (s) -> new ArrayList<>()).add(score);
			}
		});
	}

	/**
	 * The client's last rating of a scale.
	 * @return the rating, empty before the first
	 */
	OptionalDouble previous(AllianceScale scale) {
		Double last = this.previous.get(scale);
		return (last != null) ? OptionalDouble.of(last) : OptionalDouble.empty();
	}

	/**
	 * Every earlier rating of a scale, whose mean is the client's running level.
	 * @return the ratings in session order, never null
	 */
	List<Double> earlier(AllianceScale scale) {
		return this.all.getOrDefault(scale, List.of());
	}

	/**
	 * The earlier ratings of a scale outside the client's rupture episodes.
	 * @return the ratings in session order, never null
	 */
	List<Double> calm(AllianceScale scale) {
		return this.calm.getOrDefault(scale, List.of());
	}

}
