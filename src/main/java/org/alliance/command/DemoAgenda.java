package org.alliance.command;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.alliance.collaboration.Agenda;
import org.alliance.collaboration.AgendaItem;
import org.alliance.security.CurrentUser;
import org.alliance.simulate.SimulatedClient;
import org.alliance.simulate.SimulatedClinic;
import org.alliance.simulate.SimulatedSession;

/**
 * The topics the demo clinic's clients in treatment asked to talk about: for every other
 * client, one or two for their latest session, still to take up in the brief, and one for
 * the session before it that the therapist took up. The simulator plants no agenda, so
 * these are written here, through the collaboration services, as entered for the client
 * (the demo has no phone to propose them from; the pages and the API say
 * {@code onBehalf}) before the session they are for, on its day, and taken up in it.
 */
final class DemoAgenda {

	private static final List<String> TOPICS = List.of("How to handle Sunday evenings, when the week ahead looms",
			"The argument with my sister last weekend", "Whether to go back to work full time",
			"Sleep: I still wake at 4 and can't get back", "What we do when the exercises don't help",
			"Talking to my GP about the medication", "I want to practise saying no to extra shifts",
			"Why I nearly cancelled today");

	private final Agenda agenda;

	DemoAgenda(Agenda agenda) {
		this.agenda = agenda;
	}

	/**
	 * @param sessionIds the sessions' ids by {@code clientKey#number}
	 * @param therapists each client's therapist by client key
	 * @param schedule when each session's steps took place
	 */
	void write(SimulatedClinic clinic, Map<String, UUID> sessionIds, Map<String, CurrentUser> therapists,
			DemoSchedule schedule) {
		List<SimulatedClient> inTreatment = clinic.clients().stream().filter((c) -> c.episodeEnd() == null).toList();
		for (int i = 0; i < inTreatment.size(); i += 2) {
			SimulatedClient client = inTreatment.get(i);
			List<Integer> numbers = clinic.sessions()
				.stream()
				.filter((s) -> s.clientKey().equals(client.key()))
				.map(SimulatedSession::number)
				.sorted(Comparator.reverseOrder())
				.toList();
			if (numbers.size() < 2) {
				continue;
			}
			CurrentUser therapist = therapists.get(client.key());
			UUID latest = sessionIds.get(client.key() + "#" + numbers.get(0));
			UUID before = sessionIds.get(client.key() + "#" + numbers.get(1));
			Instant proposedBefore = schedule.atSession(client.key(), numbers.get(1), DemoSchedule.CLIENT_ANSWERS);
			Instant takenUp = schedule.atSession(client.key(), numbers.get(1), DemoSchedule.SESSION);
			Instant proposedLatest = schedule.atSession(client.key(), numbers.get(0), DemoSchedule.CLIENT_ANSWERS);
			Optional.of(this.agenda.propose(therapist, before, topic(i + 3), proposedBefore))
				.map(AgendaItem::id)
				.ifPresent((item) -> this.agenda.takeUp(therapist, item, takenUp));
			this.agenda.propose(therapist, latest, topic(i), proposedLatest);
			if (i % 4 == 0) {
				this.agenda.propose(therapist, latest, topic(i + 1), proposedLatest);
			}
		}
	}

	private static String topic(int index) {
		return TOPICS.get(index % TOPICS.size());
	}

}
