package org.alliance.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.alliance.care.CareSession;
import org.alliance.care.Client;
import org.alliance.care.ClientPagePart;
import org.alliance.signal.SignalInbox;
import org.alliance.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The client page's measures: each session's scores and the client's feedback, the
 * symptom and alliance charts, the buttons that issue a personal link, and a link just
 * issued.
 */
@Component
@Order(10)
class MeasuresOnClientPage implements ClientPagePart {

	private final Responses responses;

	private final SignalInbox inbox;

	MeasuresOnClientPage(Responses responses, SignalInbox inbox) {
		this.responses = responses;
		this.inbox = inbox;
	}

	@Override
	public Optional<Fragment> of(CurrentUser user, Client client, List<CareSession> sessions) {
		Map<UUID, Map<String, StoredResponse>> bySession = new LinkedHashMap<>();
		this.responses.ofClient(user, client.id())
			.forEach((r) -> bySession.computeIfAbsent(r.sessionId(), (k) -> new LinkedHashMap<>())
				.put(r.instrument(), r));
		ScoreChart chart = ScoreChart.of(sessions, bySession,
				this.inbox.ofClient(user, client.id(), client.therapistId()));
		return Optional
			.of(new Fragment("measure/client-part", "measures", Map.of("bySession", bySession, "chart", chart)));
	}

}
