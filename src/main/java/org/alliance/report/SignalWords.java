package org.alliance.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.alliance.care.CareSession;
import org.alliance.care.Episode;
import org.alliance.report.EpisodeReport.SignalLine;
import org.alliance.report.EpisodeReport.StepLine;
import org.alliance.signal.Signal;
import org.alliance.signal.SignalAction;
import org.alliance.signal.SignalStatus;
import org.alliance.signal.SignalStep;

/**
 * The signals of one episode and what was done about each, as the report prints them: the
 * steps with who took them and when, and how the signal was resolved.
 */
final class SignalWords {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ZoneId zone;

	/** Display names by email; anyone else (the system) is named as recorded. */
	private final Map<String, String> names;

	SignalWords(ZoneId zone, Map<String, String> names) {
		this.zone = zone;
		this.names = Map.copyOf(names);
	}

	/**
	 * The episode's signals, oldest first: those raised on one of its sessions, and those
	 * without a session whose day lies within it.
	 * @param sessions the episode's sessions
	 */
	List<SignalLine> of(List<Signal> signals, Episode episode, List<CareSession> sessions) {
		Set<UUID> ids = sessions.stream().map(CareSession::id).collect(Collectors.toSet());
		return signals.stream()
			.filter((s) -> (s.sessionId() != null) ? ids.contains(s.sessionId()) : within(day(s), episode))
			.sorted(Comparator.comparing(Signal::raisedAt))
			.map(this::line)
			.toList();
	}

	private SignalLine line(Signal s) {
		List<StepLine> steps = s.actions().stream().map((a) -> step(s.kind(), a)).toList();
		String acknowledged = (s.acknowledgedAt() != null)
				? "acknowledged by " + name(s.acknowledgedBy()) + ", " + when(s.acknowledgedAt()) : "";
		String resolution = "";
		if (s.resolvedAt() != null) {
			resolution = "resolved by " + name(s.resolvedBy()) + ", " + when(s.resolvedAt())
					+ ((s.resolutionReason() != null) ? " (" + s.resolutionReason().wireName().replace('-', ' ') + ")"
							: "")
					+ ((s.resolution() != null && !s.resolution().isBlank()) ? ": " + s.resolution() : "");
		}
		return new SignalLine(s.kind().replace('-', ' '), s.summary(),
				(s.occurredOn() != null) ? "session of " + s.occurredOn() : "", when(s.raisedAt()), status(s.status()),
				acknowledged, steps, resolution);
	}

	private StepLine step(String kind, SignalAction action) {
		String wording = SignalStep.forKind(kind)
			.stream()
			.filter((step) -> step.code().equals(action.step()))
			.map(SignalStep::wording)
			.findFirst()
			.orElse(action.step());
		return new StepLine(wording, (action.note() != null) ? action.note() : "", name(action.recordedBy()),
				when(action.recordedAt()));
	}

	private static String status(SignalStatus status) {
		return switch (status) {
			case OPEN -> "open";
			case ACKNOWLEDGED -> "acknowledged";
			case ACTION_RECORDED -> "being worked";
			case RESOLVED -> "resolved";
			case HISTORY -> "recorded as history (found after its window closed)";
		};
	}

	private String name(String email) {
		return (email == null) ? "" : this.names.getOrDefault(email, email);
	}

	private String when(Instant at) {
		return (at == null) ? "" : WHEN.format(at.atZone(this.zone));
	}

	private LocalDate day(Signal s) {
		return (s.occurredOn() != null) ? s.occurredOn() : s.raisedAt().atZone(this.zone).toLocalDate();
	}

	private static boolean within(LocalDate day, Episode episode) {
		return !day.isBefore(episode.start()) && (episode.end() == null || !day.isAfter(episode.end()));
	}

}
