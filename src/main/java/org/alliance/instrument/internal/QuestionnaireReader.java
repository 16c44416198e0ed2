package org.alliance.instrument.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.alliance.instrument.Availability;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.Item;
import org.alliance.instrument.Norms;
import org.alliance.instrument.ReliableChange;
import org.alliance.instrument.Respondent;
import org.alliance.instrument.ScoreMethod;
import org.alliance.instrument.SeverityBand;
import org.alliance.instrument.Subscale;
import org.alliance.instrument.internal.ItemReader.QuestionItem;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * Turns a FHIR R4 Questionnaire with our scoring extensions into an {@link Instrument}.
 * Total and subscale ranges are derived from the items, so a file cannot state a range
 * its items contradict.
 */
public final class QuestionnaireReader {

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
		String language = baseLanguage(questionnaire);
		List<QuestionItem> questions = ItemReader.questions(questionnaire.getItem())
			.stream()
			.map((component) -> ItemReader.read(component, language))
			.toList();
		List<Item> items = questions.stream().map(QuestionItem::item).toList();
		ScoreMethod method = scoreMethod(questionnaire);
		List<Item> scored = items.stream().filter(Item::scored).toList();
		boolean licensed = FhirElements.bool(questionnaire, Extensions.LICENSED_TEXT).orElse(false);
		Instrument instrument = new Instrument(questionnaire.getIdElement().getIdPart(), questionnaire.getTitle(),
				respondent(questionnaire), FhirElements.string(questionnaire, Extensions.KIND).orElse("symptom"),
				FhirElements.bool(questionnaire, Extensions.VALIDATED).orElse(true),
				licensed ? Availability.NEEDS_LICENSED_TEXT : Availability.AVAILABLE,
				questionnaire.hasCopyright() ? questionnaire.getCopyright() : "", Languages.complete(items, language),
				items, subscales(questionnaire, questions, method), method, bound(method, scored, Item::min),
				bound(method, scored, Item::max), bands(questionnaire),
				FhirElements.decimal(questionnaire, Extensions.CLINICAL_CUTOFF).orElse(null),
				reliableChange(questionnaire), norms(questionnaire),
				FhirElements.translated(questionnaire.getTitleElement(), language));
		DefinitionCheck.check(instrument, questions, licensed, language);
		return instrument;
	}

	static String baseLanguage(Questionnaire questionnaire) {
		return questionnaire.hasLanguage() ? questionnaire.getLanguage() : "en";
	}

	private static ScoreMethod scoreMethod(Questionnaire questionnaire) {
		return FhirElements.string(questionnaire, Extensions.SCORE_METHOD)
			.map((name) -> ScoreMethod.valueOf(name.toUpperCase(Locale.ROOT)))
			.orElse(ScoreMethod.SUM);
	}

	private static Respondent respondent(Questionnaire questionnaire) {
		String wire = FhirElements.string(questionnaire, Extensions.RESPONDENT).orElse("client");
		return Respondent.fromWire(wire).orElseThrow(() -> new IllegalStateException("unknown respondent " + wire));
	}

	/** Subscales in declared order, each with the items that name it. */
	private static List<Subscale> subscales(Questionnaire questionnaire, List<QuestionItem> questions,
			ScoreMethod method) {
		List<Subscale> subscales = new ArrayList<>();
		for (Extension declared : questionnaire.getExtensionsByUrl(Extensions.SUBSCALE)) {
			String code = FhirElements.string(declared, "code")
				.orElseThrow(() -> new IllegalStateException("a subscale has no code"));
			List<Item> items = questions.stream()
				.filter((question) -> question.subscales().contains(code))
				.map(QuestionItem::item)
				.toList();
			subscales.add(new Subscale(code, FhirElements.string(declared, "title").orElse(code),
					items.stream().map(Item::id).toList(), bound(method, items, Item::min),
					bound(method, items, Item::max)));
		}
		return subscales;
	}

	/** The lowest or highest score a set of items can give: their sum, or their mean. */
	private static double bound(ScoreMethod method, List<Item> items, ToIntFunction<Item> end) {
		double sum = items.stream().mapToInt(end).sum();
		return (method == ScoreMethod.MEAN && !items.isEmpty()) ? sum / items.size() : sum;
	}

	private static List<SeverityBand> bands(Questionnaire questionnaire) {
		return questionnaire.getExtensionsByUrl(Extensions.SEVERITY_BAND)
			.stream()
			.map((band) -> new SeverityBand(part(band, "from"), part(band, "to"),
					FhirElements.string(band, "label")
						.orElseThrow(() -> new IllegalStateException("a severity band has no label"))))
			.toList();
	}

	private static double part(Extension band, String name) {
		return FhirElements.decimal(band, name)
			.orElseThrow(() -> new IllegalStateException("a severity band has no " + name));
	}

	private static ReliableChange reliableChange(Questionnaire questionnaire) {
		Extension change = questionnaire.getExtensionByUrl(Extensions.RELIABLE_CHANGE);
		if (change == null) {
			return null;
		}
		return new ReliableChange(FhirElements.decimal(change, "points").orElse(null),
				FhirElements.decimal(change, "sd").orElse(null),
				FhirElements.decimal(change, "reliability").orElse(null),
				FhirElements.string(change, "source").orElse(null));
	}

	private static Norms norms(Questionnaire questionnaire) {
		Extension norms = questionnaire.getExtensionByUrl(Extensions.NORMS);
		if (norms == null) {
			return null;
		}
		return new Norms(FhirElements.decimal(norms, "functional-mean").orElse(null),
				FhirElements.decimal(norms, "functional-sd").orElse(null),
				FhirElements.decimal(norms, "dysfunctional-mean").orElse(null),
				FhirElements.decimal(norms, "dysfunctional-sd").orElse(null),
				FhirElements.string(norms, "source").orElse(null));
	}

}
