package org.alliance.instrument;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The instrument catalogue over the JSON API.
 */
@RestController
@Tag(name = "Instruments",
		description = "The measures the clinic can give: items, answer ranges, subscales and whether each is "
				+ "available")
@RequestMapping("/api/v1")
class InstrumentApiController {

	private final InstrumentCatalog catalog;

	InstrumentApiController(InstrumentCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/instruments")
	@Operation(summary = "The instrument catalogue",
			description = "Every instrument with its items (text in language, en or es; null while a licensed "
					+ "instrument lacks its text, availability then needs licensed text), answer range, subscales "
					+ "and total range; validated is false for an instrument that is not a validated one.")
	@ApiResponse(responseCode = "200", description = "The instruments")
	List<InstrumentView> instruments(@RequestParam(defaultValue = "en") String language) {
		return this.catalog.all().stream().map((instrument) -> InstrumentView.of(instrument, language)).toList();
	}

	record InstrumentView(String code, String title, String respondent, String kind, boolean validated,
			String availability, List<ItemView> items, List<SubscaleView> subscales, double totalMin, double totalMax) {
		static InstrumentView of(Instrument instrument, String language) {
			return new InstrumentView(instrument.code(), instrument.title(language), instrument.respondent().wireName(),
					instrument.kind(), instrument.validated(),
					instrument.administrable() ? "available" : "needs licensed text",
					instrument.items().stream().map((item) -> ItemView.of(item, language, instrument)).toList(),
					instrument.subscales()
						.stream()
						.map((s) -> new SubscaleView(s.code(), s.title(), s.itemIds(), s.min(), s.max()))
						.toList(),
					instrument.totalMin(), instrument.totalMax());
		}
	}

	/** An item; its text is null while a licensed instrument still lacks its text. */
	record ItemView(String id, String text, String type, Integer min, Integer max, boolean required) {
		static ItemView of(Item item, String language, Instrument instrument) {
			boolean choice = item.type() == ItemType.CHOICE;
			return new ItemView(item.id(), instrument.administrable() ? item.text(language) : null,
					item.type().name().toLowerCase(java.util.Locale.ROOT), choice ? item.min() : null,
					choice ? item.max() : null, item.required());
		}
	}

	record SubscaleView(String code, String title, List<String> items, double min, double max) {
	}

}
