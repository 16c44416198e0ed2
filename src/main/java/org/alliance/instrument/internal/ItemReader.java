package org.alliance.instrument.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliance.instrument.AnswerOption;
import org.alliance.instrument.Item;
import org.alliance.instrument.ItemType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/**
 * Reads the question items of a Questionnaire: choice items with scored options, and
 * free-text items. Groups are walked into; display items are not questions.
 */
final class ItemReader {

	/** The link id of the display item that carries an instrument's instructions. */
	static final String INSTRUCTIONS = "instructions";

	/** The longest free-text answer when the item sets no {@code maxLength}. */
	static final int DEFAULT_TEXT_LENGTH = 2000;

	private ItemReader() {
	}

	/** The question items in order, groups flattened, display items left out. */
	static List<QuestionnaireItemComponent> questions(List<QuestionnaireItemComponent> components) {
		List<QuestionnaireItemComponent> questions = new ArrayList<>();
		for (QuestionnaireItemComponent component : components) {
			if (component.getType() == QuestionnaireItemType.GROUP) {
				questions.addAll(questions(component.getItem()));
			}
			else if (component.getType() != QuestionnaireItemType.DISPLAY) {
				questions.add(component);
			}
		}
		return questions;
	}

	/**
	 * The instructions by language, from the top-level display item
	 * {@value #INSTRUCTIONS}.
	 */
	static Map<String, String> instructions(Questionnaire questionnaire, String language) {
		return questionnaire.getItem()
			.stream()
			.filter((item) -> item.getType() == QuestionnaireItemType.DISPLAY && INSTRUCTIONS.equals(item.getLinkId()))
			.findFirst()
			.map((item) -> FhirElements.translated(item.getTextElement(), language))
			.orElse(Map.of());
	}

	static QuestionItem read(QuestionnaireItemComponent component, String language) {
		Item item = switch (component.getType()) {
			case CHOICE -> choice(component, language);
			case STRING, TEXT -> text(component, language);
			default -> throw new IllegalStateException(
					"item " + component.getLinkId() + ": unsupported type " + component.getType().toCode());
		};
		List<String> subscales = component.getExtensionsByUrl(Extensions.ITEM_SUBSCALE)
			.stream()
			.map((extension) -> extension.getValue().primitiveValue())
			.toList();
		return new QuestionItem(item, subscales);
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

	/** An item with the subscale codes it declares. */
	record QuestionItem(Item item, List<String> subscales) {

	}

}
