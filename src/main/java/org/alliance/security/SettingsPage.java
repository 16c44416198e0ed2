package org.alliance.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The clinic's settings page as a view, for the modules whose parts post to their own
 * routes ({@link SettingsPagePart}): a refused form shows the page again, the message
 * beside its field.
 */
@Component
public class SettingsPage {

	private final ClinicSettings clinics;

	private final Clinics details;

	/** Looked up at each showing: the parts' own controllers depend on this page. */
	private final ObjectProvider<SettingsPagePart> parts;

	SettingsPage(ClinicSettings clinics, Clinics details, ObjectProvider<SettingsPagePart> parts) {
		this.clinics = clinics;
		this.details = details;
		this.parts = parts;
	}

	/**
	 * Fills the model for the page and names its template.
	 * @return the view name
	 */
	public String show(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		if (!model.containsAttribute("clinic")) {
			model.addAttribute("clinic", this.details.details(user.clinicId()));
		}
		model.addAttribute("languages", this.details.languages());
		model.addAttribute("demo", this.clinics.demo(user.clinicId()));
		model.addAttribute("forTherapists", this.clinics.secondFactorForTherapists(user.clinicId()));
		model.addAttribute("parts", this.parts.orderedStream().map((part) -> part.of(user)).toList());
		return "security/settings";
	}

}
