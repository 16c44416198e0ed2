package org.alliance.instrument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates and scores one set of answers to an instrument. Plain Java, no state.
 *
 * <p>
 * Rules, as the instruments' manuals give them: each scored item's answer is keyed
 * (reverse-keyed items count {@code min + max - x}), then summed or averaged over the
 * items that count toward the total, and likewise over each subscale's items. The total
 * is read against the severity bands, both ends inclusive (PHQ-9: Kroenke, Spitzer &amp;
 * Williams 2001; GAD-7: Spitzer et al. 2006). No proration: every scored item is
 * required, as the definition loader checks.
 */
public final class InstrumentScoring {

	private InstrumentScoring() {
	}

	/**
	 * Validates and scores answers.
	 * @param instrument the instrument answered
	 * @param answers answers by item id; a null value counts as no answer
	 * @return {@link ScoringResult.Scored}, or {@link ScoringResult.Rejected} naming
	 * every bad field: {@code "instrument"} when it cannot be given, else
	 * {@code "answers.<id>"}
	 */
	public static ScoringResult score(Instrument instrument, Map<String, Answer> answers) {
		List<AnswerError> errors = AnswerValidation.errors(instrument, answers);
		if (!errors.isEmpty()) {
			return new ScoringResult.Rejected(errors);
		}
		return new ScoringResult.Scored(scores(instrument, answers));
	}

	/**
	 * Validates and scores answers as they arrive in JSON: numbers for choice items,
	 * strings for text items. A number with a fraction or a string given for a choice
	 * item is refused on its field, with the item's allowed range.
	 * @param instrument the instrument answered
	 * @param values raw values by item id ({@link Number}, {@link String} or null)
	 * @return as {@link #score(Instrument, Map)}
	 */
	public static ScoringResult scoreValues(Instrument instrument, Map<String, ?> values) {
		RawAnswers raw = RawAnswers.read(instrument, values);
		List<AnswerError> errors = AnswerValidation.errors(instrument, raw.answers(), raw.errors());
		if (!errors.isEmpty()) {
			return new ScoringResult.Rejected(errors);
		}
		return new ScoringResult.Scored(scores(instrument, raw.answers()));
	}

	private static Scores scores(Instrument instrument, Map<String, Answer> answers) {
		double total = combine(instrument.scoreMethod(), instrument.scoredItems(), answers);
		Map<String, Double> subscales = new LinkedHashMap<>();
		for (Subscale subscale : instrument.subscales()) {
			List<Item> items = subscale.itemIds().stream().map((id) -> instrument.item(id).orElseThrow()).toList();
			subscales.put(subscale.code(), combine(instrument.scoreMethod(), items, answers));
		}
		String band = instrument.band(total).map(SeverityBand::label).orElse(null);
		return new Scores(total, subscales, band);
	}

	private static double combine(ScoreMethod method, List<Item> items, Map<String, Answer> answers) {
		double sum = 0;
		for (Item item : items) {
			sum += item.keyed(((Answer.Choice) answers.get(item.id())).value());
		}
		return (method == ScoreMethod.MEAN) ? sum / items.size() : sum;
	}

}
