package org.alliance.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.alliance.api.FieldProblem;
import org.alliance.api.FieldRules;
import org.alliance.api.InvalidRequest;

/**
 * What the inbox shows: signals of one kind, and for a supervisor those of one
 * therapist's clients. Read from the page's query ({@code ?kind=rupture&therapist=<id>}),
 * so that a filtered inbox is a link to share.
 *
 * @param kind the kind of signal, or null for every kind
 * @param therapist the therapist's user id, or null for every therapist
 */
record InboxFilter(String kind, UUID therapist) {

	/** No filter: every signal the person sees. */
	static final InboxFilter NONE = new InboxFilter(null, null);

	/**
	 * The kinds of signal the modules raise today; the filter offers them even before the
	 * first is raised, so that a shared link never fails for want of one.
	 */
	static final List<String> RAISED_KINDS = List.of("risk", "rupture", "perception-gap", "not-on-track",
			"dropout-risk", "task-rupture");

	/**
	 * Reads the query. A therapist's inbox holds only their own clients, so the therapist
	 * field is a supervisor's alone and ignored otherwise.
	 * @param kinds the kinds offered ({@link #kinds})
	 * @param therapists the clinic's therapists by id, for a supervisor; empty otherwise
	 * @throws InvalidRequest naming {@code kind} or {@code therapist} for a value that is
	 * not offered
	 */
	static InboxFilter read(String kind, String therapist, Set<String> kinds, Map<UUID, String> therapists) {
		List<FieldProblem> problems = new ArrayList<>();
		String chosenKind = blank(kind) ? null : kind.strip();
		if (chosenKind != null && !kinds.contains(chosenKind)) {
			problems.add(new FieldProblem("kind", "There is no kind of signal called \"" + shorten(chosenKind)
					+ "\". Choose one of: " + String.join(", ", kinds) + "."));
		}
		UUID chosenTherapist = null;
		if (!therapists.isEmpty() && !blank(therapist)) {
			chosenTherapist = id(therapist).filter(therapists::containsKey).orElse(null);
			if (chosenTherapist == null) {
				problems.add(new FieldProblem("therapist", "Choose one of the clinic's therapists."));
			}
		}
		FieldRules.refuseIfAny(problems);
		return new InboxFilter(chosenKind, chosenTherapist);
	}

	/** The kinds offered: those raised today and any other among the person's signals. */
	static Set<String> kinds(List<Signal> signals) {
		Set<String> kinds = new TreeSet<>(RAISED_KINDS);
		signals.forEach((signal) -> kinds.add(signal.kind()));
		return kinds;
	}

	boolean admits(Signal signal) {
		return (this.kind == null || this.kind.equals(signal.kind()))
				&& (this.therapist == null || this.therapist.equals(signal.therapistId()));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static Optional<UUID> id(String value) {
		try {
			return Optional.of(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** A typed value as the message quotes it: at most 40 characters. */
	private static String shorten(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}
