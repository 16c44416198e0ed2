package org.alliance.outcome;

import org.alliance.api.Forbidden;
import org.alliance.security.CurrentUser;
import org.alliance.security.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The clinic's dropout model for those who answer for it: admins, and supervisors, who
 * may read it. A transparent model is one a clinic can inspect (docs/manual.md, "Dropout
 * risk"): its coefficients, how well it separates dropouts out of fold, and how well its
 * risks match what happened. Read from the kept model, never fitted here.
 */
@Controller
class DropoutModelPages {

	private final DropoutRisk dropoutRisk;

	DropoutModelPages(DropoutRisk dropoutRisk) {
		this.dropoutRisk = dropoutRisk;
	}

	@GetMapping("/admin/dropout-model")
	String model(CurrentUser user, Model model) {
		// The model's coefficients and calibration are figures over the clinic's finished
		// episodes with no client named: an admin may see them as well as a supervisor.
		if (!user.manages() && user.role() != Role.SUPERVISOR) {
			throw new Forbidden("role", "Only admins and supervisors see the clinic's dropout model.");
		}
		model.addAttribute("user", user);
		model.addAttribute("model",
				DropoutModelView.of(this.dropoutRisk.model(user.clinicId()), this.dropoutRisk.landmarkSession(),
						this.dropoutRisk.eventsPerFeature(), this.dropoutRisk.signalLevel(user.clinicId())));
		return "outcome/dropout-model";
	}

}
