package org.alliance.instrument;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped definition loads and says what the design brief and the instruments'
 * papers say it should.
 */
class ShippedInstrumentsTests {

	private final InstrumentCatalog catalog = Instruments.shipped();

	@Test
	void loadsEveryShippedInstrument() {
		assertThat(catalog.all()).extracting(Instrument::code)
			.containsExactly("alliance-check", "alliance-check-p", "alliance-check-t", "gad7", "phq9", "wai-sr");
		assertThat(catalog.all()).allSatisfy((instrument) -> {
			assertThat(instrument.items()).isNotEmpty();
			assertThat(instrument.copyright()).isNotBlank();
			assertThat(catalog.questionnaire(instrument.code())).isPresent();
		});
	}

	@Test
	void offersEnglishAndSpanishForThePublicDomainAndOpenInstruments() {
		for (String code : List.of("phq9", "gad7", "alliance-check", "alliance-check-t", "alliance-check-p")) {
			Instrument instrument = catalog.find(code).orElseThrow();
			assertThat(instrument.languages()).as(code).containsExactly("en", "es");
			assertThat(instrument.items()).as(code)
				.allSatisfy((item) -> assertThat(item.text("es")).isNotBlank().isNotEqualTo(item.text("en")));
		}
	}

	@Test
	void givesPhq9NineScoredItemsFromZeroToThreeAndNhsParameters() {
		Instrument phq9 = Instruments.phq9();

		assertThat(phq9.scoredItems()).hasSize(9).allSatisfy((item) -> {
			assertThat(item.min()).isZero();
			assertThat(item.max()).isEqualTo(3);
			assertThat(item.required()).isTrue();
			assertThat(item.reverse()).isFalse();
		});
		assertThat(phq9.totalMin()).isZero();
		assertThat(phq9.totalMax()).isEqualTo(27);
		assertThat(phq9.bands()).extracting(SeverityBand::label)
			.containsExactly("minimal", "mild", "moderate", "moderately severe", "severe");
		assertThat(phq9.clinicalCutoff()).isEqualTo(10);
		assertThat(phq9.reliableChange().reliableChangePoints()).isEqualTo(6);
		assertThat(phq9.item("10")).hasValueSatisfying((item) -> {
			assertThat(item.scored()).isFalse();
			assertThat(item.required()).isFalse();
		});
		assertThat(phq9.item("1").orElseThrow().text("en")).isEqualTo("Little interest or pleasure in doing things");
		assertThat(phq9.item("1").orElseThrow().text("es")).isEqualTo("Poco interés o placer en hacer cosas");
	}

	@Test
	void givesTheInstructionsAboveTheItemsInEachLanguage() {
		assertThat(catalog.instructions("phq9", "en"))
			.hasValue("Over the last 2 weeks, how often have you been bothered by any of the following problems?");
		assertThat(catalog.instructions("gad7", "es"))
			.hasValueSatisfying((text) -> assertThat(text).startsWith("Durante"));
		assertThat(catalog.instructions("gad7", "fr")).isEqualTo(catalog.instructions("gad7", "en"));
		assertThat(catalog.instructions("wai-sr", "en")).isEmpty();
		assertThat(catalog.instructions("nope", "en")).isEmpty();
	}

	@Test
	void givesGad7SevenScoredItemsAndNhsParameters() {
		Instrument gad7 = Instruments.gad7();

		assertThat(gad7.scoredItems()).hasSize(7);
		assertThat(gad7.totalMax()).isEqualTo(21);
		assertThat(gad7.bands()).extracting(SeverityBand::label)
			.containsExactly("minimal", "mild", "moderate", "severe");
		assertThat(gad7.clinicalCutoff()).isEqualTo(8);
		assertThat(gad7.reliableChange().reliableChangePoints()).isEqualTo(4);
	}

	@Test
	void labelsGad7ZeroOptionNotAtAllNotNotAtAllSure() {
		for (Item item : Instruments.gad7().scoredItems()) {
			AnswerOption zero = item.options().get(0);
			assertThat(zero.value()).isZero();
			assertThat(zero.label("en")).isEqualTo("Not at all");
			assertThat(zero.label("es")).isEqualTo("Ningún día");
		}
	}

