package org.alliance.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.alliance.reflection.Reflections;
import org.alliance.security.CurrentUser;
import org.alliance.simulate.SimulatedClient;
import org.alliance.simulate.SimulatedClinic;
import org.alliance.simulate.SimulatedResponse;
import org.alliance.simulate.SimulatedSession;

import org.springframework.context.ApplicationContext;

/**
 * What the demo clinic's therapists wrote and typed in themselves: a few private
 * reflection notes each, with tags, written as their author through
 * {@link Reflections#write} (so only that therapist sees them when signed in), and the
 * choice of a couple of measures that came in on paper, which the seeder enters on the
 * client's behalf. The only use of the {@code reflection} module outside it
 * ({@code ReflectionPrivacyTests} allows this class alone): it writes, never reads.
 */
final class DemoReflections {

	/** Notes per therapist. */
	static final int NOTES_EACH = 5;

	/** Therapists whose first client answered one session's symptom measures on paper. */
	static final int PAPER_THERAPISTS = 2;

	/** The earliest session whose symptom measures may have come in on paper. */
	static final int FIRST_PAPER_SESSION = 2;

	/** What the therapists wrote, with the tags they chose; used in turn. */
	private static final List<Note> BANK = List.of(
			new Note("Caught myself checking the clock while the week was gone over again; I went quiet instead of"
					+ " curious.", List.of("boredom")),
			new Note("Felt a pull to rescue when the job search came up, and gave more advice than I meant to.",
					List.of("protectiveness", "over-involvement")),
			new Note("Irritated when the homework came back undone a second time. Was it about my needing the task to"
					+ " work?", List.of("irritation")),
			new Note("Left feeling I had nothing useful to offer; the hopelessness in the room may be the client's as"
					+ " much as mine.", List.of("helplessness")),
			new Note("A warm, easy session. Check that I am not steering away from the harder topic because this feels"
					+ " good.", List.of("warmth")),
			new Note("Ran ten minutes over again, the third time with this client.", List.of("over-involvement")),
			new Note("Felt dismissed (\"this isn't helping\") and noticed I wanted to defend the approach rather than"
					+ " ask what was missing.", List.of("feeling-criticised", "irritation")),
			new Note("Nothing strong today; noted for the record.", List.of()));

	/**
	 * Each therapist's own recurring feeling, tagged on every other note whatever the
	 * client, so that the patterns page shows a pattern across clients.
	 */
	private static final List<String> THEMES = List.of("boredom", "protectiveness", "irritation", "over-involvement");

	private final Reflections reflections;

	DemoReflections(Reflections reflections) {
		this.reflections = reflections;
	}

	/** Over the services of a running application. */
	static DemoReflections in(ApplicationContext context) {
		return new DemoReflections(context.getBean(Reflections.class));
	}

	/**
	 * The PHQ-9 and GAD-7 of one session of a client in treatment of each of the first
	 * {@value #PAPER_THERAPISTS} therapists (the earliest session from 2 on with both),
	 * as {@code client#session#instrument} keys.
	 */
	static Set<String> onPaper(SimulatedClinic clinic) {
		Set<String> keys = new LinkedHashSet<>();
		for (SimulatedClient client : inTreatment(clinic).stream().limit(PAPER_THERAPISTS).toList()) {
			Set<String> answered = new LinkedHashSet<>();
			clinic.responses()
				.stream()
				.filter((r) -> r.clientKey().equals(client.key()) && "client".equals(r.respondent()))
				.forEach((r) -> answered.add(key(client.key(), r.sessionNumber(), r.instrument())));
			clinic.sessions()
				.stream()
				.filter((s) -> s.clientKey().equals(client.key()) && s.number() >= FIRST_PAPER_SESSION)
				.map(SimulatedSession::number)
				.filter((n) -> answered.contains(key(client.key(), n, "phq9"))
						&& answered.contains(key(client.key(), n, "gad7")))
				.findFirst()
				.ifPresent((n) -> List.of("phq9", "gad7").forEach((i) -> keys.add(key(client.key(), n, i))));
		}
		return keys;
	}

	static String key(String clientKey, int session, String instrument) {
		return clientKey + "#" + session + "#" + instrument;
	}

	static boolean onPaper(Set<String> keys, SimulatedResponse response) {
		return "client".equals(response.respondent())
				&& keys.contains(key(response.clientKey(), response.sessionNumber(), response.instrument()));
	}

	/**
	 * Writes {@value #NOTES_EACH} notes per therapist on the sessions of their clients in
	 * treatment: on each one's latest and first attended session in turn, so that the
	 * notes spread over clients and months; each written at the end of its session's day.
	 * @param therapists by therapist key, signed in as themselves
	 * @param sessionIds by {@code client#number}
	 * @param schedule when each session's steps took place
	 */
	void write(SimulatedClinic clinic, Map<String, CurrentUser> therapists, Map<String, UUID> sessionIds,
			DemoSchedule schedule) {
		int turn = 0;
		for (int t = 0; t < clinic.therapists().size(); t++) {
			String key = clinic.therapists().get(t).key();
			String theme = THEMES.get(t % THEMES.size());
			List<SimulatedSession> sessions = toWriteOn(clinic, key);
			for (int i = 0; i < NOTES_EACH && i < sessions.size(); i++) {
				SimulatedSession session = sessions.get(i);
				Note note = BANK.get(turn++ % BANK.size());
				Set<String> tags = new LinkedHashSet<>(note.tags());
				if (i % 2 == 0) {
					tags.add(theme);
				}
				this.reflections.write(therapists.get(key),
						sessionIds.get(session.clientKey() + "#" + session.number()), note.text(), List.copyOf(tags),
						schedule.at(session.date(), DemoSchedule.END_OF_DAY));
			}
		}
	}

	/**
	 * The therapist's sessions to write on: the latest then the first of each client in
	 * treatment, then of the clients who ended most recently (a therapist with few
	 * clients in treatment wrote about those too).
	 */
	private static List<SimulatedSession> toWriteOn(SimulatedClinic clinic, String therapistKey) {
		List<SimulatedClient> clients = new ArrayList<>();
		List<SimulatedClient> ended = new ArrayList<>();
		for (SimulatedClient client : clinic.clients()) {
			if (client.therapistKey().equals(therapistKey)) {
				((client.episodeEnd() == null) ? clients : ended).add(client);
			}
		}
		ended.sort(Comparator.comparing(SimulatedClient::episodeEnd).reversed());
		clients.addAll(ended);
		List<SimulatedSession> sessions = new ArrayList<>();
		for (SimulatedClient client : clients) {
			if (sessions.size() >= NOTES_EACH) {
				break;
			}
			List<SimulatedSession> attended = clinic.sessions()
				.stream()
				.filter((s) -> s.clientKey().equals(client.key()) && s.attended())
				.toList();
			if (!attended.isEmpty()) {
				sessions.add(attended.get(attended.size() - 1));
				if (attended.size() > 1) {
					sessions.add(attended.get(0));
				}
			}
		}
		return sessions;
	}

	/** The first client in treatment of each therapist, therapists in order. */
	private static List<SimulatedClient> inTreatment(SimulatedClinic clinic) {
		List<SimulatedClient> first = new ArrayList<>();
		clinic.therapists()
			.forEach((t) -> clinic.clients()
				.stream()
				.filter((c) -> c.therapistKey().equals(t.key()) && c.episodeEnd() == null)
				.filter((c) -> clinic.sessions().stream().filter((s) -> s.clientKey().equals(c.key())).count() > 2)
				.findFirst()
				.ifPresent(first::add));
		return first;
	}

	private record Note(String text, List<String> tags) {
	}

}
