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
record SimulatedClinicInDatabase(UUID clinicId, CurrentUser admin, Map<String, UUID> clients) {

	static SimulatedClinicInDatabase seed(SimulatedClinic clinic, UserAccounts accounts, Caseload caseload,
			Responses responses, AllianceEvaluation evaluation) throws Exception {
		String prefix = "dropout-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		UUID clinicId = accounts.createClinic(clinic.clinicName());
		CurrentUser admin = accounts
			.createUser(clinicId, prefix + "admin@clinic.test", "Admin", Role.ADMIN, "correct horse battery staple")
			.asCurrentUser();
		Map<String, String> emails = new HashMap<>();
		for (SimulatedTherapist therapist : clinic.therapists()) {
			UserAccount account = accounts.createUser(clinicId, prefix + therapist.email(), therapist.displayName(),
					Role.THERAPIST, "correct horse battery staple");
			emails.put(therapist.key(), account.email());
		}
		Map<String, UUID> clients = new LinkedHashMap<>();
		for (SimulatedClient client : clinic.clients()) {
			clients.put(client.key(),
					caseload.admit(admin, client.pseudonym(), emails.get(client.therapistKey()), client.episodeStart())
						.id());
		}
		Map<String, UUID> sessions = new HashMap<>();
		for (SimulatedSession session : clinic.sessions()) {
			sessions.put(session.clientKey() + "#" + session.number(),
					caseload
						.recordSession(admin, clients.get(session.clientKey()), session.number(), session.date(),
								Attendance.fromWire(session.attendance()).orElseThrow())
						.id());
		}
		evaluation.suspend();
		try {
			submit(admin, clinic.responses(), sessions, responses);
		}
		finally {
			evaluation.resumeAndEvaluate(clinicId);
		}
		for (SimulatedClient client : clinic.clients()) {
			if (client.episodeEnd() != null) {
				caseload.endEpisode(admin, clients.get(client.key()), client.episodeEnd(),
						EndReason.fromWire(client.endReason()).orElseThrow());
			}
		}
		return new SimulatedClinicInDatabase(clinicId, admin, clients);
	}

	private static void submit(CurrentUser admin, List<SimulatedResponse> simulated, Map<String, UUID> sessions,
			Responses responses) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> pending = new ArrayList<>();
			for (SimulatedResponse response : simulated) {
				UUID session = sessions.get(response.clientKey() + "#" + response.sessionNumber());
				Map<String, Answer> answers = new LinkedHashMap<>();
				response.answers().forEach((item, value) -> answers.put(item, new Answer.Choice(value)));
				pending.add(pool.submit(() -> responses.submit(admin, session,
						new Submission(response.instrument(), response.respondent(), answers), null)));
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
