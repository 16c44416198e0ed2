package org.alliance.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alliance.alliance.AllianceEvaluation;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.SessionBookings;
import org.alliance.collaboration.Agenda;
import org.alliance.care.Client;
import org.alliance.care.EndReason;
import org.alliance.collaboration.Goals;
import org.alliance.collaboration.TaskRuptureScreen;
import org.alliance.collaboration.Tasks;
import org.alliance.instrument.Answer;
import org.alliance.instrument.Respondent;
import org.alliance.measure.Responses;
import org.alliance.measure.Submission;
import org.alliance.outcome.DropoutRisk;
import org.alliance.outcome.DropoutRiskScreen;
import org.alliance.outcome.ExpectedResponse;
import org.alliance.outcome.NotOnTrackScreen;
import org.alliance.security.CurrentUser;
import org.alliance.security.Role;
import org.alliance.security.UserAccount;
import org.alliance.security.UserAccounts;
import org.alliance.signal.SignalInbox;
import org.alliance.simulate.CollaborationSimulator;
import org.alliance.simulate.SimulatedClient;
import org.alliance.simulate.SimulatedClinic;
import org.alliance.simulate.SimulatedResponse;
import org.alliance.simulate.SimulatedSession;
import org.alliance.simulate.SimulatedTherapist;

import org.springframework.context.ApplicationContext;

/**
 * Writes a simulated clinic into the database through the same services the API uses, so
 * the demo data is validated, scored and audited like any other.
 */
