package org.alliance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliance.PageSession;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.collaboration.Agenda;
import org.alliance.collaboration.GoalDraft;
import org.alliance.collaboration.Goals;
import org.alliance.collaboration.TaskDraft;
import org.alliance.collaboration.Tasks;
import org.alliance.security.CurrentUser;
import org.alliance.signal.NewSignal;
import org.alliance.signal.SignalInbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page route that takes an id, walked with an id of every other kind in its place:
 * a client's id where a session's belongs, a rupture signal where a task rupture's
 * belongs, another client's session or episode beside this client, an id of nothing. None
 * may answer 5xx. The routes are read from the application's own mappings, so a new page
 * route is walked without a change here.
 */
class WrongKindOfIdTests extends ServerOnH2 {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	/** Variables that are not ids, with a value each route takes. */
	private static final Map<String, String> FIXED = Map.of("instrument", "phq9", "form", "own");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Caseload caseload;

	@Autowired
	SignalInbox inbox;

	@Autowired
	Goals goals;

	@Autowired
	Tasks tasks;

	@Autowired
	Agenda agenda;

	@Test
	void noPageRouteAnswersAServerErrorForAnIdOfTheWrongKind() {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Map<String, UUID> ids = idsOfEveryKind(clinic, therapist);
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		List<String> failures = new ArrayList<>();
		Set<String> walked = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			if (AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class)) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.contains("{") || pattern.startsWith("/r/")) {
					continue;
				}
				for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
					for (String path : paths(pattern, ids)) {
						walked.add(verb + " " + pattern);
						int status = (verb == RequestMethod.GET) ? pages.get(path).status()
								: pages.post(path, Map.of()).status();
						if (status >= 500) {
							failures.add(verb + " " + path + " answered " + status);
						}
						if (verb == RequestMethod.POST) {
							pages.get("/clients");
						}
					}
				}
			}
		});
		assertThat(walked).contains("GET /signals/{id}/renegotiation", "POST /signals/{id}/renegotiation",
				"GET /clients/{id}/episodes/{episodeId}/report", "POST /goals/{id}/ratings");
		assertThat(failures).isEmpty();
		// A rupture is no task rupture: its renegotiation page does not exist.
		assertThat(pages.get("/signals/" + ids.get("rupture signal") + "/renegotiation").status()).isEqualTo(404);
	}

	/** The pattern with each id variable in turn given an id of every kind. */
	private static List<String> paths(String pattern, Map<String, UUID> ids) {
		List<String> variables = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(pattern);
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		List<String> paths = new ArrayList<>();
		for (String varied : variables) {
			if (FIXED.containsKey(varied)) {
				continue;
			}
			for (UUID id : ids.values()) {
				String path = pattern;
				for (String variable : variables) {
					String value = variable.equals(varied) ? id.toString()
							: FIXED.getOrDefault(variable, rightIdFor(variable, ids));
					path = path.replace("{" + variable + "}", value);
				}
				paths.add(path);
			}
		}
		return paths;
	}

	private static String rightIdFor(String variable, Map<String, UUID> ids) {
		return switch (variable) {
			case "episodeId" -> ids.get("episode").toString();
			case "sessionId" -> ids.get("session").toString();
			default -> ids.get("client").toString();
		};
	}

	private Map<String, UUID> idsOfEveryKind(TestClinic clinic, CurrentUser therapist) {
		Map<String, UUID> ids = new LinkedHashMap<>();
		Client client = admitWithSessions(therapist, clinic);
		Client other = admitWithSessions(therapist, clinic);
		ids.put("client", client.id());
		ids.put("session", this.caseload.sessions(therapist, client.id()).get(0).id());
		ids.put("episode", this.caseload.episodes(therapist, client.id()).get(0).id());
		ids.put("other client's session", this.caseload.sessions(therapist, other.id()).get(0).id());
		ids.put("other client's episode", this.caseload.episodes(therapist, other.id()).get(0).id());
		String key = "rupture:" + client.id() + ":wrong-kind";
		this.inbox.raise(new NewSignal(clinic.id(), client.id(), therapist.userId(), null, "rupture", key,
				"Bond fell at session 1", "{\"scale\":\"bond\"}"));
		ids.put("rupture signal",
				this.jdbc.queryForObject("select id from signal where source_key = ?", UUID.class, key));
		ids.put("goal",
				this.goals
					.write(therapist, client.id(),
							new GoalDraft("Sleep better", Map.of("-2", "a", "-1", "b", "0", "c", "1", "d", "2", "e"), 1,
									"client"))
					.id());
		ids.put("task",
				this.tasks.set(therapist, client.id(), new TaskDraft("Walk daily", "Energy", "agreed", 20, 1, 2)).id());
		ids.put("agenda item", this.agenda.propose(therapist, ids.get("session"), "Talk about work").id());
		ids.put("other clinic's therapist", newClinic().therapist().account().id());
		ids.put("nothing", UUID.randomUUID());
		return ids;
	}

	private Client admitWithSessions(CurrentUser therapist, TestClinic clinic) {
		Client client = this.caseload.admit(therapist, "W-" + UUID.randomUUID().toString().substring(0, 8),
				clinic.therapist().email(), LocalDate.now().minusWeeks(3));
		this.caseload.recordSession(therapist, client.id(), 1, LocalDate.now().minusWeeks(2), Attendance.ATTENDED);
		this.caseload.recordSession(therapist, client.id(), 2, LocalDate.now().minusWeeks(1), Attendance.ATTENDED);
		return client;
	}

}
