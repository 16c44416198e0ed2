package org.alliance.safety;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.alliance.instrument.Answer;
import org.alliance.measure.CrisisNotice;
import org.alliance.security.Clinics;

import org.springframework.stereotype.Component;

/**
 * The clinic's crisis information for the client's phone form, in the client's language,
 * once any answer on the link is a risk answer ({@link RiskAnswer}).
 */
@Component
class RiskAnswerNotice implements CrisisNotice {

	private final SafetySettings safety;

	private final Clinics clinics;

	RiskAnswerNotice(SafetySettings safety, Clinics clinics) {
		this.safety = safety;
		this.clinics = clinics;
	}

	/**
	 * The clinic's own crisis text when it set one at setup (with its phone number),
	 * otherwise the configured text of {@link SafetySettings}.
	 */
	@Override
	public Optional<String> after(UUID clinicId, Map<String, Map<String, Answer>> answered, String language) {
		boolean risk = answered.entrySet()
			.stream()
			.anyMatch((answers) -> RiskAnswer.in(answers.getKey(), answers.getValue()).isPresent());
		if (!risk) {
			return Optional.empty();
		}
		return Optional.of(text(clinicId, language));
	}

	/**
	 * The clinic's own crisis text when it set one at setup (with its phone number),
	 * otherwise the configured text of {@link SafetySettings}.
	 */
	@Override
	public String text(UUID clinicId, String language) {
		return this.clinics.crisisText(clinicId, language).orElseGet(() -> this.safety.crisisText(language));
	}

}
