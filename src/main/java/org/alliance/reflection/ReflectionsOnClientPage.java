package org.alliance.reflection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliance.alliance.BriefPart;
import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.ClientPagePart;
import org.alliance.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The client's therapist's own reflection notes on the client page and in the session
 * brief ({@code templates/reflection/client-part.html}): the latest notes about the
 * client and a link per session to write one. Nothing at all for anyone else who opens
 * the page (a supervisor, an admin): their view of the client never reads a note.
 */
@Component
@Order(30)
class ReflectionsOnClientPage implements ClientPagePart, BriefPart {

	/** The brief shows the latest few notes; the client page all of them. */
	static final int IN_BRIEF = 3;

	/** Links to write on the latest sessions, newest first. */
	static final int SESSIONS_LINKED = 8;

	private final Reflections reflections;

	private final Caseload caseload;

	ReflectionsOnClientPage(Reflections reflections, Caseload caseload) {
		this.reflections = reflections;
		this.caseload = caseload;
	}

	@Override
	public Optional<Fragment> of(CurrentUser user, Client client, List<CareSession> sessions) {
		return part(user, client, sessions, Integer.MAX_VALUE);
	}

	@Override
	public Optional<Fragment> of(CurrentUser user, Client client) {
		if (!Reflections.isTherapistOf(user, client.therapistId())) {
			return Optional.empty();
		}
		return part(user, client, this.caseload.sessions(user, client.id()), IN_BRIEF);
	}

	private Optional<Fragment> part(CurrentUser user, Client client, List<CareSession> sessions, int shown) {
		return this.reflections.aboutClient(user, client).map((notes) -> {
			List<ReflectionNote> newestFirst = new ArrayList<>(notes);
			Collections.reverse(newestFirst);
			List<CareSession> latest = sessions.stream()
				.sorted(Comparator.comparing(CareSession::date).thenComparingInt(CareSession::number).reversed())
				.limit(SESSIONS_LINKED)
				.toList();
			return new Fragment("reflection/client-part", "reflections",
					Map.of("notes", newestFirst.stream().limit(shown).toList(), "sessions", latest));
		});
	}

}
