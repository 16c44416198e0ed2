package org.alliance.collaboration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.api.FieldProblem;
import org.alliance.api.FieldRules;
import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;
import org.alliance.security.CurrentUser;
import org.alliance.storage.AsOf;
import org.alliance.storage.TimeOrderedIds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's goals: written in the client's words with their Goal Attainment Scaling
 * ladder, rated at each review, revised, achieved or dropped. A therapist reaches only
 * their own clients' goals; every read and write is audited. The one path for the API and
 * the pages.
 */
@Service
public class Goals {

	/** The heaviest weight a goal may carry. */
	public static final int MAX_WEIGHT = 100;

	static final int TEXT_LENGTH = 500;

	private final CollaborationRecords records;

	private final Caseload caseload;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	private final CollaborationSettings settings;

	private final Clock clock;

	Goals(CollaborationRecords records, Caseload caseload, AuditTrail audit, JdbcTemplate jdbc,
			CollaborationSettings settings, Clock clock) {
		this.records = records;
		this.caseload = caseload;
		this.audit = audit;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** The goals of the client's current episode, oldest first, revised ones included. */
	public List<Goal> of(CurrentUser user, UUID clientId) {
		Client client = this.caseload.visibleClient(user, clientId);
		this.audit.recordRead(user, "goal-list", clientId);
		return ofEpisode(client, episode(client));
	}

	/** The GAS T-score over the active goals' latest ratings. */
	public GoalAttainment attainment(CurrentUser user, UUID clientId) {
		return GoalAttainment.of(of(user, clientId));
	}

	/** When the goals are next reviewed, or null when no goal is active. */
	public GoalReview review(List<Goal> goals, int nextSession) {
		return GoalReview.of(goals, nextSession, this.settings.reviewEvery());
	}

	/**
	 * Writes a goal in the client's open episode, set at its latest session.
	 * @throws InvalidRequest naming {@code text}, {@code levels.<level>}, {@code weight}
	 * or {@code writtenBy}
	 */
	@Transactional
	public Goal write(CurrentUser user, UUID clientId, GoalDraft draft) {
		Client client = this.caseload.clientToActOn(user, clientId);
		return insert(user, client, draft, null, this.clock.instant());
	}

	/**
	 * Writes a goal as {@link #write(CurrentUser, UUID, GoalDraft)} does, at a past
	 * moment: a simulated or imported history's (the demo clinic's goals on the days of
	 * the sessions they were set at). No route calls it: a person's goal is recorded when
	 * it is written.
	 * @param asOf not in the future
	 */
	@Transactional
	public Goal write(CurrentUser user, UUID clientId, GoalDraft draft, Instant asOf) {
		Client client = this.caseload.clientToActOn(user, clientId);
		return insert(user, client, draft, null, AsOf.past(asOf, this.clock));
	}

	/**
	 * Revises an active goal: the new wording and ladder become a goal of their own that
	 * names the one it revises, which keeps its ratings and is marked revised.
	 */
	@Transactional
	public Goal revise(CurrentUser user, UUID goalId, GoalDraft draft) {
		Goal goal = toActOn(user, goalId);
		requireActive(goal);
		Goal revised = insert(user, this.caseload.clientToActOn(user, goal.clientId()), draft, goal.id(),
				this.clock.instant());
		this.records.changeStatus(user.clinicId(), goal.id(), GoalStatus.REVISED);
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.UPDATE, "goal", goal.id()));
		return revised;
	}

	/**
	 * Marks an active goal achieved or dropped.
	 * @throws InvalidRequest naming {@code status} for any other value
	 */
	@Transactional
	public Goal changeStatus(CurrentUser user, UUID goalId, String status) {
		Goal goal = toActOn(user, goalId);
		GoalStatus next = GoalStatus.fromWire(status).orElse(null);
		if (next != GoalStatus.ACHIEVED && next != GoalStatus.DROPPED) {
			throw InvalidRequest.of("status", "Use achieved or dropped; a goal is revised by writing its new wording.");
		}
		requireActive(goal);
		this.records.changeStatus(user.clinicId(), goalId, next);
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.UPDATE, "goal", goalId));
		return goal.withStatus(next);
	}

	/**
	 * Records the level an active goal reached at a session of its episode.
	 * @param session the session's number, booked in the goal's open episode
	 * @param level from −2 to +2
	 * @param rater {@code therapist} (when null) or {@code client}; a client's rating
	 * entered by staff is recorded as entered on the client's behalf
	 * @throws InvalidRequest naming {@code session}, {@code level} or {@code rater}
	 */
	@Transactional
	public GoalRating rate(CurrentUser user, UUID goalId, Integer session, Integer level, String rater) {
		return rate(user, toActOn(user, goalId), session, level, rater, this.clock.instant());
	}

	/**
	 * Records a goal's level as
	 * {@link #rate(CurrentUser, UUID, Integer, Integer, String)} does, at a past moment:
	 * a simulated or imported history's (the demo clinic's reviews on their sessions'
	 * days). No route calls it: a person's rating is recorded when it is given.
	 * @param asOf not in the future
	 */
	@Transactional
	public GoalRating rate(CurrentUser user, UUID goalId, Integer session, Integer level, String rater, Instant asOf) {
		return rate(user, toActOn(user, goalId), session, level, rater, AsOf.past(asOf, this.clock));
	}

	private GoalRating rate(CurrentUser user, Goal goal, Integer session, Integer level, String rater, Instant at) {
		UUID goalId = goal.id();
		List<FieldProblem> problems = new ArrayList<>();
		FieldRules.whole(problems, "session", session, 1, Caseload.MAX_SESSION_NUMBER);
		if (level == null || level < AttainmentLevel.LOWEST || level > AttainmentLevel.HIGHEST) {
			problems.add(new FieldProblem("level", AttainmentLevel.CHOICES));
		}
		Rater who = (rater == null || rater.isBlank()) ? Rater.THERAPIST : Rater.fromWire(rater).orElse(null);
		if (who == null) {
			problems.add(new FieldProblem("rater", Rater.CHOICES));
		}
		FieldRules.refuseIfAny(problems);
		ClientEpisode episode = ClientEpisode
			.of(this.caseload.clientCareForEvaluation(user.clinicId(), goal.clientId()));
		if (!goal.episodeId().equals(episode.episodeId()) || !episode.open()) {
			throw InvalidRequest.of("id", "This goal belongs to an episode of care that has ended.");
		}
		requireActive(goal);
		if (episode.session(session).isEmpty()) {
			throw InvalidRequest.of("session",
					"The current episode has no session " + session + " yet; record the session first.");
		}
		GoalRating rating = new GoalRating(TimeOrderedIds.next(), goalId, session, level, who, user.email(),
				who == Rater.CLIENT, at);
		this.records.insert(user.clinicId(), rating);
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.CREATE, "goal-rating", rating.id()));
		return rating;
	}

	/**
	 * The goals of the client's current episode for the client's own portal; the caller
	 * audits the read.
	 */
	List<Goal> forClient(Client client) {
		return ofEpisode(client, episode(client));
	}

	private Goal insert(CurrentUser user, Client client, GoalDraft draft, UUID revises, Instant at) {
		List<FieldProblem> problems = new ArrayList<>();
		FieldRules.text(problems, "text", draft.text(), TEXT_LENGTH, true);
		Map<Integer, String> ladder = ladder(problems, draft.levels());
		int weight = (draft.weight() != null) ? draft.weight() : 1;
		FieldRules.whole(problems, "weight", weight, 1, MAX_WEIGHT);
		Wording writtenBy = (draft.writtenBy() == null || draft.writtenBy().isBlank()) ? Wording.CLIENT
				: Wording.fromWire(draft.writtenBy()).orElse(null);
		if (writtenBy == null) {
			problems.add(new FieldProblem("writtenBy", Wording.CHOICES));
		}
		if (draft.setSession() != null) {
			FieldRules.whole(problems, "setSession", draft.setSession(), 1, Caseload.MAX_SESSION_NUMBER);
		}
		FieldRules.refuseIfAny(problems);
		ClientEpisode episode = episode(client);
		episode.requireOpen("text");
		int setAt = (draft.setSession() != null) ? draft.setSession() : episode.lastNumber();
		if (draft.setSession() != null && episode.session(setAt).isEmpty()) {
			throw InvalidRequest.of("setSession",
					"The current episode has no session " + setAt + " yet; record the session first.");
		}
		Goal goal = new Goal(TimeOrderedIds.next(), user.clinicId(), client.id(), episode.episodeId(),
				draft.text().strip(), ladder, weight, GoalStatus.ACTIVE, writtenBy, setAt, revises, user.email(), at,
				List.of());
		this.records.insert(goal);
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.CREATE, "goal", goal.id()));
		return goal;
	}

	/** The ladder's five texts; each level missing, blank or unknown is named. */
	private static Map<Integer, String> ladder(List<FieldProblem> problems, Map<String, String> levels) {
		Map<String, String> given = (levels != null) ? levels : Map.of();
		Map<Integer, String> ladder = new HashMap<>();
		given.keySet()
			.stream()
			.filter((key) -> AttainmentLevel.ALL.stream().noneMatch((level) -> String.valueOf(level).equals(key)))
			.sorted()
			.forEach((key) -> problems
				.add(new FieldProblem("levels." + key, "A ladder has the levels -2, -1, 0, 1 and 2 only.")));
		for (int level : AttainmentLevel.ALL) {
			String field = "levels." + level;
			String text = given.get(String.valueOf(level));
			if (text == null || text.isBlank()) {
				problems.add(new FieldProblem(field,
						"Write what level " + level + " (" + AttainmentLevel.words(level) + ") looks like."));
			}
			else if (FieldRules.text(problems, field, text, TEXT_LENGTH, true)) {
				ladder.put(level, text.strip());
			}
		}
		return ladder;
	}

	private ClientEpisode episode(Client client) {
		return ClientEpisode.of(this.caseload.clientCareForEvaluation(client.clinicId(), client.id()));
	}

	private List<Goal> ofEpisode(Client client, ClientEpisode episode) {
		return this.records.goalsOfClient(client.clinicId(), client.id())
			.stream()
			.filter((goal) -> goal.episodeId().equals(episode.episodeId()))
			.toList();
	}

	private static void requireActive(Goal goal) {
		if (!goal.active()) {
			throw InvalidRequest.of("id",
					"This goal is " + goal.status().wireName() + "; only an active goal changes.");
		}
	}

	/**
	 * The goal, if this person may see its client; not audited (the caller acts on it).
	 */
	Goal visibleGoal(CurrentUser user, UUID goalId) {
		return visible(user, goalId);
	}

	/** The goal, if this person may see its client. */
	private Goal visible(CurrentUser user, UUID goalId) {
		return goal(user, goalId, false);
	}

	/** The goal, if this person may change its client's records. */
	private Goal toActOn(CurrentUser user, UUID goalId) {
		return goal(user, goalId, true);
	}

	private Goal goal(CurrentUser user, UUID goalId, boolean toActOn) {
		NotFound missing = new NotFound("id", "No goal " + goalId + " among your clients' goals.");
		Goal goal = this.records.goal(user.clinicId(), goalId).orElseThrow(() -> missing);
		try {
			if (toActOn) {
				this.caseload.clientToActOn(user, goal.clientId());
			}
			else {
				this.caseload.visibleClient(user, goal.clientId());
			}
		}
		catch (NotFound ex) {
			throw missing;
		}
		return goal;
	}

}
