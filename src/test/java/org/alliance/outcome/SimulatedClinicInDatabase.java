package org.alliance.outcome;

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
import org.alliance.care.EndReason;
import org.alliance.instrument.Answer;
import org.alliance.measure.Responses;
import org.alliance.measure.Submission;
import org.alliance.security.CurrentUser;
import org.alliance.security.Role;
import org.alliance.security.UserAccount;
import org.alliance.security.UserAccounts;
import org.alliance.simulate.SimulatedClient;
import org.alliance.simulate.SimulatedClinic;
import org.alliance.simulate.SimulatedResponse;
import org.alliance.simulate.SimulatedSession;
import org.alliance.simulate.SimulatedTherapist;

/**
 * A simulated clinic written into the database through the services the API uses (as the
 * demo seeds its clinic), under fresh e-mail addresses so that it can live beside other
 * clinics.
 *
 * @param clinicId the clinic
 * @param admin its admin
 * @param clients client ids by simulated key
 */
record SimulatedClinicInDatabase(UUID clinicId, CurrentUser supervisor, Map<String, UUID> clients) {

	static SimulatedClinicInDatabase seed(SimulatedClinic clinic, UserAccounts accounts, Caseload caseload,
			Responses responses, AllianceEvaluation evaluation, NotOnTrackScreen notOnTrack) throws Exception {
		String prefix = "dropout-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		UUID clinicId = accounts.createClinic(clinic.clinicName());
		// The supervisor reads the whole clinic; each client's records are written by the
		// client's own therapist, and the clients' own answers come as from their phones.
		CurrentUser supervisor = accounts
			.createUser(clinicId, prefix + "supervisor@clinic.test", "Supervisor", Role.SUPERVISOR,
					"correct horse battery staple")
			.asCurrentUser();
		Map<String, CurrentUser> therapists = new HashMap<>();
		for (SimulatedTherapist therapist : clinic.therapists()) {
			UserAccount account = accounts.createUser(clinicId, prefix + therapist.email(), therapist.displayName(),
					Role.THERAPIST, "correct horse battery staple");
			therapists.put(therapist.key(), account.asCurrentUser());
		}
		Map<String, CurrentUser> therapistOf = new HashMap<>();
		clinic.clients().forEach((c) -> therapistOf.put(c.key(), therapists.get(c.therapistKey())));
		Map<String, UUID> clients = new LinkedHashMap<>();
		for (SimulatedClient client : clinic.clients()) {
			clients.put(client.key(),
					caseload
						.admit(therapistOf.get(client.key()), client.pseudonym(), therapistOf.get(client.key()).email(),
								client.episodeStart())
						.id());
		}
		Map<String, UUID> sessions = new HashMap<>();
		for (SimulatedSession session : clinic.sessions()) {
			sessions.put(session.clientKey() + "#" + session.number(),
					caseload.recordSession(therapistOf.get(session.clientKey()), clients.get(session.clientKey()),
							session.number(), session.date(), Attendance.fromWire(session.attendance()).orElseThrow())
						.id());
		}
		// Entered as an import is: the clinic is judged once its answers are all in, not
		// after each of its thousand answers on the screens' background threads.
		evaluation.suspend(clinicId);
		notOnTrack.suspend(clinicId);
		try {
			submit(clinicId, therapistOf, clinic.responses(), sessions, responses);
		}
		finally {
			evaluation.resumeAndEvaluate(clinicId);
			notOnTrack.resumeAndEvaluate(clinicId);
		}
		for (SimulatedClient client : clinic.clients()) {
			if (client.episodeEnd() != null) {
				caseload.endEpisode(therapistOf.get(client.key()), clients.get(client.key()), client.episodeEnd(),
						EndReason.fromWire(client.endReason()).orElseThrow());
			}
		}
		return new SimulatedClinicInDatabase(clinicId, supervisor, clients);
	}

	private static void submit(UUID clinicId, Map<String, CurrentUser> therapistOf, List<SimulatedResponse> simulated,
			Map<String, UUID> sessions, Responses responses) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> pending = new ArrayList<>();
			for (SimulatedResponse response : simulated) {
				UUID session = sessions.get(response.clientKey() + "#" + response.sessionNumber());
				Map<String, Answer> answers = new LinkedHashMap<>();
				response.answers().forEach((item, value) -> answers.put(item, new Answer.Choice(value)));
				Submission submission = new Submission(response.instrument(), response.respondent(), answers);
				pending.add(pool.submit(() -> "client".equals(response.respondent())
						? responses.recordSimulated(clinicId, session, submission, null)
						: responses.submit(therapistOf.get(response.clientKey()), session, submission, null)));
			}
			for (Future<?> future : pending) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/** A date the simulated clinics use as their first intake. */
	static final LocalDate FIRST_INTAKE = LocalDate.of(2025, 1, 6);

}
