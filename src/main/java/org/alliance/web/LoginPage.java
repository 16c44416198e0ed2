package org.alliance.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The sign-in page; Spring Security handles the form's POST.
 */
@Controller
class LoginPage {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	/**
	 * The sign-in page again, with the reason: sign-in forwards here, with status 429 and
	 * {@code Retry-After} already set, when the caller's address made too many attempts.
	 */
	@RequestMapping("/login/too-many")
	String tooMany(Model model) {
		model.addAttribute("tooMany", true);
		return "login";
	}

	/**
	 * The sign-in page again, with the reason: sign-in forwards here, with status 429 and
	 * {@code Retry-After} already set, when failed sign-ins with the email earned its
	 * next attempt a wait that has not passed. The security module puts the seconds left
	 * in the request attribute read here.
	 */
	@RequestMapping("/login/wait")
	String waitFor(HttpServletRequest request, Model model) {
		Object seconds = request.getAttribute("alliance.signInWaitSeconds");
		model.addAttribute("waitSeconds", (seconds instanceof Long left) ? left : 60L);
		return "login";
	}

}
