package org.alliance.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.command.DemoClinic;
import org.alliance.security.CurrentUser;
import org.alliance.security.UserAccount;
import org.alliance.signal.Signal;
import org.alliance.signal.SignalInbox;

import org.springframework.context.ApplicationContext;

/**
 * Where a tour of the demo clinic stops: the demo therapist with the most signals still
 * to work (the first on a tie), that therapist's client in treatment with the longest
 * record, preferring one with a signal, the client's last session, a client whose
 * treatment has ended, and the signals in the therapist's inbox.
 *
 * @param clinic the seeded demo clinic
 * @param therapist the therapist the tour follows
 * @param client a client in an open episode, never null
 * @param lastSession the client's last recorded session, never null
 * @param discharged a client with no open episode, if the therapist has one
 * @param signals the therapist's inbox, as the inbox lists it
 */
record DemoTour(DemoClinic clinic, UserAccount therapist, Client client, CareSession lastSession,
		Optional<Client> discharged, List<Signal> signals) {

	static DemoTour of(ApplicationContext context) throws Exception {
		DemoClinic clinic = DemoClinic.in(context);
		SignalInbox inbox = context.getBean(SignalInbox.class);
		UserAccount busiest = clinic.therapists()
			.stream()
			.max(Comparator.comparingLong((UserAccount t) -> toWork(inbox.inbox(t.asCurrentUser())))
				.thenComparing(Comparator.comparing(UserAccount::email).reversed()))
			.orElseThrow();
		CurrentUser therapist = busiest.asCurrentUser();
		Caseload caseload = context.getBean(Caseload.class);
		List<Signal> signals = inbox.inbox(therapist);
		List<Client> clients = caseload.visibleTo(therapist);
		Client client = clients.stream()
			.filter((c) -> inTreatment(caseload, therapist, c))
			.max(Comparator.comparing((Client c) -> signals.stream().anyMatch((s) -> s.clientId().equals(c.id())))
				.thenComparing((Client c) -> caseload.sessions(therapist, c.id()).size()))
			.orElseThrow();
		CareSession last = caseload.sessions(therapist, client.id())
			.stream()
			.max(Comparator.comparingInt(CareSession::number))
			.orElseThrow();
		Optional<Client> discharged = clients.stream().filter((c) -> !inTreatment(caseload, therapist, c)).findFirst();
		return new DemoTour(clinic, busiest, client, last, discharged, signals);
	}

	private static long toWork(List<Signal> signals) {
		return signals.stream().filter((s) -> s.status().inLoop()).count();
	}

	/** The first signal of the kind in the inbox. */
	Optional<Signal> signal(String kind) {
		return this.signals.stream().filter((s) -> s.kind().equals(kind)).findFirst();
	}

	private static boolean inTreatment(Caseload caseload, CurrentUser therapist, Client client) {
		return caseload.episodes(therapist, client.id()).stream().anyMatch((e) -> e.open());
	}

}
