package org.alliance.measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.care.CareSession;
import org.alliance.care.SessionColumn;
import org.alliance.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The "This week" page's "Came in": the measures the client answered for the session. */
@Component
@Order(2)
class CameInOnTheWeek implements SessionColumn {

	private final SessionMeasures measures;

	CameInOnTheWeek(SessionMeasures measures) {
		this.measures = measures;
	}

	@Override
	public String heading() {
		return "Came in";
	}

	@Override
	public String name() {
		return "came-in";
	}

	@Override
	public Map<UUID, String> cells(CurrentUser user, List<CareSession> sessions) {
		Map<UUID, List<String>> answered = this.measures.cameIn(user, sessions);
		Map<UUID, String> cells = new HashMap<>();
		sessions.forEach((s) -> cells.put(s.id(),
				answered.containsKey(s.id()) ? String.join(", ", answered.get(s.id())) : "nothing yet"));
		return cells;
	}

}
