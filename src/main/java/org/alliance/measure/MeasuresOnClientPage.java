package org.alliance.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.alliance.care.CareSession;
import org.alliance.care.Client;
import org.alliance.care.ClientPagePart;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.signal.SignalInbox;
import org.alliance.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The client page's measures: each session's scores and the client's feedback, the
 * symptom and alliance charts, the buttons that issue a personal link, a link just
 * issued, and the links still working, each with its button to revoke it.
 */
@Component
@Order(10)
class MeasuresOnClientPage implements ClientPagePart {

	private final Responses responses;

	private final SignalInbox inbox;

	private final ClientLinks links;

	private final InstrumentCatalog catalog;

	MeasuresOnClientPage(Responses responses, SignalInbox inbox, ClientLinks links, InstrumentCatalog catalog) {
		this.responses = responses;
		this.inbox = inbox;
		this.links = links;
		this.catalog = catalog;
	}

	@Override
	public Optional<Fragment> of(CurrentUser user, Client client, List<CareSession> sessions) {
		Map<UUID, Map<String, StoredResponse>> bySession = new LinkedHashMap<>();
		this.responses.ofClient(user, client.id())
			.forEach((r) -> bySession.computeIfAbsent(r.sessionId(), (k) -> new LinkedHashMap<>())
				.put(r.instrument(), r));
		ScoreChart chart = ScoreChart.of(sessions, bySession,
				this.inbox.ofClient(user, client.id(), client.therapistId()));
		List<LinkStatus> working = this.links.workingOfClient(user, client, sessions);
		Map<String, String> titles = new LinkedHashMap<>();
		working.forEach((link) -> link.instruments()
			.forEach((code) -> titles.put(code, this.catalog.find(code).map(Instrument::title).orElse(code))));
		return Optional.of(new Fragment("measure/client-part", "measures",
				Map.of("bySession", bySession, "chart", chart, "links", working, "titles", titles)));
	}

}
