package org.alliance.alliance;

import java.util.Map;
import java.util.TreeMap;

/**
 * The clinic norms each of a client's sessions is judged with: the norms frozen when the
 * session was first evaluated, and today's norms for sessions not evaluated yet. A
 * rupture is judged with what was known at its session, so later ratings of other
 * clients, which move the clinic's level and SD, never move or erase a past rupture
 * (docs/manual.md, "The alliance: trajectories, perception gap, ruptures and repair").
 *
 * @param frozen norms by session number, as frozen at each session's first evaluation;
 * copied
 * @param current today's norms, for sessions with none frozen; never null
 */
public record NormHistory(Map<Integer, ClinicAllianceNorms> frozen, ClinicAllianceNorms current) {

	public NormHistory {
		frozen = Map.copyOf(frozen);
	}

	/**
	 * The same norms for every session, as in a researcher's file read all at once.
	 * @param norms the norms, never null
	 * @return the history, never null
	 */
	public static NormHistory constant(ClinicAllianceNorms norms) {
		return new NormHistory(Map.of(), norms);
	}

	/**
	 * The norms a session is judged with.
	 * @param session the session number
	 * @return the frozen norms of the session, or today's; never null
	 */
	public ClinicAllianceNorms at(int session) {
		return this.frozen.getOrDefault(session, this.current);
	}

	/**
	 * The sessions of {@code sessions} that have no norms frozen yet, with today's norms:
	 * what to freeze after evaluating them.
	 * @param sessions session numbers evaluated
	 * @return by session number, never null
	 */
	public Map<Integer, ClinicAllianceNorms> toFreeze(Iterable<Integer> sessions) {
		Map<Integer, ClinicAllianceNorms> missing = new TreeMap<>();
		for (int session : sessions) {
			if (!this.frozen.containsKey(session) && !this.current.norms().isEmpty()) {
				missing.put(session, this.current);
			}
		}
		return missing;
	}

}
