package org.alliance.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.care.CareSession;
import org.alliance.care.Client;
import org.alliance.signal.Signal;
import org.alliance.signal.SignalStatus;

/**
 * One line of the caseload: who is at risk, at a glance.
 *
 * @param lastSession the latest session on or before today, or null
 * @param nextSession the first session after today, or null
 * @param topSignal the client's signal still to be worked that comes first in the inbox
 * (a risk answer before everything else), or null
 * @param openSignals how many of the client's signals are still to be worked
 */
record CaseloadGlance(CareSession lastSession, CareSession nextSession, Signal topSignal, int openSignals) {

	/** 0 for a risk answer to work, 1 for any other signal to work, 2 for none. */
	int urgency() {
		if (this.topSignal == null) {
			return 2;
		}
		return "risk".equals(this.topSignal.kind()) ? 0 : 1;
	}

	/**
	 * By client id.
	 * @param sessions by client, each list by date
	 * @param inbox the person's signals in inbox order
	 */
	static Map<UUID, CaseloadGlance> of(List<Client> clients, Map<UUID, List<CareSession>> sessions, List<Signal> inbox,
			LocalDate today) {
		Map<UUID, Signal> top = new HashMap<>();
		Map<UUID, Integer> open = new HashMap<>();
		for (Signal signal : inbox) {
			if (signal.status().inLoop()) {
				top.putIfAbsent(signal.clientId(), signal);
				open.merge(signal.clientId(), 1, Integer::sum);
			}
		}
		Map<UUID, CaseloadGlance> glance = new HashMap<>();
		for (Client client : clients) {
			CareSession last = null;
			CareSession next = null;
			for (CareSession session : sessions.getOrDefault(client.id(), List.of())) {
				if (!session.date().isAfter(today)) {
					last = session;
				}
				else if (next == null) {
					next = session;
				}
			}
			glance.put(client.id(),
					new CaseloadGlance(last, next, top.get(client.id()), open.getOrDefault(client.id(), 0)));
		}
		return glance;
	}

}
