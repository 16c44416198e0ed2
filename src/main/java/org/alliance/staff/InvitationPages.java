package org.alliance.staff;

import jakarta.servlet.http.HttpServletResponse;

import org.alliance.security.AccountRefused;
import org.alliance.security.OpenInvitation;
import org.alliance.security.PasswordPolicy;
import org.alliance.security.StaffAccounts;
import org.alliance.web.PageProblems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /invitations/{token}}: the invitee, not signed in, chooses the name pages show
 * and a password by the policy, then signs in. A link that does not work (used, replaced,
 * expired or made up) gets one answer, 404, whichever it is.
 */
@Controller
class InvitationPages {

	private static final String PAGE = "staff/invitation";

	private final StaffAccounts staff;

	InvitationPages(StaffAccounts staff) {
		this.staff = staff;
	}

	@GetMapping("/invitations/{token}")
	String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
		return show(token, model, response);
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @RequestParam(required = false) String displayName,
			@RequestParam(required = false) String password, Model model, HttpServletResponse response) {
		try {
			this.staff.accept(token, displayName, password);
			return "redirect:/login?activated";
		}
		catch (AccountRefused ex) {
			RuntimeException problem = AccountProblems.of(ex);
			if (PageProblems.isFormProblem(problem)) {
				// The password is never sent back into the page.
				PageProblems.show(model, response, problem, PageProblems.given("displayName", displayName));
			}
			return show(token, model, response);
		}
	}

	private String show(String token, Model model, HttpServletResponse response) {
		OpenInvitation invitation = this.staff.invitation(token).orElse(null);
		if (invitation == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "staff/invitation-gone";
		}
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("recommendedLength", PasswordPolicy.RECOMMENDED_LENGTH);
		model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
		return PAGE;
	}

}
