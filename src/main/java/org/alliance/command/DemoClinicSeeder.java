package org.alliance.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alliance.alliance.AllianceEvaluation;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.EndReason;
import org.alliance.collaboration.Goals;
import org.alliance.collaboration.TaskRuptureScreen;
import org.alliance.collaboration.Tasks;
import org.alliance.instrument.Answer;
import org.alliance.measure.Responses;
import org.alliance.measure.Submission;
import org.alliance.outcome.DropoutRisk;
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

	static final String PASSWORD = "demo";

	private final UserAccounts accounts;

	private final Caseload caseload;

	private final Responses responses;

	private final AllianceEvaluation evaluation;

	private final NotOnTrackScreen notOnTrack;

	private final DropoutRisk dropoutRisk;

	private final DemoInboxWork inboxWork;

	private final DemoCollaboration collaboration;

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
				full.dropoutRisk, context.getBean(SignalInbox.class), null, 0);
	}

	/**
	 * A seeder over the services of a running application.
	 * @param seed the seed of the clinic's goals and tasks
	 */
	static DemoClinicSeeder in(ApplicationContext context, long seed) {
		return new DemoClinicSeeder(context.getBean(UserAccounts.class), context.getBean(Caseload.class),
				context.getBean(Responses.class), context.getBean(AllianceEvaluation.class),
				context.getBean(NotOnTrackScreen.class), context.getBean(DropoutRisk.class),
				context.getBean(SignalInbox.class),
				new DemoCollaboration(context.getBean(Goals.class), context.getBean(Tasks.class),
						context.getBean(TaskRuptureScreen.class), context.getBean(SignalInbox.class)),
				seed);
	}

	DemoClinicSeeder(UserAccounts accounts, Caseload caseload, Responses responses, AllianceEvaluation evaluation,
			NotOnTrackScreen notOnTrack, DropoutRisk dropoutRisk, SignalInbox inbox, DemoCollaboration collaboration,
			long seed) {
		this.collaboration = collaboration;
		this.seed = seed;
		this.accounts = accounts;
		this.caseload = caseload;
		this.responses = responses;
		this.evaluation = evaluation;
		this.notOnTrack = notOnTrack;
		this.dropoutRisk = dropoutRisk;
		this.inboxWork = new DemoInboxWork(inbox);
	}

	/** Seeds the clinic and returns its accounts, admin first. */
	List<UserAccount> seed(SimulatedClinic clinic) throws Exception {
		UUID clinicId = this.accounts.createClinic(clinic.clinicName());
		List<UserAccount> users = new ArrayList<>();
		users.add(this.accounts.createUser(clinicId, "admin@demo.alliance.test", "Ada Admin", Role.ADMIN, PASSWORD));
		users.add(this.accounts.createUser(clinicId, "supervisor@demo.alliance.test", "Sam Supervisor", Role.SUPERVISOR,
				PASSWORD));
		for (SimulatedTherapist therapist : clinic.therapists()) {
			users.add(this.accounts.createUser(clinicId, therapist.email(), therapist.displayName(), Role.THERAPIST,
					PASSWORD));
		}
		CurrentUser admin = users.get(0).asCurrentUser();
		Map<String, String> emails = new HashMap<>();
		clinic.therapists().forEach((t) -> emails.put(t.key(), t.email()));
		Map<String, UUID> clientIds = admitClients(admin, clinic, emails);
		Map<String, UUID> sessionIds = recordSessions(admin, clinic, clientIds);
		// Ratings and symptom measures arrive out of order here; the clinic is evaluated
		// once they are all in.
		this.evaluation.suspend();
		this.notOnTrack.suspend();
		submitResponses(admin, clinic.responses(), sessionIds);
		// Goals and tasks before the episodes end: they are written in open episodes.
		Map<String, CurrentUser> therapists = new HashMap<>();
		Map<String, CurrentUser> byEmail = new HashMap<>();
		users.forEach((user) -> byEmail.put(user.email(), user.asCurrentUser()));
		clinic.clients().forEach((c) -> therapists.put(c.key(), byEmail.get(emails.get(c.therapistKey()))));
		if (this.collaboration != null) {
			this.collaboration.seed(clinicId, CollaborationSimulator.simulate(clinic, this.seed), clientIds,
					therapists);
		}
		endEpisodes(admin, clinic, clientIds);
		this.evaluation.resumeAndEvaluate(clinicId);
		this.notOnTrack.resumeAndEvaluate(clinicId);
		// Fitted now rather than at the next night: the model page then says what the
		// clinic has (too few dropouts for the demo clinic) instead of "not fitted yet".
		this.dropoutRisk.refit(clinicId);
		this.inboxWork.workOlderSignals(users, LocalDate.now());
		return users;
	}

	private Map<String, UUID> admitClients(CurrentUser admin, SimulatedClinic clinic, Map<String, String> emails) {
		Map<String, UUID> clientIds = new HashMap<>();
		for (SimulatedClient simulated : clinic.clients()) {
			Client client = this.caseload.admit(admin, simulated.pseudonym(), emails.get(simulated.therapistKey()),
					simulated.episodeStart());
			clientIds.put(simulated.key(), client.id());
		}
		return clientIds;
	}

	private Map<String, UUID> recordSessions(CurrentUser admin, SimulatedClinic clinic, Map<String, UUID> clientIds) {
		Map<String, UUID> sessionIds = new HashMap<>();
		for (SimulatedSession session : clinic.sessions()) {
			Attendance attendance = Attendance.fromWire(session.attendance()).orElseThrow();
			UUID id = this.caseload
				.recordSession(admin, clientIds.get(session.clientKey()), session.number(), session.date(), attendance)
				.id();
			sessionIds.put(session.clientKey() + "#" + session.number(), id);
		}
		return sessionIds;
	}

	private void submitResponses(CurrentUser admin, List<SimulatedResponse> simulated, Map<String, UUID> sessionIds)
			throws Exception {
		// Several at once, so that the group commit stores them in batches.
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> pending = new ArrayList<>();
			for (SimulatedResponse response : simulated) {
				UUID sessionId = sessionIds.get(response.clientKey() + "#" + response.sessionNumber());
				String key = "demo-" + response.clientKey() + "-" + response.sessionNumber() + "-"
						+ response.instrument();
				pending.add(pool.submit(() -> this.responses.submit(admin, sessionId, submission(response), key)));
			}
			for (Future<?> future : pending) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private void endEpisodes(CurrentUser admin, SimulatedClinic clinic, Map<String, UUID> clientIds) {
		for (SimulatedClient simulated : clinic.clients()) {
			if (simulated.episodeEnd() != null) {
				EndReason reason = EndReason.fromWire(simulated.endReason()).orElse(EndReason.OTHER);
				this.caseload.endEpisode(admin, clientIds.get(simulated.key()), simulated.episodeEnd(), reason);
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

}
