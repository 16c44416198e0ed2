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

/** The "This week" page's "Due from the client": what the session's link would ask. */
@Component
@Order(1)
class DueOnTheWeek implements SessionColumn {

	private final SessionMeasures measures;

	DueOnTheWeek(SessionMeasures measures) {
		this.measures = measures;
	}

	@Override
	public String heading() {
		return "Due from the client";
	}

	@Override
	public String name() {
		return "due";
	}

	@Override
	public Map<UUID, String> cells(CurrentUser user, List<CareSession> sessions) {
		Map<UUID, String> cells = new HashMap<>();
		this.measures.due(user, sessions)
			.forEach((session, titles) -> cells.put(session, titles.isEmpty() ? "nothing" : String.join(", ", titles)));
		return cells;
	}

}
