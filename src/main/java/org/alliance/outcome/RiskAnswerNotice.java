package org.alliance.outcome;

import java.util.Map;
import java.util.Optional;

import org.alliance.instrument.Answer;
import org.alliance.measure.CrisisNotice;

import org.springframework.stereotype.Component;

/**
 * The clinic's crisis information for the client's phone form, in the client's language,
 * once any answer on the link is a risk answer ({@link RiskAnswer}).
 */
@Component
class RiskAnswerNotice implements CrisisNotice {

	private final SafetySettings safety;

	RiskAnswerNotice(SafetySettings safety) {
		this.safety = safety;
	}

	@Override
	public Optional<String> after(Map<String, Map<String, Answer>> answered, String language) {
		boolean risk = answered.entrySet()
			.stream()
			.anyMatch((answers) -> RiskAnswer.in(answers.getKey(), answers.getValue()).isPresent());
		return risk ? Optional.of(this.safety.crisisText(language)) : Optional.empty();
	}

}
