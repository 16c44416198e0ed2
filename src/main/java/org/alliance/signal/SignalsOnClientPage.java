package org.alliance.signal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliance.care.CareSession;
import org.alliance.care.Client;
import org.alliance.care.ClientPagePart;
import org.alliance.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The client's signals on their page, in inbox order: those still to be worked, those
 * resolved with what was done, and those recorded as history (found when their session
 * lay long past), each with its session's date.
 */
@Component
@Order(5)
class SignalsOnClientPage implements ClientPagePart {

	private final SignalInbox inbox;

	SignalsOnClientPage(SignalInbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public Optional<Fragment> of(CurrentUser user, Client client, List<CareSession> sessions) {
		List<Signal> signals = this.inbox.ofClient(user, client.id(), client.therapistId());
		if (signals.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Fragment("signal/client-part", "signals", Map.of("signals", signals)));
	}

}
