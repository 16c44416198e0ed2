package org.alliance.insight;

import java.util.List;

import org.alliance.insight.Formula.RandomTerm;
import org.alliance.insight.Formula.Term;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * lme4's formula syntax as documented in {@code ?lme4::lmer} and {@code ?formula}.
 */
class FormulaTests {

	@Test
	void readsFixedTermsInteractionsAndSeveralRandomTerms() {
		Formula formula = Formula.parse("y ~ x1 + x2 + x1:x2 + (1 + x1|g1) + (1|g2)");
		assertThat(formula.response()).isEqualTo("y");
		assertThat(formula.intercept()).isTrue();
		assertThat(formula.fixed()).extracting(Term::label).containsExactly("x1", "x2", "x1:x2");
		assertThat(formula.random()).containsExactly(
				new RandomTerm(true, List.of(new Term(List.of("x1"))), List.of("g1")),
				new RandomTerm(true, List.of(), List.of("g2")));
	}

	@Test
	void expandsNestedGroupingIntoTheOuterFactorAndTheInteractionNamedInnerFirstAsLme4Does() {
		Formula formula = Formula.parse("y ~ 1 + (1|therapist/client)");
		assertThat(formula.random()).extracting(RandomTerm::groupLabel)
			.containsExactly("therapist", "client:therapist");
	}

	@Test
	void expandsDoubleBarIntoUncorrelatedTerms() {
		Formula formula = Formula.parse("Reaction ~ Days + (Days || Subject)");
		assertThat(formula.random()).containsExactly(new RandomTerm(true, List.of(), List.of("Subject")),
				new RandomTerm(false, List.of(new Term(List.of("Days"))), List.of("Subject")));
	}

	@Test
	void dropsTheInterceptWithZeroOrMinusOne() {
		assertThat(Formula.parse("y ~ 0 + x + (1|g)").intercept()).isFalse();
		assertThat(Formula.parse("y ~ x - 1 + (1|g)").intercept()).isFalse();
		assertThat(Formula.parse("y ~ x + (0 + x|g)").random().get(0).intercept()).isFalse();
	}

	@Test
	void expandsStarIntoMainEffectsAndInteractionOrderedByDegree() {
		Formula formula = Formula.parse("y ~ a:b + c*d + (1|g)");
		assertThat(formula.fixed()).extracting(Term::label).containsExactly("c", "d", "a:b", "c:d");
	}

	@Test
	void acceptsParenthesisedGroupsOfRandomTerms() {
		Formula formula = Formula.parse("Reaction ~ Days + ((1 | Subject) + (0 + Days | Subject))");
		assertThat(formula.random()).hasSize(2);
	}

	@Test
	void namesTheProblemInABadFormula() {
		assertThatThrownBy(() -> Formula.parse("y ~ x + (1|g")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("')'");
		assertThatThrownBy(() -> Formula.parse("y x + (1|g)")).hasMessageContaining("'~'");
		assertThatThrownBy(() -> Formula.parse("y ~ x + $z + (1|g)")).hasMessageContaining("'$'");
		assertThatThrownBy(() -> Formula.parse("y ~ x")).hasMessageContaining("no random-effects term");
		assertThatThrownBy(() -> Formula.parse("   ")).hasMessageContaining("empty");
	}

	@Test
	void listsEveryVariableOnce() {
		assertThat(Formula.parse("y ~ x + (x|g) + (1|g/h)").variables()).containsExactly("y", "x", "g", "h");
	}

}
