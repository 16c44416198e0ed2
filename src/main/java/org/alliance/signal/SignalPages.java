package org.alliance.signal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.alliance.api.Conflict;
import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.Clinics;
import org.alliance.security.CurrentUser;
import org.alliance.security.Role;
import org.alliance.security.UserAccount;
import org.alliance.security.UserAccounts;
import org.alliance.web.PageProblems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The therapist's inbox and a signal's page, where the repair steps of a rupture are
 * recorded. What only the raising module can read (a rupture's result and chart) comes
 * through {@link SignalDetail}.
 */
@Controller
class SignalPages {

	private final SignalInbox inbox;

	private final Caseload caseload;

	private final List<SignalDetail> details;

	private final SignalSettings settings;

	private final UserAccounts accounts;

	private final Clinics clinics;

	SignalPages(SignalInbox inbox, Caseload caseload, List<SignalDetail> details, SignalSettings settings,
			UserAccounts accounts, Clinics clinics) {
		this.accounts = accounts;
		this.clinics = clinics;
		this.inbox = inbox;
		this.caseload = caseload;
		this.details = details;
		this.settings = settings;
	}

	/**
	 * The inbox, one group per client, most urgent first; filtered by kind and, for a
	 * supervisor, by therapist. A value the filter does not offer shows the form again
	 * with the message beside its field, over the unfiltered inbox. For a supervisor or a
	 * duty clinician, {@code view=risk} shows the clinic's risk signals still to work,
	 * every client's ("Risk — all clients").
	 */
	@GetMapping("/inbox")
	String inbox(CurrentUser user, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String therapist, @RequestParam(required = false) String show,
			@RequestParam(required = false) String view, Model model, HttpServletResponse response) {
		boolean coversRisk = this.inbox.coversClinicRisk(user);
		boolean riskView = "risk".equals(view) && coversRisk;
		List<Signal> clinicRisk = coversRisk ? this.inbox.riskOfClinic(user) : List.of();
		Map<UUID, String> pseudonyms = pseudonyms(user, riskView ? clinicRisk : List.of());
		List<UserAccount> staff = this.accounts.inClinic(user.clinicId());
		Map<UUID, String> therapists = new LinkedHashMap<>();
		boolean wholeClinic = user.role() == Role.SUPERVISOR || riskView;
		if (wholeClinic) {
			// The therapists who work signals now: not an invited or a disabled account.
			this.accounts.activeInClinic(user.clinicId())
				.stream()
				.filter((account) -> account.role() == Role.THERAPIST)
				.forEach((account) -> therapists.put(account.id(), account.displayName()));
		}
		List<Signal> signals = riskView ? clinicRisk : this.inbox.inbox(user);
		Set<String> kinds = InboxFilter.kinds(signals);
		InboxFilter filter = InboxFilter.NONE;
		try {
			filter = InboxFilter.read(kind, therapist, kinds, therapists);
		}
		catch (InvalidRequest ex) {
			PageProblems.show(model, response, ex, PageProblems.given("kind", kind, "therapist", therapist));
		}
		// Signals to work by default; those resolved on their own page, so that a month
		// of
		// worked signals does not bury today's.
		boolean resolvedView = "resolved".equals(show);
		List<Signal> admitted = signals.stream().filter(filter::admits).toList();
		List<Signal> shown = admitted.stream().filter((s) -> s.status().inLoop() != resolvedView).toList();
		model.addAttribute("riskView", riskView);
		model.addAttribute("coversRisk", coversRisk);
		model.addAttribute("clinicRiskCount", clinicRisk.size());
		model.addAttribute("overdueSince", overdue(signals));
		model.addAttribute("zone", this.clinics.timeZone(user.clinicId()));
		model.addAttribute("resolvedView", resolvedView);
		model.addAttribute("otherViewCount", admitted.size() - shown.size());
		model.addAttribute("user", user);
		model.addAttribute("groups", ClientSignals.of(shown, pseudonyms));
		model.addAttribute("shown", shown.size());
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", kinds);
		model.addAttribute("therapists", therapists);
		model.addAttribute("pseudonyms", pseudonyms);
		Duration overdueAfter = this.settings.overdueAfter();
		model.addAttribute("overdue",
				(user.role() == Role.SUPERVISOR) ? this.inbox.unacknowledged(user, overdueAfter) : List.of());
		model.addAttribute("overdueDays", overdueAfter.toDays());
		model.addAttribute("therapistNames",
				staff.stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName)));
		model.addAttribute("falseAlarms", (user.role() == Role.SUPERVISOR) ? this.inbox.falseAlarms(user) : Map.of());
		return "signal/inbox";
	}

	/**
	 * The pseudonyms of the clients the person sees, and of the clients of the risk
	 * signals they cover: a duty clinician reads those by name, and no more of them.
	 */
	private Map<UUID, String> pseudonyms(CurrentUser user, List<Signal> covered) {
		Map<UUID, String> pseudonyms = new HashMap<>();
		this.caseload.visibleTo(user).forEach((client) -> pseudonyms.put(client.id(), client.pseudonym()));
		Set<UUID> others = covered.stream()
			.map(Signal::clientId)
			.filter((id) -> !pseudonyms.containsKey(id))
			.collect(Collectors.toSet());
		if (!others.isEmpty()) {
			this.caseload.forRiskCover(user, others).forEach((id, client) -> pseudonyms.put(id, client.pseudonym()));
		}
		return pseudonyms;
	}

	/** Since when each overdue signal is overdue, by signal. */
	private Map<UUID, Instant> overdue(List<Signal> signals) {
		Map<UUID, Instant> since = new HashMap<>();
		signals.forEach((signal) -> this.inbox.overdueSince(signal).ifPresent((at) -> since.put(signal.id(), at)));
		return since;
	}

	@GetMapping("/signals/{id}")
	String signal(CurrentUser user, @PathVariable UUID id, Model model) {
		Signal signal = this.inbox.open(user, id);
		model.addAttribute("user", user);
		model.addAttribute("signal", signal);
		boolean readsRecord = this.inbox.readsRecord(user, signal);
		Client client = readsRecord ? this.caseload.client(user, signal.clientId())
				: this.caseload.forRiskCover(user, List.of(signal.clientId())).get(signal.clientId());
		if (client == null) {
			throw new NotFound("id", "No signal " + id + " among those you may see.");
		}
		model.addAttribute("client", client);
		model.addAttribute("readsRecord", readsRecord);
		ZoneId zone = this.clinics.timeZone(user.clinicId());
		model.addAttribute("zone", zone);
		model.addAttribute("overdueSince", this.inbox.overdueSince(signal).orElse(null));
		if (signal.risk()) {
			model.addAttribute("reach", ReachTheClient.of(client, this.accounts, this.clinics));
		}
		List<StepView> steps = SignalStep.forKind(signal.kind()).stream().map(StepView::of).toList();
		model.addAttribute("steps", steps);
		model.addAttribute("stepTitles", steps.stream().collect(Collectors.toMap(StepView::code, StepView::title)));
		Map<String, String> evidence = Evidence.entries(signal.evidence());
		model.addAttribute("evidence", evidence);
		if (evidence != null) {
			this.details.stream()
				.filter((detail) -> detail.kind().equals(signal.kind()))
				.findFirst()
				.flatMap((detail) -> detail.read(user, signal, evidence))
				.ifPresent((reading) -> {
					model.addAttribute("result", reading.result());
					model.addAttribute("chart", reading.chart());
				});
		}
		this.details.stream()
			.filter((detail) -> detail.kind().equals(signal.kind()))
			.findFirst()
			.flatMap((detail) -> detail.part(user, signal))
			.ifPresent((part) -> model.addAttribute("detailPart", part));
		model.addAttribute("works", this.inbox.works(user, signal));
		return "signal/signal";
	}

	@PostMapping("/signals/{id}/acknowledge")
	String acknowledge(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
		return act(user, id, model, response, Map.of(), () -> this.inbox.acknowledge(user, id));
	}

	@PostMapping("/signals/{id}/actions")
	String recordStep(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String step,
			@RequestParam(required = false) String note, @RequestParam(required = false) String contactedAt,
			Model model, HttpServletResponse response) {
		return act(user, id, model, response,
				PageProblems.given("step", step, "note", note, "contactedAt", contactedAt),
				() -> this.inbox.recordAction(user, id, step, note, contactedAt));
	}

	@PostMapping("/signals/{id}/resolve")
	String resolve(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
		return act(user, id, model, response, PageProblems.given("outcome", outcome, "reason", reason),
				() -> this.inbox.resolve(user, id, outcome, reason));
	}

	/**
	 * Takes the step and goes back to the signal; a step the loop or the user's role does
	 * not allow, or a bad value, shows the signal page again with the reason.
	 */
	private String act(CurrentUser user, UUID id, Model model, HttpServletResponse response, Map<String, String> given,
			Supplier<Signal> change) {
		try {
			change.get();
			return "redirect:/signals/" + id;
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("given", given);
		}
		catch (RuntimeException ex) {
			if (!PageProblems.isFormProblem(ex)) {
				throw ex;
			}
			PageProblems.show(model, response, ex, given);
		}
		return signal(user, id, model);
	}

	/**
	 * A repair step as the pages name it: a stable code for the record, the founding
	 * text's words.
	 */
	record StepView(String code, String title) {
		static StepView of(SignalStep step) {
			return new StepView(step.code(), step.wording());
		}
	}

}
