package org.alliance.insight.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.alliance.insight.Formula;
import org.alliance.insight.Formula.RandomTerm;
import org.alliance.insight.Formula.Term;
import org.alliance.insight.InvalidInputException;

/**
 * Recursive-descent parser for the subset of R's formula language that lme4 uses:
 * {@code +}, {@code -1}/{@code 0}, {@code :}, {@code *}, parentheses, {@code (a | g)},
 * {@code (a || g)} and nested grouping {@code g1/g2}.
 */
public final class FormulaParser {

	private final List<FormulaToken> tokens;

	private final String text;

	private int position;

	private FormulaParser(String text) {
		this.text = text;
		this.tokens = FormulaToken.tokenize(text);
	}

	/**
	 * Parses an lme4 formula.
	 * @param text the formula text
	 * @return the formula, never null
	 * @throws InvalidInputException naming the problem
	 */
	public static Formula parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("the formula is empty");
		}
		return new FormulaParser(text).formula();
	}

	private Formula formula() {
		String response = expect(FormulaToken.Kind.NAME, "a response variable before '~'").text();
		expect(FormulaToken.Kind.TILDE, "'~' after the response");
		Terms terms = new Terms();
		sum(terms);
		if (peek().kind() != FormulaToken.Kind.END) {
			throw error("unexpected '" + peek().text() + "'");
		}
		List<Term> fixed = new ArrayList<>(terms.fixed);
		fixed.sort(Comparator.comparingInt((Term term) -> term.variables().size()));
		return new Formula(response, terms.intercept, fixed, terms.random, this.text.trim());
	}

	private void sum(Terms terms) {
		boolean negate = accept(FormulaToken.Kind.MINUS);
		summand(terms, negate);
		while (peek().kind() == FormulaToken.Kind.PLUS || peek().kind() == FormulaToken.Kind.MINUS) {
			negate = next().kind() == FormulaToken.Kind.MINUS;
			summand(terms, negate);
		}
	}

	private void summand(Terms terms, boolean negate) {
		FormulaToken token = peek();
		if (token.kind() == FormulaToken.Kind.NUMBER) {
			next();
			interceptLiteral(terms, token, negate);
			return;
		}
		if (negate) {
			throw error("only the intercept can be removed with '-' (write -1 or 0 +)");
		}
		if (token.kind() == FormulaToken.Kind.OPEN) {
			parenthesised(terms);
			return;
		}
		product(terms);
	}

	private void interceptLiteral(Terms terms, FormulaToken token, boolean negate) {
		if (token.text().equals("1")) {
			terms.intercept = !negate;
		}
		else if (token.text().equals("0") && !negate) {
			terms.intercept = false;
		}
		else {
			throw error("unexpected number '" + token.text() + "' (only 0 and 1 select the intercept)");
		}
	}

	private void parenthesised(Terms terms) {
		expect(FormulaToken.Kind.OPEN, "'('");
		Terms inner = new Terms();
		sum(inner);
		FormulaToken bar = peek();
		if (bar.kind() == FormulaToken.Kind.BAR || bar.kind() == FormulaToken.Kind.DOUBLE_BAR) {
			next();
			if (!inner.random.isEmpty()) {
				throw error("a random-effects term cannot hold another one");
			}
			List<List<String>> groupings = grouping();
			expect(FormulaToken.Kind.CLOSE, "')' closing the random-effects term");
			addRandom(terms, inner, groupings, bar.kind() == FormulaToken.Kind.DOUBLE_BAR);
			return;
		}
		expect(FormulaToken.Kind.CLOSE, "')'");
		terms.fixed.addAll(inner.fixed);
		terms.random.addAll(inner.random);
		terms.intercept &= inner.intercept;
	}

	private void addRandom(Terms terms, Terms effects, List<List<String>> groupings, boolean uncorrelated) {
		for (List<String> grouping : groupings) {
			if (!uncorrelated) {
				terms.random.add(new RandomTerm(effects.intercept, new ArrayList<>(effects.fixed), grouping));
				continue;
			}
			if (effects.intercept) {
				terms.random.add(new RandomTerm(true, List.of(), grouping));
			}
			for (Term effect : effects.fixed) {
				terms.random.add(new RandomTerm(false, List.of(effect), grouping));
			}
		}
	}

	/**
	 * Reads {@code g}, {@code g1:g2} or the nested {@code g1/g2/g3}, which lme4 expands
	 * to {@code g1}, {@code g2:g1} and {@code g3:g2:g1} (inner factor first, as it prints
	 * them).
	 */
	private List<List<String>> grouping() {
		List<List<String>> nested = new ArrayList<>();
		List<String> current = new ArrayList<>(interaction());
		nested.add(List.copyOf(current));
		while (accept(FormulaToken.Kind.SLASH)) {
			current.addAll(0, interaction());
			nested.add(List.copyOf(current));
		}
		return nested;
	}

	private List<String> interaction() {
		List<String> names = new ArrayList<>();
		names.add(expect(FormulaToken.Kind.NAME, "a grouping variable").text());
		while (accept(FormulaToken.Kind.COLON)) {
			names.add(expect(FormulaToken.Kind.NAME, "a variable after ':'").text());
		}
		return names;
	}

	/** Reads {@code a:b*c}, expanding {@code *} into all interactions of its operands. */
	private void product(Terms terms) {
		List<List<String>> operands = new ArrayList<>();
		operands.add(interaction());
		while (accept(FormulaToken.Kind.STAR)) {
			operands.add(interaction());
		}
		int count = operands.size();
		for (int subset = 1; subset < (1 << count); subset++) {
			Set<String> variables = new LinkedHashSet<>();
			for (int i = 0; i < count; i++) {
				if ((subset & (1 << i)) != 0) {
					variables.addAll(operands.get(i));
				}
			}
			terms.addFixed(new Term(new ArrayList<>(variables)));
		}
	}

	private FormulaToken peek() {
		return this.tokens.get(this.position);
	}

	private FormulaToken next() {
		return this.tokens.get(this.position++);
	}

	private boolean accept(FormulaToken.Kind kind) {
		if (peek().kind() == kind) {
			this.position++;
			return true;
		}
		return false;
	}

	private FormulaToken expect(FormulaToken.Kind kind, String what) {
		if (peek().kind() != kind) {
			throw error("expected " + what + " but found " + describe(peek()));
		}
		return next();
	}

	private static String describe(FormulaToken token) {
		return (token.kind() == FormulaToken.Kind.END) ? "the end of the formula" : "'" + token.text() + "'";
	}

	private InvalidInputException error(String problem) {
		return new InvalidInputException(
				"bad formula '" + this.text + "': " + problem + " (at character " + (peek().offset() + 1) + ")");
	}

	/** The terms of one sum while it is parsed. */
	private static final class Terms {

		private boolean intercept = true;

		private final List<Term> fixed = new ArrayList<>();

		private final List<RandomTerm> random = new ArrayList<>();

		void addFixed(Term term) {
			boolean present = this.fixed.stream()
				.anyMatch((other) -> Set.copyOf(other.variables()).equals(Set.copyOf(term.variables())));
			if (!present) {
				this.fixed.add(term);
			}
		}

	}

}
