package org.alliance.collaboration;

import java.util.Map;
import java.util.UUID;

import org.alliance.api.NotFound;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.CurrentUser;
import org.alliance.signal.Signal;
import org.alliance.signal.SignalInbox;
import org.alliance.web.FormValues;
import org.alliance.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff's forms for goals, tasks and the agenda. They are sent from the client page's
 * part, the brief and a task rupture's signal page; a refused form is shown again on the
 * client's goals-and-tasks page (or the renegotiation page) with the message beside its
 * field and what was typed kept.
 */
@Controller
class CollaborationPages {

	private final Goals goals;

	private final Tasks tasks;

	private final Agenda agenda;

	private final Caseload caseload;

	private final CollaborationPageModel pageModel;

	private final SignalInbox inbox;

	CollaborationPages(Goals goals, Tasks tasks, Agenda agenda, Caseload caseload, CollaborationPageModel pageModel,
			SignalInbox inbox) {
		this.goals = goals;
		this.tasks = tasks;
		this.agenda = agenda;
		this.caseload = caseload;
		this.pageModel = pageModel;
		this.inbox = inbox;
	}

	@GetMapping("/clients/{id}/goals-and-tasks")
	String page(CurrentUser user, @PathVariable UUID id, Model model) {
		Client client = this.caseload.client(user, id);
		model.addAttribute("user", user);
		model.addAttribute("client", client);
		model.addAttribute("values",
				Map.of("view", this.pageModel.view(user, client), "levels", CollaborationView.levels()));
		return "collaboration/page";
	}

	@PostMapping("/clients/{id}/goals")
	String writeGoal(CurrentUser user, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		return onPage(user, id, model, response, "goal", form, () -> this.goals.write(user, id, goalDraft(form)));
	}

	@PostMapping("/goals/{id}/ratings")
	String rate(CurrentUser user, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		Goal goal = this.goals.visibleGoal(user, id);
		return onPage(user, goal.clientId(), model, response, "rate-" + id, form, () -> {
			FormValues values = new FormValues();
			Integer session = values.wholeNumber("session", form.getOrDefault("session", ""));
			Integer level = values.wholeNumber("level", form.getOrDefault("level", ""));
			values.refuseIfAny();
			this.goals.rate(user, id, session, level, form.get("rater"));
		});
	}

	@PostMapping("/goals/{id}/revision")
	String revise(CurrentUser user, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		Goal goal = this.goals.visibleGoal(user, id);
		return onPage(user, goal.clientId(), model, response, "revise-" + id, form,
				() -> this.goals.revise(user, id, goalDraft(form)));
	}

	@PostMapping("/goals/{id}/status")
	String status(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String status, Model model,
			HttpServletResponse response) {
		Goal goal = this.goals.visibleGoal(user, id);
		return onPage(user, goal.clientId(), model, response, "status-" + id, Map.of(),
				() -> this.goals.changeStatus(user, id, status));
	}

	@PostMapping("/clients/{id}/tasks")
	String setTask(CurrentUser user, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		return onPage(user, id, model, response, "task", form, () -> this.tasks.set(user, id, taskDraft(form)));
	}

	@PostMapping("/tasks/{id}/completion")
	String complete(CurrentUser user, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		Task task = this.tasks.task(user, id);
		return onPage(user, task.clientId(), model, response, "complete-" + id, form, () -> {
			FormValues values = new FormValues();
			Integer session = values.wholeNumber("session", form.getOrDefault("session", ""));
			values.refuseIfAny();
			this.tasks.complete(user, id, form.get("status"), session);
		});
	}

	@PostMapping("/tasks/{id}/renegotiation")
	String renegotiate(CurrentUser user, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		Task task = this.tasks.task(user, id);
		return onPage(user, task.clientId(), model, response, "renegotiate-" + id, form,
				() -> this.tasks.renegotiate(user, id, taskDraft(form), null));
	}

