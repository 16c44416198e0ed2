package org.alliance.insight.internal;

import java.util.ArrayList;
import java.util.List;

import org.alliance.insight.InvalidInputException;

/**
 * One lexical token of a formula.
 *
 * @param kind what the token is
 * @param text its text
 * @param offset where it starts in the formula, from 0
 */
record FormulaToken(Kind kind, String text, int offset) {

	enum Kind {

		NAME, NUMBER, TILDE, PLUS, MINUS, COLON, STAR, SLASH, BAR, DOUBLE_BAR, OPEN, CLOSE, END

	}

	static List<FormulaToken> tokenize(String text) {
		List<FormulaToken> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '`') {
				int end = text.indexOf('`', i + 1);
				if (end < 0) {
					throw new InvalidInputException("bad formula '" + text + "': unclosed backquote");
				}
				tokens.add(new FormulaToken(Kind.NAME, text.substring(i + 1, end), i));
				i = end + 1;
			}
			else if (Character.isDigit(c) && !startsName(text, i)) {
				int end = i;
				while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
					end++;
				}
				tokens.add(new FormulaToken(Kind.NUMBER, text.substring(i, end), i));
				i = end;
			}
			else if (isNameChar(c)) {
				int end = i;
				while (end < text.length() && isNameChar(text.charAt(end))) {
					end++;
				}
				tokens.add(new FormulaToken(Kind.NAME, text.substring(i, end), i));
				i = end;
			}
			else {
				i = symbol(text, i, tokens);
			}
		}
		tokens.add(new FormulaToken(Kind.END, "", text.length()));
		return tokens;
	}

	private static boolean startsName(String text, int i) {
		int end = i;
		while (end < text.length() && isNameChar(text.charAt(end))) {
			end++;
		}
		String word = text.substring(i, end);
		return !word.chars().allMatch((ch) -> Character.isDigit(ch) || ch == '.');
	}

	private static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.';
	}

	private static int symbol(String text, int i, List<FormulaToken> tokens) {
		char c = text.charAt(i);
		if (c == '|' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
			tokens.add(new FormulaToken(Kind.DOUBLE_BAR, "||", i));
			return i + 2;
		}
		Kind kind = switch (c) {
			case '~' -> Kind.TILDE;
			case '+' -> Kind.PLUS;
			case '-' -> Kind.MINUS;
			case ':' -> Kind.COLON;
			case '*' -> Kind.STAR;
			case '/' -> Kind.SLASH;
			case '|' -> Kind.BAR;
			case '(' -> Kind.OPEN;
			case ')' -> Kind.CLOSE;
			default -> throw new InvalidInputException(
					"bad formula '" + text + "': unexpected character '" + c + "' at character " + (i + 1));
		};
		tokens.add(new FormulaToken(kind, String.valueOf(c), i));
		return i + 1;
	}

}
