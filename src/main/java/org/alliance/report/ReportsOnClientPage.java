package org.alliance.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.ClientPagePart;
import org.alliance.care.Episode;
import org.alliance.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The client page's list of episodes with a link to each one's report, page and PDF
 * ({@code templates/report/client-part.html}). A part, not a link in the care template,
 * because the report reads the modules that depend on {@code care}.
 */
@Component
@Order(20)
class ReportsOnClientPage implements ClientPagePart {

	private final Caseload caseload;

	ReportsOnClientPage(Caseload caseload) {
		this.caseload = caseload;
	}

	@Override
	public Optional<Fragment> of(CurrentUser user, Client client, List<CareSession> sessions) {
		List<Episode> episodes = this.caseload.episodes(user, client.id());
		if (episodes.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Fragment("report/client-part", "reports", Map.of("episodes", episodes)));
	}

}
