package org.alliance.staff;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.alliance.security.AccountActor;
import org.alliance.security.AccountRefused;
import org.alliance.security.Clinics;
import org.alliance.security.CurrentUser;
import org.alliance.security.IssuedInvitation;
import org.alliance.security.PublicUrl;
import org.alliance.security.Role;
import org.alliance.security.StaffAccounts;
import org.alliance.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/users}: the clinic's people by name with role and status; invite, reset,
 * disable, enable and change a role, each a form whose refusal shows beside its field. A
 * new invitation link is shown once, on the page that answers the form, and never again.
 */
@Controller
class StaffPages {

	private static final String PAGE = "staff/users";

	private final StaffAccounts staff;

	private final PublicUrl url;

	private final Clinics clinics;

	StaffPages(StaffAccounts staff, PublicUrl url, Clinics clinics) {
		this.staff = staff;
		this.url = url;
		this.clinics = clinics;
	}

	@GetMapping("/admin/users")
	String people(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("people", this.staff.inClinic(user.clinicId()));
		model.addAttribute("roles", List.of(Role.THERAPIST, Role.SUPERVISOR, Role.ADMIN));
		return PAGE;
	}

	@PostMapping("/admin/users")
	String invite(CurrentUser user, @RequestParam(required = false) String email,
			@RequestParam(required = false) String displayName, @RequestParam(required = false) String role,
			@RequestParam(required = false) String administers, Model model, HttpServletResponse response) {
		try {
			IssuedInvitation invitation = this.staff.invite(AccountActor.of(user), email, displayName, role,
					administers != null);
			return shown(user, invitation, "invited", model);
		}
		catch (AccountRefused ex) {
			return refused(user, ex, "invite", PageProblems.given("email", email, "displayName", displayName, "role",
					role, "administers", (administers != null) ? "on" : ""), model, response);
		}
	}

	@PostMapping("/admin/users/{id}/reset")
	String reset(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
		try {
			return shown(user, this.staff.reset(AccountActor.of(user), id), "reset", model);
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

	private String shown(CurrentUser user, IssuedInvitation invitation, String why, Model model) {
		model.addAttribute("invitation", invitation);
		model.addAttribute("invitationUrl", this.url.of(invitation.path()));
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
