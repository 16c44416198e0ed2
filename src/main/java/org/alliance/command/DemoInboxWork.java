package org.alliance.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alliance.security.CurrentUser;
import org.alliance.security.Role;
import org.alliance.security.UserAccount;
import org.alliance.signal.Signal;
import org.alliance.signal.SignalInbox;
import org.alliance.signal.SignalStatus;

/**
 * Works the demo clinic's older signals the way its therapists would have, through the
 * same closed loop the pages use: a clinic that has used Alliance for months has worked
 * through what its ratings raised, with the steps it took, and a handful of recent
 * signals is still open. A risk answer is worked the day it comes (its signal says to
 * contact the client today), so risk signals older than {@link #RISK_OPEN_DAYS} days are
 * worked; other signals are taken up at the next session, so those of the last
 * {@link #OPEN_DAYS} days stay open. The signals worked are acknowledged, worked with the
 * steps of their kind and resolved, and some of the rupture and perception-gap signals
 * are dismissed as false alarms, so that the supervisor's alert-fatigue table has
 * something to show. Each step is dated on the day it was taken: a risk signal's the day
 * after its session (the client phoned, the risk assessed), any other's at the client's
 * next session, a week after the one it was found at.
 */
final class DemoInboxWork {

	/**
	 * Signals of sessions this recent are left open: the therapist has not got to them.
	 */
	static final int OPEN_DAYS = 14;

	/** Risk signals this recent are left open; older ones were worked the same day. */
	static final int RISK_OPEN_DAYS = 2;

	private final SignalInbox inbox;

	DemoInboxWork(SignalInbox inbox) {
		this.inbox = inbox;
	}

	/** A week: the next session, when a signal other than a risk answer's is taken up. */
	static final int NEXT_SESSION_DAYS = 7;

