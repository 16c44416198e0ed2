package org.alliance.insight;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.alliance.insight.internal.FormulaParser;

/**
 * A mixed-model formula in lme4 syntax, e.g.
 * {@code y ~ x1 + x2 + x1:x2 + (1 + x1 | g1) + (1 | g2)}.
 * <p>
 * Nested grouping {@code (1 | a/b)} is expanded to {@code (1 | a) + (1 | a:b)} and
 * {@code (x || g)} to {@code (1 | g) + (0 + x | g)}, as lme4 does; {@code a*b} expands to
 * {@code a + b + a:b}. Fixed terms are ordered by their degree, as R's {@code terms()}
 * does.
 *
 * @param response the response column, never null
 * @param intercept whether the fixed part has an intercept
 * @param fixed the fixed-effects terms other than the intercept, never null
 * @param random the random-effects terms, at least one
 * @param text the formula as written
 */
public record Formula(String response, boolean intercept, List<Term> fixed, List<RandomTerm> random, String text) {

	public Formula {
		fixed = List.copyOf(fixed);
		random = List.copyOf(random);
		if (random.isEmpty()) {
			throw new InvalidInputException("the formula has no random-effects term such as (1 | group)");
		}
	}

	/**
	 * Parses a formula.
	 * @param text the formula, e.g. {@code Reaction ~ Days + (Days | Subject)}
	 * @return the parsed formula, never null
	 * @throws InvalidInputException naming the problem when the text is not a formula
	 */
	public static Formula parse(String text) {
		return FormulaParser.parse(text);
	}

	@Override
	public String toString() {
		return this.text;
	}

	/**
	 * Every column the formula reads, response first.
	 * @return column names in order of first use, never null
	 */
	public List<String> variables() {
		Set<String> names = new LinkedHashSet<>();
		names.add(this.response);
		this.fixed.forEach((term) -> names.addAll(term.variables()));
		for (RandomTerm term : this.random) {
			term.effects().forEach((effect) -> names.addAll(effect.variables()));
			names.addAll(term.grouping());
		}
		return new ArrayList<>(names);
	}

	/**
	 * One model term: a variable or an interaction of variables ({@code x1:x2}).
	 *
	 * @param variables the interacting variables, at least one
	 */
	public record Term(List<String> variables) {

		public Term {
			variables = List.copyOf(variables);
		}

		/**
		 * Names the term as R does.
		 * @return e.g. {@code x1:x2}
		 */
		public String label() {
			return String.join(":", this.variables);
		}

	}

	/**
	 * One random-effects term {@code (effects | grouping)}.
	 *
	 * @param intercept whether the term has a random intercept
	 * @param effects the terms with random coefficients, besides the intercept
	 * @param grouping the grouping variables, interacting ({@code a:b}) when more than
	 * one
	 */
	public record RandomTerm(boolean intercept, List<Term> effects, List<String> grouping) {

		public RandomTerm {
			effects = List.copyOf(effects);
			grouping = List.copyOf(grouping);
		}

		/**
		 * Names the grouping factor as lme4 does.
		 * @return e.g. {@code Subject} or {@code client:therapist}
		 */
		public String groupLabel() {
			return String.join(":", this.grouping);
		}

		/**
		 * Writes the term as a formula would, after expansion.
		 * @return e.g. {@code (1 + arm | client)} or {@code (0 + week | client)}
		 */
		public String label() {
			List<String> parts = new ArrayList<>();
			parts.add(this.intercept ? "1" : "0");
			this.effects.forEach((effect) -> parts.add(effect.label()));
			return "(" + String.join(" + ", parts) + " | " + groupLabel() + ")";
		}

	}

}
