package org.alliance.collaboration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.ClientPagePart.Fragment;
import org.alliance.measure.LinkPagePart;
import org.alliance.measure.LinkVisit;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The client's portal behind the personal link, after the measures due: the client's
 * active goals in their own words (read only), the tasks to tick done, partly or not
 * done, and the agenda to propose for the link's session ({@code templates/collaboration/
 * portal-part.html}), in English or Spanish. Each read is audited under
 * {@code client-link}.
 */
@Component
@Order(10)
class CollaborationOnLinkPage implements LinkPagePart {

	private final Goals goals;

	private final Tasks tasks;

	private final Agenda agenda;

	private final Caseload caseload;

	private final JdbcTemplate jdbc;

	private final CollaborationSettings settings;

	CollaborationOnLinkPage(Goals goals, Tasks tasks, Agenda agenda, Caseload caseload, JdbcTemplate jdbc,
			CollaborationSettings settings) {
		this.goals = goals;
		this.tasks = tasks;
		this.agenda = agenda;
		this.caseload = caseload;
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	public Optional<Fragment> of(LinkVisit visit, String token, String language) {
		return Optional.of(new Fragment("collaboration/portal-part", "portal", values(visit, Map.of(), Map.of())));
	}

	/**
	 * The portal's values; a refused form's messages by field ({@code task-<id>},
	 * {@code text}) and what was typed.
	 */
	Map<String, Object> values(LinkVisit visit, Map<String, String> errors, Map<String, String> given) {
		Client client = this.caseload.clientForEvaluation(visit.session().clinicId(), visit.session().clientId())
			.orElseThrow();
		AuditTrail.append(this.jdbc, AuditTrail.entry(client.clinicId(), Tasks.CLIENT_LINK, AuditAction.READ,
				"collaboration-portal", client.id()));
		List<Goal> active = this.goals.forClient(client).stream().filter(Goal::active).toList();
		List<AgendaItem> proposed = this.agenda.forLink(visit);
		Map<String, Object> values = new HashMap<>();
		values.put("goals", active);
		values.put("tasks", this.tasks.toTick(visit));
		values.put("agenda", proposed);
		values.put("agendaFull", proposed.size() >= this.settings.agendaItemsPerSession());
		values.put("agendaOpen", this.agenda.openForProposals(visit));
		values.put("agendaMax", this.settings.agendaItemsPerSession());
		values.put("session", visit.session().session().number());
		values.put("portalErrors", errors);
		values.put("portalGiven", given);
		return values;
	}

}
