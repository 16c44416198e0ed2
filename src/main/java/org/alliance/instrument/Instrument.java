package org.alliance.instrument;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An instrument as read from its definition file under {@code instruments/}: its items,
 * how they are scored and how the total is read.
 *
 * @param code the instrument's code and file name, such as {@code "phq9"}
 * @param title its English title
 * @param respondent who answers it
 * @param kind {@code "symptom"}, {@code "alliance"} or {@code "alliance-prediction"}
 * @param validated false for our own measures that have not been validated
 * @param availability whether it can be given now
 * @param copyright the copyright and licence statement, never null
 * @param languages the languages in which every item has its text; empty while the
 * licensed text is missing
 * @param items the items in order, never null
 * @param subscales the subscales in declared order, never null (possibly empty)
 * @param scoreMethod how item scores combine
 * @param totalMin the lowest possible total
 * @param totalMax the highest possible total
 * @param bands the severity bands in ascending order, empty when the instrument has none
 * @param clinicalCutoff the total at or above which a client counts as a clinical case,
 * or null
 * @param reliableChange reliable-change parameters, or null
 * @param norms functional and dysfunctional norms of the total, or null
 * @param titles the title by language (HL7 translation extensions on the title)
 */
public record Instrument(String code, String title, Respondent respondent, String kind, boolean validated,
		Availability availability, String copyright, List<String> languages, List<Item> items, List<Subscale> subscales,
		ScoreMethod scoreMethod, double totalMin, double totalMax, List<SeverityBand> bands, Double clinicalCutoff,
		ReliableChange reliableChange, Norms norms, Map<String, String> titles) {

	public Instrument {
		titles = Map.copyOf(titles);
		languages = List.copyOf(languages);
		items = List.copyOf(items);
		subscales = List.copyOf(subscales);
		bands = List.copyOf(bands);
	}

	/**
	 * The title in the language, or the English title where there is no translation.
	 * @param language e.g. {@code es}
	 * @return never null
	 */
	public String title(String language) {
		return (language != null) ? this.titles.getOrDefault(language, this.title) : this.title;
	}

	/**
	 * Finds an item by id.
	 * @param id the item's id
	 * @return the item, or empty when the instrument has no such item
	 */
	public Optional<Item> item(String id) {
		return items.stream().filter((item) -> item.id().equals(id)).findFirst();
	}

	/**
	 * Whether the instrument can be given and scored now.
	 * @return true when it is {@link Availability#AVAILABLE}
	 */
	public boolean administrable() {
		return availability == Availability.AVAILABLE;
	}

	/**
	 * The severity band a total falls in.
	 * @param total a total score
	 * @return the band, or empty when the instrument has no bands or none contains the
	 * total
	 */
	public Optional<SeverityBand> band(double total) {
		return bands.stream().filter((band) -> band.contains(total)).findFirst();
	}

	/**
	 * The items that count toward the total.
	 * @return the scored items in order, never null
	 */
	public List<Item> scoredItems() {
		return items.stream().filter(Item::scored).toList();
	}

}
