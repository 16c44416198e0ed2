package org.alliance.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliance.simulate.SimulatedCollaboration.Goal;
import org.alliance.simulate.SimulatedCollaboration.PlantedTaskRupture;
import org.alliance.simulate.SimulatedCollaboration.Rating;
import org.alliance.simulate.SimulatedCollaboration.Task;

/**
 * Goals and tasks for a simulated clinic, with planted task ruptures of the founding
 * text's illustration (an agreed two-hour task left undone twice, then a much smaller one
 * renegotiated). Each client with at least three attended sessions gets two goals set at
 * the first session, rated every four sessions and at the last, drifting up with the
 * client's own rate of progress; between attended sessions a task is set most of the
 * time, mostly agreed, and reported done, partly or not done at the next. No unplanted
 * run of two undone agreed tasks is left in the data, so the planted ruptures are the
 * whole truth: after an agreed task left undone the next agreed one is done or partly
 * done.
 * <p>
 * Ruptures are planted in the two most recent gaps of the first clients still in therapy
 * (so that a demo's inbox holds open ones) and at a random point of about one client in
 * eight with at least six attended sessions, followed by a renegotiated task of a quarter
 * of the size that the client does.
 */
public final class CollaborationSimulator {

	/** Clients still in therapy whose latest tasks are left undone. */
	private static final int RECENT_RUPTURES = 2;

	private static final double PLANT_RATE = 0.125;

	private static final int REVIEW_EVERY = 4;

	private CollaborationSimulator() {
	}

	/** The clinic's goals and tasks, the same for the same clinic and seed. */
	public static SimulatedCollaboration simulate(SimulatedClinic clinic, long seed) {
		RandomDraws random = new RandomDraws(seed ^ 0x5A17A5L);
		Map<String, List<Integer>> attended = new LinkedHashMap<>();
		clinic.sessions()
			.stream()
			.filter(SimulatedSession::attended)
			.forEach((s) -> attended.computeIfAbsent(s.clientKey(), (k) -> new ArrayList<>()).add(s.number()));
		List<Goal> goals = new ArrayList<>();
		List<Rating> ratings = new ArrayList<>();
		List<Task> tasks = new ArrayList<>();
		List<PlantedTaskRupture> planted = new ArrayList<>();
		int recent = 0;
		for (SimulatedClient client : clinic.clients()) {
			List<Integer> sessions = attended.getOrDefault(client.key(), List.of());
			if (sessions.size() < 3) {
				continue;
			}
			goals(client, sessions, random, goals, ratings);
			int plantAt = -1;
			if (client.episodeEnd() == null && sessions.size() >= 4 && recent < RECENT_RUPTURES) {
				plantAt = sessions.size() - 3;
				recent++;
			}
			else if (sessions.size() >= 6 && random.chance(PLANT_RATE)) {
				plantAt = random.between(0, sessions.size() - 4);
			}
			tasks(client, sessions, plantAt, random, tasks, planted);
		}
		return new SimulatedCollaboration(goals, ratings, tasks, planted);
	}

	private static void goals(SimulatedClient client, List<Integer> sessions, RandomDraws random, List<Goal> goals,
			List<Rating> ratings) {
		double progress = random.uniform(0, 1.2);
		List<GoalWording> pool = new ArrayList<>(GoalWording.POOL);
		int last = sessions.get(sessions.size() - 1);
		for (int g = 0; g < 2; g++) {
			GoalWording wording = pool.remove(random.between(0, pool.size() - 1));
			String key = client.key() + "-G" + (g + 1);
			goals.add(new Goal(client.key(), key, wording.wording(), wording.ladder(), random.between(1, 2),
					random.pick(List.of("client", "client", "together", "therapist")), sessions.get(0)));
			for (int session : sessions) {
				boolean review = session != sessions.get(0) && (session % REVIEW_EVERY == 0 || session == last);
				if (review) {
					double fraction = (double) session / last;
					int level = (int) Math.round(-1 + progress * 2 * fraction + random.normal(0, 0.5));
					ratings.add(new Rating(key, session, Math.max(-2, Math.min(2, level)),
							random.chance(0.3) ? "client" : "therapist"));
				}
			}
		}
	}