	/** The renegotiation of a task rupture's last task, from the signal's page. */
	@GetMapping("/signals/{id}/renegotiation")
	String renegotiation(CurrentUser user, @PathVariable UUID id, Model model) {
		Signal signal = taskRupture(user, id);
		// A form for changing the client's tasks: opened by who may change them.
		this.caseload.clientToActOn(user, signal.clientId());
		model.addAttribute("user", user);
		model.addAttribute("signal", signal);
		model.addAttribute("client", this.caseload.client(user, signal.clientId()));
		model.addAttribute("values", TaskRuptureDetail.formValues(signal, this.tasks.lastMissed(user, signal)));
		return "collaboration/renegotiation";
	}

	@PostMapping("/signals/{id}/renegotiation")
	String renegotiateFromSignal(CurrentUser user, @PathVariable UUID id, @RequestParam Map<String, String> form,
			Model model, HttpServletResponse response) {
		Signal signal = taskRupture(user, id);
		try {
			Task last = this.tasks.lastMissed(user, signal);
			if (last == null) {
				throw new NotFound("task", "This signal names no task to renegotiate.");
			}
			this.tasks.renegotiate(user, last.id(), taskDraft(form), signal.id());
			return "redirect:/signals/" + id;
		}
		catch (RuntimeException ex) {
			if (!PageProblems.isFormProblem(ex)) {
				throw ex;
			}
			PageProblems.show(model, response, ex, form);
			return renegotiation(user, id, model);
		}
	}

	/**
	 * The signal, when it is a task rupture: only that kind has a task to renegotiate,
	 * and any other answers as a page that does not exist.
	 * @throws NotFound naming {@code signal} for another kind or a signal the person may
	 * not see
	 */
	private Signal taskRupture(CurrentUser user, UUID id) {
		Signal signal = this.inbox.open(user, id);
		if (!TaskRuptureScreen.KIND.equals(signal.kind())) {
			throw new NotFound("signal", "Only a task rupture has a task to renegotiate.");
		}
		return signal;
	}

	@PostMapping("/agenda/{id}/taken-up")
	String takeUp(CurrentUser user, @PathVariable UUID id) {
		AgendaItem item = this.agenda.takeUp(user, id);
		return "redirect:/clients/" + item.clientId() + "/brief#agenda";
	}

	/**
	 * Makes the change and goes back to the client's page; a refusal shows the client's
	 * goals-and-tasks page with the message beside the field of the form that was sent.
	 */
	private String onPage(CurrentUser user, UUID clientId, Model model, HttpServletResponse response, String form,
			Map<String, String> given, Runnable change) {
		try {
			change.run();
			return "redirect:/clients/" + clientId + "#collaboration";
		}
		catch (RuntimeException ex) {
			if (!PageProblems.isFormProblem(ex)) {
				throw ex;
			}
			PageProblems.show(model, response, ex, given);
			model.addAttribute("collabForm", form);
			return page(user, clientId, model);
		}
	}

	private static GoalDraft goalDraft(Map<String, String> form) {
		Map<String, String> levels = new java.util.LinkedHashMap<>();
		for (int level : AttainmentLevel.ALL) {
			levels.put(String.valueOf(level), form.get("levels." + level));
		}
		FormValues values = new FormValues();
		String weight = form.get("weight");
		Integer parsed = (weight == null || weight.isBlank()) ? null : values.wholeNumber("weight", weight);
		values.refuseIfAny();
		return new GoalDraft(form.get("text"), levels, parsed, form.get("writtenBy"));
	}

	private static TaskDraft taskDraft(Map<String, String> form) {
		FormValues values = new FormValues();
		Integer minutes = values.wholeNumber("minutes", form.getOrDefault("minutes", ""));
		Integer set = values.wholeNumber("setSession", form.getOrDefault("setSession", ""));
		Integer due = values.wholeNumber("dueSession", form.getOrDefault("dueSession", ""));
		values.refuseIfAny();
		return new TaskDraft(form.get("description"), form.get("rationale"), form.get("agreement"), minutes, set, due);
	}

}
