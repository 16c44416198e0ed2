package org.alliance.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

	/** The session whose symptom measures came in on paper. */
	static final int PAPER_SESSION = 2;

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
	 * The PHQ-9 and GAD-7 of session {@value #PAPER_SESSION} of the first client of the
	 * first {@value #PAPER_THERAPISTS} therapists, as {@code client#session#instrument}
	 * keys, when that session was attended.
	 */
	static Set<String> onPaper(SimulatedClinic clinic) {
		Set<String> keys = new LinkedHashSet<>();
		firstClients(clinic).stream().limit(PAPER_THERAPISTS).forEach((client) -> {
			for (String instrument : List.of("phq9", "gad7")) {
				keys.add(key(client.key(), PAPER_SESSION, instrument));
			}
		});
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
	 * Writes {@value #NOTES_EACH} notes per therapist on the latest attended sessions of
	 * their first clients.
	 * @param therapists by therapist key, signed in as themselves
	 * @param sessionIds by {@code client#number}
	 */
	void write(SimulatedClinic clinic, Map<String, CurrentUser> therapists, Map<String, UUID> sessionIds) {
		int turn = 0;
		int therapist = 0;
		for (Map.Entry<String, List<SimulatedSession>> entry : attendedByTherapist(clinic).entrySet()) {
			CurrentUser author = therapists.get(entry.getKey());
			String theme = THEMES.get(therapist++ % THEMES.size());
			List<SimulatedSession> sessions = entry.getValue();
			for (int i = 0; i < NOTES_EACH && i < sessions.size(); i++) {
				SimulatedSession session = sessions.get(i);
				Note note = BANK.get(turn++ % BANK.size());
				Set<String> tags = new LinkedHashSet<>(note.tags());
				if (i % 2 == 0) {
					tags.add(theme);
				}
				this.reflections.write(author, sessionIds.get(session.clientKey() + "#" + session.number()),
						note.text(), List.copyOf(tags));
			}
		}
	}

	/**
	 * Each therapist's attended sessions to write on: the last two of each client,
	 * clients in order, so that the notes spread over clients and months.
	 */
	private static Map<String, List<SimulatedSession>> attendedByTherapist(SimulatedClinic clinic) {
		Map<String, String> therapistOf = new LinkedHashMap<>();
		clinic.clients().forEach((c) -> therapistOf.put(c.key(), c.therapistKey()));
		Map<String, List<SimulatedSession>> byClient = new LinkedHashMap<>();
		clinic.sessions()
			.stream()
			.filter(SimulatedSession::attended)
			.forEach((s) -> byClient.computeIfAbsent(s.clientKey(), (k) -> new ArrayList<>()).add(s));
		Map<String, List<SimulatedSession>> byTherapist = new LinkedHashMap<>();
		byClient.forEach((client, sessions) -> {
			List<SimulatedSession> lastTwo = sessions.subList(Math.max(0, sessions.size() - 2), sessions.size());
			byTherapist.computeIfAbsent(therapistOf.get(client), (k) -> new ArrayList<>()).addAll(lastTwo);
		});
		return byTherapist;
	}

	private static List<SimulatedClient> firstClients(SimulatedClinic clinic) {
		Map<String, SimulatedClient> first = new LinkedHashMap<>();
		clinic.therapists()
			.forEach((t) -> clinic.clients()
				.stream()
				.filter((c) -> c.therapistKey().equals(t.key()))
				.findFirst()
				.ifPresent((c) -> first.put(t.key(), c)));
		return List.copyOf(first.values());
	}

	private record Note(String text, List<String> tags) {
	}

}