	private static void tasks(SimulatedClient client, List<Integer> sessions, int plantAt, RandomDraws random,
			List<Task> tasks, List<PlantedTaskRupture> planted) {
		boolean lastAgreedUndone = false;
		int n = 0;
		for (int i = 0; i + 1 < sessions.size(); i++) {
			int set = sessions.get(i);
			int due = sessions.get(i + 1);
			String key = client.key() + "-T" + (++n);
			if (i == plantAt && lastAgreedUndone) {
				// The run starts here: the agreed task before it was at least partly
				// done.
				partlyDone(tasks);
			}
			if (plantAt >= 0 && (i == plantAt || i == plantAt + 1)) {
				tasks.add(new Task(client.key(), key, "Spend two hours straight on the project",
						"Time blocks move the career goal forward; the anxiety fades once started", "agreed", 120, set,
						due, null, "not-done"));
				if (i == plantAt + 1) {
					planted.add(new PlantedTaskRupture(client.key(), due));
				}
				lastAgreedUndone = true;
				continue;
			}
			if (plantAt >= 0 && i == plantAt + 2) {
				tasks.add(new Task(client.key(), key, "Spend 15 minutes organising files",
						"Much smaller, so that starting beats the fear of failing; the career goal stays", "agreed", 15,
						set, due, client.key() + "-T" + (n - 1), random.chance(0.8) ? "done" : "partly"));
				lastAgreedUndone = false;
				continue;
			}
			if (!random.chance(0.6)) {
				continue;
			}
			TaskWording wording = random.pick(TaskWording.POOL);
			double a = random.uniform(0, 1);
			String agreement = (a < 0.8) ? "agreed" : (a < 0.92) ? "unsure" : "not-agreed";
			double c = random.uniform(0, 1);
			String completion = (c < 0.55) ? "done" : (c < 0.8) ? "partly" : "not-done";
			// No unplanted run: not two undone agreed tasks in a row, nor one just before
			// a
			// planted run.
			if ("agreed".equals(agreement) && "not-done".equals(completion) && lastAgreedUndone) {
				completion = "partly";
			}
			if ("agreed".equals(agreement)) {
				lastAgreedUndone = "not-done".equals(completion);
			}
			tasks.add(new Task(client.key(), key, wording.description(), wording.rationale(), agreement,
					wording.minutes(), set, due, null, completion));
		}
	}

	/** The last agreed task, left undone, reported partly done instead. */
	private static void partlyDone(List<Task> tasks) {
		for (int j = tasks.size() - 1; j >= 0; j--) {
			Task t = tasks.get(j);
			if ("agreed".equals(t.agreement())) {
				tasks.set(j, new Task(t.clientKey(), t.key(), t.description(), t.rationale(), t.agreement(),
						t.minutes(), t.setSession(), t.dueSession(), t.replaces(), "partly"));
				return;
			}
		}
	}

	/** A goal in a client's words with its ladder. */
	private record GoalWording(String wording, Map<Integer, String> ladder) {

		static final List<GoalWording> POOL = List.of(
				of("Get back to applying for jobs", "No applications, avoiding job sites",
						"Looked at job ads, sent none", "Sending one application a week", "Sending two or three a week",
						"Invited to an interview"),
				of("Sleep better", "Awake most nights past 3 am", "Asleep by 2 am on most nights",
						"Asleep by midnight on most nights", "Asleep by 11 pm on most nights",
						"Asleep by 11 pm and waking rested"),
				of("Feel less alone", "Seeing nobody outside work", "Messaging a friend once a week",
						"Meeting a friend once a week", "Meeting friends twice a week", "Joined a group or a club"),
				of("Worry less about work", "Worrying most of the day, calling in sick",
						"Worrying most days, still going in", "Worrying on some days and able to set it aside",
						"Worrying rarely", "Hardly worrying, enjoying parts of the work"),
				of("Stop putting off my studies", "Not opening the course at all", "Opening it but not starting",
						"Studying three short sessions a week", "Studying most days",
						"Handed in the assignment early"));

		static GoalWording of(String wording, String... levels) {
			Map<Integer, String> ladder = new LinkedHashMap<>();
			for (int level = -2; level <= 2; level++) {
				ladder.put(level, levels[level + 2]);
			}
			return new GoalWording(wording, ladder);
		}

	}

	/** A task with the rationale given for it and its size. */
	private record TaskWording(String description, String rationale, int minutes) {

		static final List<TaskWording> POOL = List.of(
				new TaskWording("Write worries down at a set worry time", "Worry time keeps worry from taking the day",
						15),
				new TaskWording("Walk for 20 minutes after lunch", "Activity lifts mood before motivation comes", 20),
				new TaskWording("Keep a sleep diary", "We need to see the pattern before changing it", 10),
				new TaskWording("Send one message to a friend", "A small contact first, then more", 5),
				new TaskWording("Practise the breathing exercise twice a day",
						"Practice when calm makes it work when" + " anxious", 10),
				new TaskWording("Plan three pleasant activities for the week",
						"Planned pleasure happens; hoped-for" + " pleasure rarely does", 30),
				new TaskWording("Spend 45 minutes on the course", "A fixed slot beats waiting to feel ready", 45));

	}

}