	/**
	 * @param today the simulated clinic's last day: its inbox is worked as of then
	 * @param schedule the clinic's routine, for the hour of each step
	 */
	void workOlderSignals(List<UserAccount> users, LocalDate today, DemoSchedule schedule) {
		Map<UUID, CurrentUser> therapists = new HashMap<>();
		CurrentUser supervisor = null;
		for (UserAccount user : users) {
			therapists.put(user.id(), user.asCurrentUser());
			if (user.role() == Role.SUPERVISOR) {
				supervisor = user.asCurrentUser();
			}
		}
		int worked = 0;
		// Each signal is worked on its own; several at once, so that the group commit
		// stores their steps in batches. Which steps a signal gets depends only on its
		// place in the inbox, so the demo stays the same from run to run.
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> pending = new ArrayList<>();
			List<Signal> signals = this.inbox.inbox(supervisor);
			java.util.Set<UUID> keptOpen = latestOfEachTherapist(signals);
			for (Signal signal : signals) {
				LocalDate cutoff = today.minusDays("risk".equals(signal.kind()) ? RISK_OPEN_DAYS : OPEN_DAYS);
				if (signal.status().inLoop() && signal.occurredOn() != null && signal.occurredOn().isBefore(cutoff)
						&& !keptOpen.contains(signal.id())) {
					int index = worked++;
					CurrentUser therapist = therapists.get(signal.therapistId());
					pending.add(pool.submit(() -> work(therapist, signal, index, new WorkDay(signal, schedule))));
				}
			}
			for (Future<?> future : pending) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while working the demo inbox", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("working the demo inbox failed", ex.getCause());
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * The {@value #KEPT_OPEN} latest signals still in the loop of each therapist: every
	 * therapist (the first included, whose clients' data may end earliest) has a few
	 * signals to work, whatever day the demo is seeded. A risk answer is never among
	 * those left: it is worked the day it comes.
	 */
	private static java.util.Set<UUID> latestOfEachTherapist(List<Signal> signals) {
		Map<UUID, List<Signal>> byTherapist = new HashMap<>();
		signals.stream()
			.filter((s) -> s.status().inLoop() && s.occurredOn() != null && !"risk".equals(s.kind()))
			.forEach((s) -> byTherapist.computeIfAbsent(s.therapistId(), (k) -> new ArrayList<>()).add(s));
		java.util.Set<UUID> kept = new java.util.HashSet<>();
		byTherapist.values()
			.forEach((own) -> own.stream()
				.sorted(java.util.Comparator.comparing(Signal::occurredOn).reversed())
				.limit(KEPT_OPEN)
				.forEach((s) -> kept.add(s.id())));
		return kept;
	}

	/** Signals each therapist has left to work at least, when they have that many. */
	static final int KEPT_OPEN = 3;

	private void work(CurrentUser therapist, Signal signal, int index, WorkDay day) {
		// A task rupture's renegotiation may have acknowledged it already.
		if (signal.status() == SignalStatus.OPEN) {
			this.inbox.acknowledge(therapist, signal.id(), day.at(9, 0));
		}
		switch (signal.kind()) {
			case "risk" -> workRisk(therapist, signal, index, day);
			case "rupture" -> workRupture(therapist, signal, index, day);
			case "not-on-track" -> workNotOnTrack(therapist, signal.id(), day);
			case "dropout-risk" -> workDropoutRisk(therapist, signal.id(), day);
			default -> workOther(therapist, signal, index, day);
		}
	}

	private void workRisk(CurrentUser therapist, Signal signal, int index, WorkDay day) {
		// Reached to the minute, as a person enters it.
		String reached = day.at(9, 15).toString();
		this.inbox.recordAction(therapist, signal.id(), "contacted-client",
				"Phoned the client the day after the session; they picked up and agreed to talk it through.", reached,
				day.at(9, 40));
		this.inbox.recordAction(therapist, signal.id(), "assessed-risk",
				"Asked directly about thoughts, plans and intent: passive thoughts, no plan or intent;"
						+ " protective factors named (family, work).",
				reached, day.at(9, 41));
		if (index % 3 == 0) {
			this.inbox.recordAction(therapist, signal.id(), "safety-plan", "Reviewed the safety plan together.",
					reached, day.at(9, 42));
		}
		this.inbox.resolve(therapist, signal.id(), "Risk assessed as low; asked again at the next session.", null,
				day.at(9, 45));
	}

	private void workRupture(CurrentUser therapist, Signal signal, int index, WorkDay day) {
		if (index % 5 == 4) {
			this.inbox.resolve(therapist, signal.id(), null, "false-alarm", day.at(9, 5));
			return;
		}
		this.inbox.recordAction(therapist, signal.id(), "acknowledge-and-validate",
				"Named the low rating at the start of the next session and thanked the client for it.", null,
				day.at(11, 0));
		this.inbox.recordAction(therapist, signal.id(), "explore-barrier",
				"The homework felt too big after a hard week; we looked at what got in the way.", null, day.at(11, 1));
		this.inbox.resolve(therapist, signal.id(), "Talked it through; the next ratings came back up.", null,
				day.at(11, 5));
	}

	private void workNotOnTrack(CurrentUser therapist, UUID signalId, WorkDay day) {
		this.inbox.recordAction(therapist, signalId, "discussed-progress",
				"Showed the client the PHQ-9 chart; they said the last weeks felt heavier too.", null, day.at(11, 0));
		this.inbox.recordAction(therapist, signalId, "checked-alliance",
				"Asked how our work together feels; the client wants more focus on sleep and work stress.", null,
				day.at(11, 1));
		this.inbox.recordAction(therapist, signalId, "reviewed-treatment-plan",
				"Agreed to put behavioural activation first and review the PHQ-9 again in three sessions.", null,
				day.at(11, 2));
		this.inbox.resolve(therapist, signalId, "Plan changed with the client; progress reviewed at the next sessions.",
				null, day.at(11, 5));
	}

	private void workDropoutRisk(CurrentUser therapist, UUID signalId, WorkDay day) {
		this.inbox.recordAction(therapist, signalId, "discussed-attendance",
				"Asked what makes it hard to come; evening sessions clash with childcare. Talked about what to expect"
						+ " from the next weeks.",
				null, day.at(11, 0));
		this.inbox.recordAction(therapist, signalId, "checked-alliance",
				"Asked how our work together feels; the client wants more say in what we work on.", null,
				day.at(11, 1));
		this.inbox.recordAction(therapist, signalId, "agreed-next-appointment",
				"Moved to Tuesday mornings; a text reminder the day before.", null, day.at(11, 2));
		this.inbox.resolve(therapist, signalId, "Came to the next two sessions.", null, day.at(11, 5));
	}

	private void workOther(CurrentUser therapist, Signal signal, int index, WorkDay day) {
		if (index % 3 == 2) {
			this.inbox.resolve(therapist, signal.id(), null, "false-alarm", day.at(9, 5));
			return;
		}
		this.inbox.recordAction(therapist, signal.id(), "explore-barrier",
				"Asked the client how the sessions felt to them; they wanted more time on goals.", null, day.at(11, 0));
		this.inbox.resolve(therapist, signal.id(), "Adjusted the plan with the client.", null, day.at(11, 5));
	}

	/**
	 * The day a signal was worked: a risk signal's the day after its session, any other's
	 * at the client's next session. A step is never dated before the signal's last one (a
	 * task rupture acknowledged when its task was renegotiated).
	 */
	private static final class WorkDay {

		private final LocalDate day;

		private final Instant floor;

		private final DemoSchedule schedule;

		WorkDay(Signal signal, DemoSchedule schedule) {
			this.day = signal.occurredOn().plusDays(signal.risk() ? 1 : NEXT_SESSION_DAYS);
			Instant last = (signal.acknowledgedAt() != null) ? signal.acknowledgedAt() : signal.raisedAt();
			for (var action : signal.actions()) {
				last = action.recordedAt().isAfter(last) ? action.recordedAt() : last;
			}
			this.floor = last;
			this.schedule = schedule;
		}

		/** The time of the day, in the clinic's time zone. */
		Instant at(int hour, int minute) {
			Instant moment = this.schedule.at(this.day, LocalTime.of(hour, minute));
			return moment.isBefore(this.floor) ? this.floor : moment;
		}

	}

}
