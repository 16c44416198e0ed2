package org.alliance.insight;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Factor levels in the order R users see them: R (built with ICU, as Debian's and CRAN's
 * builds are) sorts text by ICU collation in the session's locale, en_US here, so
 * {@code cbt} comes before {@code Waitlist}; the summary and the JSON name each factor's
 * reference level, and a user can choose it as with R's {@code relevel}.
 */
class FactorLevelOrderTests {

	private static ModelFit levelOrder(DataTable data) {
		return MixedModel.fit(data, Formula.parse("phq ~ arm*week + (1|client)"), Criterion.REML);
	}

	/**
	 * R 4.2.2, lme4 1.1-31 on {@code level-order.csv} (field-cases README): with
	 * {@code cbt} the reference level, {@code week} is the cbt slope, −1.1361; logLik
	 * −138.4819221474 whatever the reference.
	 */
	@Test
	void takesTheFirstLevelInRsEnglishOrderAsReference() {
		ModelFit fit = levelOrder(FieldCases.read("level-order.csv"));
		assertThat(fit.fixedEffects()).extracting(FixedEffect::name)
			.containsExactly("(Intercept)", "armWaitlist", "week", "armWaitlist:week");
		assertThat(fit.fixedEffect("week").estimate()).isCloseTo(-1.1361, within(5e-5));
		assertThat(fit.logLikelihood()).isCloseTo(-138.4819221474, within(1e-6 * 138.48));
		assertThat(fit.referenceLevels()).containsExactly(org.assertj.core.api.Assertions.entry("arm", "cbt"));
	}

	@Test
	void namesTheReferenceLevelInTheSummaryAndTheJson() {
		ModelFit fit = levelOrder(FieldCases.read("level-order.csv"));
		assertThat(ModelSummary.of(fit, "level-order.csv")).contains("Reference level of arm: cbt");
		JsonNode json = JsonMapper.builder().build().readTree(ModelFitJson.of(fit, 0, 0, false));
		assertThat(json.get("referenceLevels").get("arm").asString()).isEqualTo("cbt");
	}

	@Test
	void letsTheUserChooseTheReferenceLevelAsRelevelDoes() {
		ModelFit fit = levelOrder(FieldCases.read("level-order.csv").withReferenceLevel("arm", "Waitlist"));
		// the field-cases README: with Waitlist as reference, week is the Waitlist slope
		assertThat(fit.fixedEffect("week").estimate()).isCloseTo(-0.408, within(5e-4));
		assertThat(fit.fixedEffect("armcbt:week").estimate()).isCloseTo(-1.1361 + 0.408, within(1e-3));
		assertThat(fit.logLikelihood()).isCloseTo(-138.4819221474, within(1e-6 * 138.48));
	}

	@Test
	void refusesAReferenceLevelTheColumnDoesNotHave() {
		DataTable data = FieldCases.read("level-order.csv");
		assertThatThrownBy(() -> data.withReferenceLevel("arm", "waitlist")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("'waitlist' is not a value of column 'arm'")
			.hasMessageContaining("Waitlist");
		assertThatThrownBy(() -> data.withReferenceLevel("week", "0")).hasMessageContaining("numeric");
	}

}
