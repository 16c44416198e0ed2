package org.alliance.staff;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.alliance.care.Reassignments;
import org.alliance.security.AccountActor;
import org.alliance.security.AccountRefused;
import org.alliance.security.AccountStatus;
import org.alliance.security.Clinics;
import org.alliance.security.CurrentUser;
import org.alliance.security.Role;
import org.alliance.security.StaffAccounts;
import org.alliance.security.StaffMember;
import org.alliance.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/users}: the clinic's people by name with role and status; invite, reset,
 * disable, enable, change a role, name a duty clinician and move a therapist's clients to
 * another, each a form whose refusal shows beside its field. A new invitation link is
 * shown once, on the page that answers the form, and never again.
 */
@Controller
class StaffPages {

	private static final String PAGE = "staff/users";

	private final StaffAccounts staff;

	private final Clinics clinics;

	private final Reassignments reassignments;

	private final InvitationMail mail;

	StaffPages(StaffAccounts staff, Clinics clinics, Reassignments reassignments, InvitationMail mail) {
		this.staff = staff;
		this.clinics = clinics;
		this.reassignments = reassignments;
		this.mail = mail;
	}

	@GetMapping("/admin/users")
	String people(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		List<StaffMember> people = this.staff.inClinic(user.clinicId());
		model.addAttribute("people", people);
		model.addAttribute("roles", List.of(Role.THERAPIST, Role.SUPERVISOR, Role.ADMIN));
		model.addAttribute("clientCounts", this.reassignments.clientsPerTherapist(user));
		model.addAttribute("takers",
				people.stream().filter((p) -> p.role() != Role.ADMIN && p.status() == AccountStatus.ACTIVE).toList());
		model.addAttribute("emailOn", this.mail.on());
		return PAGE;
	}

	/**
	 * Names the person a duty clinician, or no longer one ({@code duty} {@code on} or
	 * {@code off}).
	 */
	@PostMapping("/admin/users/{id}/duty")
	String duty(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String duty, Model model,
			HttpServletResponse response) {
		try {
			this.staff.setDutyClinician(AccountActor.of(user), id, "on".equals(duty));
			return "redirect:/admin/users";
		}
		catch (AccountRefused ex) {
			return refused(user, ex, id.toString(), PageProblems.given("duty", duty), model, response);
		}
	}

	/**
	 * Moves every client of the person (a therapist who left, or is away for long) to
	 * another therapist, with a reason.
	 */
	@PostMapping("/admin/users/{id}/clients/reassignment")
	String reassignAll(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String therapist,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
		try {
			int moved = this.reassignments.reassignAll(user, id, therapist, reason).size();
			return "redirect:/admin/users?moved=" + moved;
		}
		catch (RuntimeException ex) {
			if (!PageProblems.isFormProblem(ex)) {
				throw ex;
			}
			PageProblems.show(model, response, ex, PageProblems.given("therapist", therapist, "reason", reason));
			model.addAttribute("refusedForm", "move-" + id);
			return people(user, model);
		}
	}

	@PostMapping("/admin/users")
	String invite(CurrentUser user, @RequestParam(required = false) String email,
			@RequestParam(required = false) String displayName, @RequestParam(required = false) String role,
			@RequestParam(required = false) String administers, Model model, HttpServletResponse response) {
		try {
			return shown(user, this.mail.invite(AccountActor.of(user), email, displayName, role, administers != null),
					"invited", model);
		}
		catch (AccountRefused ex) {
			return refused(user, ex, "invite", PageProblems.given("email", email, "displayName", displayName, "role",
					role, "administers", (administers != null) ? "on" : ""), model, response);
		}
	}

	@PostMapping("/admin/users/{id}/reset")
	String reset(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
		try {
			return shown(user, this.mail.reset(AccountActor.of(user), id), "reset", model);
		}
		catch (AccountRefused ex) {
			return refused(user, ex, id.toString(), PageProblems.given(), model, response);
		}
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
		try {
			this.staff.disable(AccountActor.of(user), id);
			return "redirect:/admin/users";
		}
		catch (AccountRefused ex) {
			return refused(user, ex, id.toString(), PageProblems.given(), model, response);
		}
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
		try {
			this.staff.enable(AccountActor.of(user), id);
			return "redirect:/admin/users";
		}
		catch (AccountRefused ex) {
			return refused(user, ex, id.toString(), PageProblems.given(), model, response);
		}
	}

	@PostMapping("/admin/users/{id}/role")
	String role(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String role,
			@RequestParam(required = false) String administers, Model model, HttpServletResponse response) {
		try {
			this.staff.changeRole(AccountActor.of(user), id, role, administers != null);
			return "redirect:/admin/users";
		}
		catch (AccountRefused ex) {
			return refused(user, ex, id.toString(), PageProblems.given("role", role), model, response);
		}
	}

	/**
	 * The page with the new invitation: the link itself only when it was not emailed (the
	 * admin hands it over), otherwise that it was emailed.
	 */
	private String shown(CurrentUser user, InvitationMail.Handed handed, String why, Model model) {
		model.addAttribute("invitation", handed.invitation());
		model.addAttribute("invitationEmailed", handed.emailed());
		model.addAttribute("invitationUrl", handed.emailed() ? null : handed.url());
		model.addAttribute("invitationWhy", why);
		model.addAttribute("zone", this.clinics.timeZone(user.clinicId()));
		return people(user, model);
	}

	/**
	 * The page again with the refusal beside the form it came from: the invitation form,
	 * or the row of the person acted on.
	 */
	private String refused(CurrentUser user, AccountRefused ex, String form, Map<String, String> given, Model model,
			HttpServletResponse response) {
		RuntimeException problem = AccountProblems.of(ex);
		if (!PageProblems.isFormProblem(problem)) {
			throw problem;
		}
		PageProblems.show(model, response, problem, given);
		model.addAttribute("refusedForm", form);
		return people(user, model);
	}

}