	@Test
	void marksAllianceChecksAsOpenAndNotValidated() {
		for (String code : List.of("alliance-check", "alliance-check-t", "alliance-check-p")) {
			Instrument instrument = catalog.find(code).orElseThrow();
			assertThat(instrument.validated()).as(code).isFalse();
			assertThat(instrument.copyright()).as(code).contains("CC BY 4.0");
			assertThat(instrument.subscales()).as(code)
				.extracting(Subscale::code, Subscale::itemIds)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("bond", List.of("1", "2")),
						org.assertj.core.groups.Tuple.tuple("task", List.of("3", "4")),
						org.assertj.core.groups.Tuple.tuple("goal", List.of("5", "6")),
						org.assertj.core.groups.Tuple.tuple("empathy", List.of("7")));
			assertThat(instrument.totalMin()).isEqualTo(6);
			assertThat(instrument.totalMax()).isEqualTo(30);
		}
		assertThat(Instruments.allianceCheck().respondent()).isEqualTo(Respondent.CLIENT);
		assertThat(catalog.find("alliance-check-t").orElseThrow().respondent()).isEqualTo(Respondent.THERAPIST);
		assertThat(catalog.find("alliance-check-p").orElseThrow().kind()).isEqualTo("alliance-prediction");
	}

	@Test
	void endsAllianceCheckWithAnOptionalFreeTextQuestion() {
		Item question = Instruments.allianceCheck().item("8").orElseThrow();

		assertThat(question.type()).isEqualTo(ItemType.TEXT);
		assertThat(question.required()).isFalse();
		assertThat(question.text("en")).isEqualTo("What would make our next session more helpful?");
		assertThat(Instruments.allianceCheck().item("1").orElseThrow().options()).extracting((o) -> o.label("en"))
			.containsExactly("Not at all", "A little", "Somewhat", "Mostly", "Completely");
	}

	/**
	 * Hatcher &amp; Gillaspy (2006): 12 items, 1 Seldom to 5 Always; Task 1, 2, 10, 12;
	 * Bond 3, 5, 7, 9; Goal 4, 6, 8, 11; subscales 4-20, total 12-60.
	 */
	@Test
	void keysWaiSrAsHatcherAndGillaspy() {
		Instrument waiSr = catalog.find("wai-sr").orElseThrow();

		assertThat(waiSr.items()).hasSize(12).allSatisfy((item) -> {
			assertThat(item.min()).isEqualTo(1);
			assertThat(item.max()).isEqualTo(5);
			assertThat(item.reverse()).isFalse();
		});
		assertThat(waiSr.items().get(0).options()).extracting((o) -> o.label("en"))
			.containsExactly("Seldom", "Sometimes", "Fairly often", "Very often", "Always");
		assertThat(waiSr.subscales()).extracting(Subscale::code, Subscale::itemIds, Subscale::min, Subscale::max)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("task", List.of("1", "2", "10", "12"), 4.0, 20.0),
					org.assertj.core.groups.Tuple.tuple("bond", List.of("3", "5", "7", "9"), 4.0, 20.0),
					org.assertj.core.groups.Tuple.tuple("goal", List.of("4", "6", "8", "11"), 4.0, 20.0));
		assertThat(waiSr.totalMin()).isEqualTo(12);
		assertThat(waiSr.totalMax()).isEqualTo(60);
	}

	@Test
	void shipsNoWaiSrItemText() {
		Instrument waiSr = catalog.find("wai-sr").orElseThrow();

		assertThat(waiSr.availability()).isEqualTo(Availability.NEEDS_LICENSED_TEXT);
		assertThat(waiSr.languages()).isEmpty();
		assertThat(waiSr.items()).allSatisfy((item) -> assertThat(item.texts()).isEmpty());
		assertThat(catalog.questionnaire("wai-sr").orElseThrow().getItem())
			.allSatisfy((item) -> assertThat(item.hasText()).isFalse());
	}

}
