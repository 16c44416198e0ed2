package org.alliance.instrument;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test fixtures: the shipped catalog (loaded once, without licensed text) and answer
 * sets.
 */
final class Instruments {

	private static final InstrumentCatalog SHIPPED = InstrumentCatalog.load(null);

	private Instruments() {
	}

	static InstrumentCatalog shipped() {
		return SHIPPED;
	}

	static Instrument phq9() {
		return SHIPPED.find("phq9").orElseThrow();
	}

	static Instrument gad7() {
		return SHIPPED.find("gad7").orElseThrow();
	}

	static Instrument allianceCheck() {
		return SHIPPED.find("alliance-check").orElseThrow();
	}

	/** Choice answers to items "1", "2", ... in order. */
	static Map<String, Answer> choices(int... values) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			answers.put(String.valueOf(i + 1), new Answer.Choice(values[i]));
		}
		return answers;
	}

	static Scores scored(Instrument instrument, Map<String, Answer> answers) {
		ScoringResult result = InstrumentScoring.score(instrument, answers);
		if (result instanceof ScoringResult.Scored scored) {
			return scored.scores();
		}
		throw new AssertionError("expected scores but was " + result);
	}

	static ScoringResult.Rejected rejected(Instrument instrument, Map<String, Answer> answers) {
		ScoringResult result = InstrumentScoring.score(instrument, answers);
		if (result instanceof ScoringResult.Rejected rejected) {
			return rejected;
		}
		throw new AssertionError("expected a rejection but was " + result);
	}

}
