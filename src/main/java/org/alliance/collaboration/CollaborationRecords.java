package org.alliance.collaboration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The collaboration tables. Every query names the clinic, so no query can cross clinics.
 */
@Repository
class CollaborationRecords {

	private static final String[] LEVEL_COLUMNS = { "level_minus_2", "level_minus_1", "level_0", "level_plus_1",
			"level_plus_2" };

	private static final RowMapper<GoalRating> RATING = (rs, i) -> new GoalRating(rs.getObject("id", UUID.class),
			rs.getObject("goal_id", UUID.class), rs.getInt("session_number"), rs.getInt("attained_level"),
			Rater.valueOf(rs.getString("rater")), rs.getString("entered_by"), rs.getBoolean("on_behalf"),
			rs.getTimestamp("recorded_at").toInstant());

	private static final RowMapper<TaskCompletion> COMPLETION = (rs, i) -> new TaskCompletion(
			rs.getObject("id", UUID.class), rs.getObject("task_id", UUID.class),
			CompletionStatus.valueOf(rs.getString("status")), rs.getInt("session_number"), rs.getString("entered_by"),
			rs.getBoolean("on_behalf"), rs.getTimestamp("recorded_at").toInstant());

	private static final RowMapper<AgendaItem> AGENDA = (rs, i) -> new AgendaItem(rs.getObject("id", UUID.class),
			rs.getObject("client_id", UUID.class), rs.getObject("session_id", UUID.class), rs.getInt("number"),
			rs.getString("wording"), rs.getString("entered_by"), rs.getBoolean("on_behalf"),
			rs.getTimestamp("proposed_at").toInstant(), instant(rs.getTimestamp("taken_up_at")),
			rs.getString("taken_up_by"));

	private final JdbcTemplate jdbc;

	CollaborationRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Goal goal) {
		this.jdbc.update("""
				insert into goal (id, clinic_id, client_id, episode_id, wording, level_minus_2, level_minus_1, level_0,
				level_plus_1, level_plus_2, weight, status, written_by, set_session, revises, entered_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", goal.id(), goal.clinicId(),
				goal.clientId(), goal.episodeId(), goal.wording(), goal.levelText(-2), goal.levelText(-1),
				goal.levelText(0), goal.levelText(1), goal.levelText(2), goal.weight(), goal.status().name(),
				goal.writtenBy().name(), goal.setSession(), goal.revises(), goal.enteredBy(),
				Timestamp.from(goal.createdAt()));
	}

	void changeStatus(UUID clinicId, UUID goalId, GoalStatus status) {
		this.jdbc.update("update goal set status = ? where clinic_id = ? and id = ?", status.name(), clinicId, goalId);
	}

	void insert(UUID clinicId, GoalRating rating) {
		this.jdbc.update("""
				insert into goal_rating (id, clinic_id, goal_id, session_number, attained_level, rater, entered_by,
				on_behalf, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rating.id(), clinicId, rating.goalId(),
				rating.session(), rating.level(), rating.rater().name(), rating.enteredBy(), rating.onBehalf(),
				Timestamp.from(rating.recordedAt()));
	}

	Optional<Goal> goal(UUID clinicId, UUID goalId) {
		return goals("where clinic_id = ? and id = ?", clinicId, goalId).stream().findFirst();
	}

	/** The client's goals, oldest first, each with its ratings. */
	List<Goal> goalsOfClient(UUID clinicId, UUID clientId) {
		return goals("where clinic_id = ? and client_id = ? order by created_at, id", clinicId, clientId);
	}

	void insert(Task task) {
		this.jdbc.update("""
				insert into homework_task (id, clinic_id, client_id, episode_id, description, rationale, agreement,
				size_minutes, set_session, due_session, replaces, signal_id, entered_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", task.id(), task.clinicId(), task.clientId(),
				task.episodeId(), task.description(), task.rationale(), task.agreement().name(), task.minutes(),
				task.setSession(), task.dueSession(), task.replaces(), task.signalId(), task.enteredBy(),
				Timestamp.from(task.createdAt()));
	}

	void insert(UUID clinicId, TaskCompletion completion) {
		this.jdbc.update("""
				insert into task_completion (id, clinic_id, task_id, status, session_number, entered_by, on_behalf,
				recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", completion.id(), clinicId, completion.taskId(),
				completion.status().name(), completion.session(), completion.enteredBy(), completion.onBehalf(),
				Timestamp.from(completion.recordedAt()));
	}

	Optional<Task> task(UUID clinicId, UUID taskId) {
		return tasks("where clinic_id = ? and id = ?", clinicId, taskId).stream().findFirst();
	}

	/** The client's tasks, by the session they were set, each with its completions. */
	List<Task> tasksOfClient(UUID clinicId, UUID clientId) {
		return tasks("where clinic_id = ? and client_id = ? order by set_session, created_at, id", clinicId, clientId);
	}

	/** The clients of every clinic that have tasks: what a catch-up evaluates. */
	List<UUID[]> clientsWithTasks() {
		return this.jdbc.query("select distinct clinic_id, client_id from homework_task",
				(rs, i) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) });
	}

	void insert(UUID clinicId, AgendaItem item) {
		this.jdbc.update(
				"""
						insert into agenda_item (id, clinic_id, client_id, session_id, wording, entered_by, on_behalf, proposed_at)
						values (?, ?, ?, ?, ?, ?, ?, ?)""",
				item.id(), clinicId, item.clientId(), item.sessionId(), item.wording(), item.enteredBy(),
				item.onBehalf(), Timestamp.from(item.proposedAt()));
	}

	void takeUp(UUID clinicId, UUID itemId, String by, Instant at) {
		this.jdbc.update(
				"update agenda_item set taken_up_at = ?, taken_up_by = ? where clinic_id = ? and id = ? and taken_up_at is null",
				Timestamp.from(at), by, clinicId, itemId);
	}

	Optional<AgendaItem> agendaItem(UUID clinicId, UUID itemId) {
		return agenda("where a.clinic_id = ? and a.id = ?", clinicId, itemId).stream().findFirst();
	}

	List<AgendaItem> agendaOfSession(UUID clinicId, UUID sessionId) {
		return agenda("where a.clinic_id = ? and a.session_id = ? order by a.proposed_at, a.id", clinicId, sessionId);
	}

	List<AgendaItem> agendaOfClient(UUID clinicId, UUID clientId) {
		return agenda("where a.clinic_id = ? and a.client_id = ? order by s.number, a.proposed_at, a.id", clinicId,
				clientId);
	}

	private List<AgendaItem> agenda(String condition, Object... arguments) {
		return this.jdbc.query(
				"select a.*, s.number from agenda_item a join care_session s on s.id = a.session_id " + condition,
				AGENDA, arguments);
	}

	private List<Goal> goals(String condition, Object... arguments) {
		List<Goal> bare = this.jdbc.query("select * from goal " + condition, (rs, i) -> {
			Map<Integer, String> ladder = new HashMap<>();
			for (int level = -2; level <= 2; level++) {
				ladder.put(level, rs.getString(LEVEL_COLUMNS[level + 2]));
			}
			return new Goal(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
					rs.getObject("client_id", UUID.class), rs.getObject("episode_id", UUID.class),
					rs.getString("wording"), ladder, rs.getInt("weight"), GoalStatus.valueOf(rs.getString("status")),
					Wording.valueOf(rs.getString("written_by")), rs.getInt("set_session"),
					rs.getObject("revises", UUID.class), rs.getString("entered_by"),
					rs.getTimestamp("created_at").toInstant(), List.of());
		}, arguments);
		List<Goal> goals = new ArrayList<>();
		for (Goal goal : bare) {
			List<GoalRating> ratings = this.jdbc.query(
					"select * from goal_rating where clinic_id = ? and goal_id = ? order by session_number, recorded_at, id",
					RATING, goal.clinicId(), goal.id());
			goals.add(new Goal(goal.id(), goal.clinicId(), goal.clientId(), goal.episodeId(), goal.wording(),
					goal.ladder(), goal.weight(), goal.status(), goal.writtenBy(), goal.setSession(), goal.revises(),
					goal.enteredBy(), goal.createdAt(), ratings));
		}
		return goals;
	}

	private List<Task> tasks(String condition, Object... arguments) {
		List<Task> bare = this.jdbc.query("select * from homework_task " + condition,
				(rs, i) -> new Task(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
						rs.getObject("client_id", UUID.class), rs.getObject("episode_id", UUID.class),
						rs.getString("description"), rs.getString("rationale"),
						Agreement.valueOf(rs.getString("agreement")), rs.getInt("size_minutes"),
						rs.getInt("set_session"), rs.getInt("due_session"), rs.getObject("replaces", UUID.class),
						rs.getObject("signal_id", UUID.class), rs.getString("entered_by"),
						rs.getTimestamp("created_at").toInstant(), List.of()),
				arguments);
		List<Task> tasks = new ArrayList<>();
		for (Task task : bare) {
			List<TaskCompletion> completions = this.jdbc.query(
					"select * from task_completion where clinic_id = ? and task_id = ? order by recorded_at, id",
					COMPLETION, task.clinicId(), task.id());
			tasks.add(new Task(task.id(), task.clinicId(), task.clientId(), task.episodeId(), task.description(),
					task.rationale(), task.agreement(), task.minutes(), task.setSession(), task.dueSession(),
					task.replaces(), task.signalId(), task.enteredBy(), task.createdAt(), completions));
		}
		return tasks;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
