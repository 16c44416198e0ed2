package org.alliance.signal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.care.CaseloadColumn;
import org.alliance.care.Client;
import org.alliance.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The caseload's "Signals to work" column: per client the signal still to be worked that
 * comes first in the inbox (a risk answer before everything else) and how many more there
 * are. A risk answer makes the client urgent, any other signal due.
 */
@Component
class SignalsAtAGlance implements CaseloadColumn {

	private final SignalInbox inbox;

	SignalsAtAGlance(SignalInbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public String heading() {
		return "Signals to work";
	}

	@Override
	public String name() {
		return "signals";
	}

	@Override
	public Map<UUID, Cell> cells(CurrentUser user, List<Client> clients) {
		Map<UUID, Signal> top = new HashMap<>();
		Map<UUID, Integer> open = new HashMap<>();
		for (Signal signal : this.inbox.inbox(user)) {
			if (signal.status().inLoop()) {
				top.putIfAbsent(signal.clientId(), signal);
				open.merge(signal.clientId(), 1, Integer::sum);
			}
		}
		Map<UUID, Cell> cells = new HashMap<>();
		top.forEach((client, signal) -> {
			int more = open.get(client) - 1;
			cells.put(client,
					new Cell(signal.kind(), "/signals/" + signal.id(), (more > 0) ? "+" + more + " more" : null,
							"risk".equals(signal.kind()) ? Attention.URGENT : Attention.DUE));
		});
		return cells;
	}

}
