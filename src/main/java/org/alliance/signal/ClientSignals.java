package org.alliance.signal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One client's signals in the inbox, in inbox order, under the client's name.
 *
 * @param clientId the client
 * @param pseudonym the client's pseudonym, or null when the person may not see the client
 * @param signals never empty, the first the most urgent
 */
record ClientSignals(UUID clientId, String pseudonym, List<Signal> signals) {

	/** Signals still to be worked. */
	public long toWork() {
		return this.signals.stream().filter((signal) -> signal.status().inLoop()).count();
	}

	/**
	 * One group per client, ordered by each group's most urgent signal.
	 * @param signals in inbox order ({@link SignalPriority#INBOX_ORDER})
	 */
	static List<ClientSignals> of(List<Signal> signals, Map<UUID, String> pseudonyms) {
		Map<UUID, List<Signal>> byClient = new LinkedHashMap<>();
		signals.forEach((signal) -> byClient.computeIfAbsent(signal.clientId(), (k) -> new ArrayList<>()).add(signal));
		List<ClientSignals> groups = new ArrayList<>();
		byClient.forEach((client, its) -> groups.add(new ClientSignals(client, pseudonyms.get(client), its)));
		return groups;
	}

}
