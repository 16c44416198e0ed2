package org.alliance.instrument.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.alliance.instrument.AnswerOption;
import org.alliance.instrument.Availability;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.Item;
import org.alliance.instrument.ItemType;
import org.alliance.instrument.ReliableChange;
import org.alliance.instrument.Respondent;
import org.alliance.instrument.ScoreMethod;
import org.alliance.instrument.SeverityBand;
import org.alliance.instrument.Subscale;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;

/**
 * Turns a FHIR R4 Questionnaire with our scoring extensions into an {@link Instrument}.
 * Totals and subscale ranges are derived from the items, so a file cannot state a range
 * its items contradict.
 */
public final class QuestionnaireReader {

	/** The longest free-text answer when the item sets no {@code maxLength}. */
	static final int DEFAULT_TEXT_LENGTH = 2000;

	private QuestionnaireReader() {
	}

	/**
	 * Reads a questionnaire; licensed instruments come back needing their text.
	 * @param questionnaire the parsed resource
	 * @return the instrument, never null
	 * @throws IllegalStateException when the definition breaks a rule of
	 * {@link DefinitionCheck}
	 */
	public static Instrument read(Questionnaire questionnaire) {
		String code = questionnaire.getIdElement().getIdPart();
		String language = baseLanguage(questionnaire);
		List<QuestionItem> questions = new ArrayList<>();
		collect(questionnaire.getItem(), language, questions);
		List<Item> items = questions.stream().map(QuestionItem::item).toList();
		ScoreMethod method = FhirElements.string(questionnaire, Extensions.SCORE_METHOD)
			.map((name) -> ScoreMethod.valueOf(name.toUpperCase(Locale.ROOT)))
			.orElse(ScoreMethod.SUM);
		List<Item> scored = items.stream().filter(Item::scored).toList();
		boolean licensed = FhirElements.bool(questionnaire, Extensions.LICENSED_TEXT).orElse(false);
		Instrument instrument = new Instrument(code, questionnaire.getTitle(), respondent(questionnaire),
				FhirElements.string(questionnaire, Extensions.KIND).orElse("symptom"),
				FhirElements.bool(questionnaire, Extensions.VALIDATED).orElse(true),
				licensed ? Availability.NEEDS_LICENSED_TEXT : Availability.AVAILABLE,
				questionnaire.hasCopyright() ? questionnaire.getCopyright() : "", Languages.complete(items, language),
				items, subscales(questionnaire, questions, method), method, bound(method, scored, Item::min),
				bound(method, scored, Item::max), bands(questionnaire),
				FhirElements.decimal(questionnaire, Extensions.CLINICAL_CUTOFF).orElse(null),
				reliableChange(questionnaire));
		DefinitionCheck.check(instrument, questions, licensed, language);
		return instrument;
	}

	static String baseLanguage(Questionnaire questionnaire) {
		return questionnaire.hasLanguage() ? questionnaire.getLanguage() : "en";
	}

	/** Question items in order; groups are walked into and display items skipped. */
	static void collect(List<QuestionnaireItemComponent> components, String language, List<QuestionItem> into) {
		for (QuestionnaireItemComponent component : components) {
			switch (component.getType()) {
				case GROUP -> collect(component.getItem(), language, into);
				case DISPLAY -> {
				}
				case CHOICE -> into.add(new QuestionItem(choice(component, language), subscaleCodes(component)));
				case STRING, TEXT -> into.add(new QuestionItem(text(component, language), subscaleCodes(component)));
				default -> throw new IllegalStateException(
						"item " + component.getLinkId() + ": unsupported type " + component.getType().toCode());
			}
		}
	}

	private static Item choice(QuestionnaireItemComponent component, String language) {
		List<AnswerOption> options = component.getAnswerOption()
			.stream()
			.map((option) -> option(component, option, language))
			.toList();
		int min = options.stream().mapToInt(AnswerOption::value).min().orElse(0);
		int max = options.stream().mapToInt(AnswerOption::value).max().orElse(0);
		return new Item(component.getLinkId(), FhirElements.translated(component.getTextElement(), language),
				ItemType.CHOICE, min, max, options, FhirElements.bool(component, Extensions.ITEM_REVERSE).orElse(false),
				component.getRequired(), FhirElements.bool(component, Extensions.ITEM_SCORED).orElse(true));
	}

