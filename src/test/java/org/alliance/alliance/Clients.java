package org.alliance.alliance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Client series and clinic norms for the tests.
 */
final class Clients {

	private Clients() {
	}

	/** A series of total scores at sessions 1, 2, 3, … */
	static ClientSeries totals(String client, double... totals) {
		List<ClientSession> sessions = new ArrayList<>();
		for (int i = 0; i < totals.length; i++) {
			sessions.add(ClientSession.ofTotal(i + 1, totals[i]));
		}
		return new ClientSeries(client, sessions);
	}

	/** A session with bond, task and goal and their mean as total. */
	static ClientSession session(int session, double bond, double task, double goal) {
		return new ClientSession(session, Map.of(AllianceScale.BOND, bond, AllianceScale.TASK, task, AllianceScale.GOAL,
				goal, AllianceScale.TOTAL, (bond + task + goal) / 3));
	}

	static ClinicAllianceNorms norms(AllianceScale scale, ScaleNorm norm) {
		return new ClinicAllianceNorms(Map.of(scale, norm));
	}

	/** The same norm on every scale. */
	static ClinicAllianceNorms norms(ScaleNorm norm) {
		Map<AllianceScale, ScaleNorm> norms = new EnumMap<>(AllianceScale.class);
		for (AllianceScale scale : AllianceScale.values()) {
			norms.put(scale, norm);
		}
		return new ClinicAllianceNorms(norms);
	}

}
