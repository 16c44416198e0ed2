package org.alliance.outreach;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.alliance.language.ClientLanguages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /kiosk}: the waiting room's tablet, where a client types the code their
 * therapist gave them and reaches their questionnaire, in the language chosen on it
 * (English, Spanish: {@link ClientLanguages}). A refused code is said beside the field in
 * the chosen language, the same words for an unknown, used or expired code.
 */
@Controller
class KioskPages {

	private final KioskCodes codes;

	private final ClientLanguages languages;

	KioskPages(KioskCodes codes, ClientLanguages languages) {
		this.codes = codes;
		this.languages = languages;
	}

	@GetMapping("/kiosk")
	String page(@RequestParam(required = false) String lang, Locale locale, Model model, HttpServletRequest request) {
		model.addAttribute("lang", language(lang, locale, request));
		return "outreach/kiosk";
	}

	@PostMapping("/kiosk")
	String enter(@RequestParam(required = false) String code, @RequestParam(required = false) String lang,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		String language = language(lang, locale, request);
		KioskCodes.Redeemed redeemed = this.codes.redeem(code, request.getRemoteAddr());
		if (redeemed instanceof KioskCodes.Redeemed.Opened opened) {
			return "redirect:" + opened.path() + "?lang=" + language;
		}
		model.addAttribute("lang", language);
		if (redeemed instanceof KioskCodes.Redeemed.Wait wait) {
			long seconds = Math.max(1, wait.duration().toSeconds());
			model.addAttribute("error", this.languages.text(language, "kiosk.wait", seconds));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		}
		else {
			model.addAttribute("error", this.languages.text(language, "kiosk.refused"));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return "outreach/kiosk";
	}

	/**
	 * The language asked for in the address, else the browser's; English unless a bundle
	 * offers it. The page is rendered in it.
	 */
	private String language(String lang, Locale locale, HttpServletRequest request) {
		String language = this.languages.offered(lang) ? lang : this.languages.orFirst(locale.getLanguage());
		ClientLanguages.use(request, language);
		return language;
	}

}