	private static Item text(QuestionnaireItemComponent component, String language) {
		int maxLength = component.hasMaxLength() ? component.getMaxLength() : DEFAULT_TEXT_LENGTH;
		return new Item(component.getLinkId(), FhirElements.translated(component.getTextElement(), language),
				ItemType.TEXT, 0, maxLength, List.of(), false, component.getRequired(),
				FhirElements.bool(component, Extensions.ITEM_SCORED).orElse(false));
	}

	/** The option's score is HL7's ordinalValue, on the option or on its coding. */
	private static AnswerOption option(QuestionnaireItemComponent item, QuestionnaireItemAnswerOptionComponent option,
			String language) {
		if (!option.hasValueCoding()) {
			throw new IllegalStateException("item " + item.getLinkId() + ": answer options must be codings");
		}
		Coding coding = option.getValueCoding();
		Double score = FhirElements.decimal(option, Extensions.ORDINAL_VALUE)
			.or(() -> FhirElements.decimal(coding, Extensions.ORDINAL_VALUE))
			.orElseThrow(() -> new IllegalStateException(
					"item " + item.getLinkId() + ": option " + coding.getCode() + " has no ordinalValue"));
		if (score != Math.rint(score)) {
			throw new IllegalStateException("item " + item.getLinkId() + ": option scores must be whole numbers");
		}
		return new AnswerOption(score.intValue(), FhirElements.translated(coding.getDisplayElement(), language));
	}

	private static List<String> subscaleCodes(QuestionnaireItemComponent component) {
		return component.getExtensionsByUrl(Extensions.ITEM_SUBSCALE)
			.stream()
			.map((extension) -> extension.getValue().primitiveValue())
			.toList();
	}

	private static Respondent respondent(Questionnaire questionnaire) {
		String wire = FhirElements.string(questionnaire, Extensions.RESPONDENT).orElse("client");
		return Respondent.fromWire(wire).orElseThrow(() -> new IllegalStateException("unknown respondent " + wire));
	}

	private static List<Subscale> subscales(Questionnaire questionnaire, List<QuestionItem> questions,
			ScoreMethod method) {
		Map<String, Subscale> subscales = new LinkedHashMap<>();
		for (Extension declared : questionnaire.getExtensionsByUrl(Extensions.SUBSCALE)) {
			String code = FhirElements.string(declared, "code").orElseThrow();
			List<Item> items = questions.stream()
				.filter((question) -> question.subscales().contains(code))
				.map(QuestionItem::item)
				.toList();
			subscales.put(code,
					new Subscale(code, FhirElements.string(declared, "title").orElse(code),
							items.stream().map(Item::id).toList(), bound(method, items, Item::min),
							bound(method, items, Item::max)));
		}
		return List.copyOf(subscales.values());
	}

	private static double bound(ScoreMethod method, List<Item> items, ToIntFunction<Item> end) {
		double sum = items.stream().mapToInt(end).sum();
		return (method == ScoreMethod.MEAN && !items.isEmpty()) ? sum / items.size() : sum;
	}

	private static List<SeverityBand> bands(Questionnaire questionnaire) {
		return questionnaire.getExtensionsByUrl(Extensions.SEVERITY_BAND)
			.stream()
			.map((band) -> new SeverityBand(FhirElements.decimal(band, "from").orElseThrow(),
					FhirElements.decimal(band, "to").orElseThrow(), FhirElements.string(band, "label").orElseThrow()))
			.toList();
	}

	private static ReliableChange reliableChange(Questionnaire questionnaire) {
		Extension change = questionnaire.getExtensionByUrl(Extensions.RELIABLE_CHANGE);
		if (change == null) {
			return null;
		}
		return new ReliableChange(FhirElements.decimal(change, "points").orElse(null),
				FhirElements.decimal(change, "sd").orElse(null),
				FhirElements.decimal(change, "reliability").orElse(null));
	}

	/** An item with the subscale codes it declares. */
	record QuestionItem(Item item, List<String> subscales) {

	}

}