final class DemoClinicSeeder {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoClinicSeeder.class);

	static final String PASSWORD = "demo";

	private final UserAccounts accounts;

	private final Caseload caseload;

	private final Responses responses;

	private final AllianceEvaluation evaluation;

	private final NotOnTrackScreen notOnTrack;

	private final DropoutRisk dropoutRisk;

	private final DropoutRiskScreen dropoutScreen;

	private final ExpectedResponse expectedResponse;

	private final DemoInboxWork inboxWork;

	private final DemoReflections reflections;

	private final DemoCollaboration collaboration;

	private final DemoBookings bookings;

	private final SessionBookings sessionBookings;

	private final java.time.Clock clock;

	private final long seed;

	static DemoClinicSeeder in(ApplicationContext context) {
		return in(context, 42);
	}

	/**
	 * A seeder without goals and tasks: the clinic's measures alone, for a benchmark
	 * whose large clinic needs nothing else.
	 */
	static DemoClinicSeeder measuresOnly(ApplicationContext context) {
		DemoClinicSeeder full = in(context);
		return new DemoClinicSeeder(full.accounts, full.caseload, full.responses, full.evaluation, full.notOnTrack,
				full.expectedResponse, full.dropoutRisk, full.dropoutScreen, context.getBean(SignalInbox.class),
				full.reflections, null, full.sessionBookings, full.clock, 0);
	}

	/**
	 * A seeder over the services of a running application.
	 * @param seed the seed of the clinic's goals and tasks
	 */
	static DemoClinicSeeder in(ApplicationContext context, long seed) {
		return new DemoClinicSeeder(context.getBean(UserAccounts.class), context.getBean(Caseload.class),
				context.getBean(Responses.class), context.getBean(AllianceEvaluation.class),
				context.getBean(NotOnTrackScreen.class), context.getBean(ExpectedResponse.class),
				context.getBean(DropoutRisk.class), context.getBean(DropoutRiskScreen.class),
				context.getBean(SignalInbox.class), DemoReflections.in(context),
				new DemoCollaboration(context.getBean(Goals.class), context.getBean(Tasks.class),
						context.getBean(TaskRuptureScreen.class), context.getBean(SignalInbox.class),
						context.getBean(Agenda.class)),
				context.getBean(SessionBookings.class), context.getBean(java.time.Clock.class), seed);
	}

	DemoClinicSeeder(UserAccounts accounts, Caseload caseload, Responses responses, AllianceEvaluation evaluation,
			NotOnTrackScreen notOnTrack, ExpectedResponse expectedResponse, DropoutRisk dropoutRisk,
			DropoutRiskScreen dropoutScreen, SignalInbox inbox, DemoReflections reflections,
			DemoCollaboration collaboration, SessionBookings sessionBookings, java.time.Clock clock, long seed) {
		this.sessionBookings = sessionBookings;
		this.bookings = new DemoBookings(sessionBookings);
		this.clock = clock;
		this.reflections = reflections;
		this.collaboration = collaboration;
		this.seed = seed;
		this.accounts = accounts;
		this.caseload = caseload;
		this.responses = responses;
		this.evaluation = evaluation;
		this.notOnTrack = notOnTrack;
		this.dropoutRisk = dropoutRisk;
		this.dropoutScreen = dropoutScreen;
		this.expectedResponse = expectedResponse;
		this.inboxWork = new DemoInboxWork(inbox);
	}

	/** Seeds the clinic and returns its accounts, admin first. */
	List<UserAccount> seed(SimulatedClinic clinic) throws Exception {
		UUID clinicId = this.accounts.createClinic(clinic.clinicName());
		this.accounts.markDemo(clinicId);
		List<UserAccount> users = new ArrayList<>();
		Map<String, CurrentUser> therapists = new HashMap<>();
		users.add(this.accounts.createUser(clinicId, "admin@demo.alliance.test", "Ada Admin", Role.ADMIN, PASSWORD));
		users.add(this.accounts.createUser(clinicId, "supervisor@demo.alliance.test", "Sam Supervisor", Role.SUPERVISOR,
				PASSWORD));
		for (SimulatedTherapist therapist : clinic.therapists()) {
			UserAccount account = this.accounts.createUser(clinicId, therapist.email(), therapist.displayName(),
					Role.THERAPIST, PASSWORD);
			users.add(account);
			therapists.put(therapist.key(), account.asCurrentUser());
		}
		// Each client's records are written by the client's own therapist, as in a
		// clinic:
		// the admin account manages the clinic and writes no clinical record.
		Map<String, CurrentUser> therapistOfClient = new HashMap<>();
		clinic.clients().forEach((c) -> therapistOfClient.put(c.key(), therapists.get(c.therapistKey())));
		Stopwatch watch = new Stopwatch();
		ZoneId zone = this.sessionBookings.zone(clinicId);
		DemoSchedule schedule = new DemoSchedule(clinic, zone, this.clock);
		Map<String, UUID> clientIds = admitClients(therapistOfClient, clinic, schedule);
		Map<String, UUID> sessionIds = recordSessions(therapistOfClient, clinic, clientIds);
		watch.lap("clients and sessions");
		// Ratings and symptom measures arrive out of order here; the clinic is evaluated
		// once they are all in.
		this.evaluation.suspend(clinicId);
		this.notOnTrack.suspend(clinicId);
		this.dropoutScreen.suspend(clinicId);
		submitResponses(clinicId, clinic, sessionIds, therapistOfClient, schedule);
		watch.lap("answers");
		// Goals and tasks before the episodes end: they are written in open episodes.
		if (this.collaboration != null) {
			this.collaboration.seed(clinicId, CollaborationSimulator.simulate(clinic, this.seed), clientIds,
					therapistOfClient, schedule);
			this.collaboration.agenda().write(clinic, sessionIds, therapistOfClient, schedule);
		}
		watch.lap("goals and tasks");
		endEpisodes(therapistOfClient, clinic, clientIds);
		this.bookings.book(clinic, therapistOfClient, clientIds, LocalDate.ofInstant(this.clock.instant(), zone), zone);
		watch.lap("bookings");
		this.evaluation.resumeAndEvaluate(clinicId);
		watch.lap("alliance evaluation");
		// Both models are fitted now rather than at the next night, on the clinic's
		// finished
		// episodes, so that its clients are judged by them (or the pages say why not).
		this.expectedResponse.refit(clinicId);
		this.notOnTrack.resumeAndEvaluate(clinicId);
		watch.lap("expected treatment response");
		this.dropoutRisk.refit(clinicId);
		this.dropoutScreen.resumeAndEvaluate(clinicId);
		watch.lap("dropout model");
		// The inbox is worked as of the simulated clinic's last day, not the day it is
		// seeded: the clinic's therapists kept up with their inbox until its data end.
		this.inboxWork.workOlderSignals(users, lastDay(clinic), schedule);
		watch.lap("inbox work");
		this.reflections.write(clinic, therapists, sessionIds, schedule);
		log.info("Seeded the demo clinic: {}", watch);
		return users;
	}

	private static LocalDate lastDay(SimulatedClinic clinic) {
		return clinic.sessions().stream().map(SimulatedSession::date).max(LocalDate::compareTo).orElseThrow();
	}

	private Map<String, UUID> admitClients(Map<String, CurrentUser> therapistOf, SimulatedClinic clinic,
			DemoSchedule schedule) {
		Map<String, UUID> clientIds = new HashMap<>();
		for (SimulatedClient simulated : clinic.clients()) {
			CurrentUser therapist = therapistOf.get(simulated.key());
			Client client = this.caseload.admit(therapist, simulated.pseudonym(), therapist.email(),
					simulated.episodeStart(), schedule.at(simulated.episodeStart(), DemoSchedule.ADMITTED));
			clientIds.put(simulated.key(), client.id());
		}
		return clientIds;
	}

	private Map<String, UUID> recordSessions(Map<String, CurrentUser> therapistOf, SimulatedClinic clinic,
			Map<String, UUID> clientIds) {
		Map<String, UUID> sessionIds = new HashMap<>();
		for (SimulatedSession session : clinic.sessions()) {
			Attendance attendance = Attendance.fromWire(session.attendance()).orElseThrow();
			UUID id = this.caseload
				.recordSession(therapistOf.get(session.clientKey()), clientIds.get(session.clientKey()),
						session.number(), session.date(), attendance)
				.id();
			sessionIds.put(session.clientKey() + "#" + session.number(), id);
		}
		return sessionIds;
	}

	/**
	 * Every simulated response, through the services: the clients' own answers as the
	 * simulated clients sent them from their phones, the therapists' ratings by the
	 * therapists; a couple of clients' symptom measures came in on paper and are entered
	 * on their behalf by their therapist ({@link DemoReflections#onPaper}). Each is dated
	 * on its session's day: the client's before the session, the therapist's ratings and
	 * the paper forms typed in after it.
	 */
	private void submitResponses(UUID clinicId, SimulatedClinic clinic, Map<String, UUID> sessionIds,
			Map<String, CurrentUser> therapistOf, DemoSchedule schedule) throws Exception {
		Set<String> onPaper = DemoReflections.onPaper(clinic);
		// Several at once, so that the group commit stores them in batches.
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> pending = new ArrayList<>();
			for (SimulatedResponse response : clinic.responses()) {
				UUID sessionId = sessionIds.get(response.clientKey() + "#" + response.sessionNumber());
				String key = "demo-" + response.clientKey() + "-" + response.sessionNumber() + "-"
						+ response.instrument();
				CurrentUser therapist = therapistOf.get(response.clientKey());
				Instant beforeSession = schedule.atSession(response.clientKey(), response.sessionNumber(),
						DemoSchedule.CLIENT_ANSWERS);
				Instant afterSession = schedule.atSession(response.clientKey(), response.sessionNumber(),
						DemoSchedule.AFTER_SESSION);
				if (DemoReflections.onPaper(onPaper, response)) {
					pending.add(pool.submit(() -> this.responses.enterOnBehalf(therapist, sessionId,
							submission(response), key, afterSession)));
				}
				else if (Respondent.THERAPIST.wireName().equals(response.respondent())) {
					pending.add(pool.submit(() -> this.responses.submit(therapist, sessionId, submission(response), key,
							afterSession)));
				}
				else {
					pending.add(pool.submit(() -> this.responses.recordSimulated(clinicId, sessionId,
							submission(response), key, beforeSession)));
				}
			}
			for (Future<?> future : pending) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private void endEpisodes(Map<String, CurrentUser> therapistOf, SimulatedClinic clinic,
			Map<String, UUID> clientIds) {
		for (SimulatedClient simulated : clinic.clients()) {
			if (simulated.episodeEnd() != null) {
				EndReason reason = EndReason.fromWire(simulated.endReason()).orElse(EndReason.OTHER);
				this.caseload.endEpisode(therapistOf.get(simulated.key()), clientIds.get(simulated.key()),
						simulated.episodeEnd(), reason);
			}
		}
	}

	private static Submission submission(SimulatedResponse response) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		response.answers().forEach((item, value) -> answers.put(item, new Answer.Choice(value)));
		if (response.openAnswer() != null) {
			answers.put("8", new Answer.Text(response.openAnswer()));
		}
		return new Submission(response.instrument(), response.respondent(), answers);
	}

	/** Seconds per step of the seeding, for the log. */
	private static final class Stopwatch {

		private final StringBuilder laps = new StringBuilder();

		private long last = System.nanoTime();

		void lap(String step) {
			long now = System.nanoTime();
			this.laps.append(this.laps.isEmpty() ? "" : ", ")
				.append(step)
				.append(' ')
				.append(String.format(java.util.Locale.ROOT, "%.1f s", (now - this.last) / 1e9));
			this.last = now;
		}

		@Override
		public String toString() {
			return this.laps.toString();
		}

	}

}
