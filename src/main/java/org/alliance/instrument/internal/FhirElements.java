package org.alliance.instrument.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads extension values and translated strings from FHIR elements.
 */
final class FhirElements {

	private FhirElements() {
	}

	static Optional<String> string(Element element, String url) {
		return string(element.getExtension(), url);
	}

	static Optional<String> string(DomainResource resource, String url) {
		return string(resource.getExtension(), url);
	}

	static Optional<Double> decimal(Element element, String url) {
		return string(element, url).map(Double::valueOf);
	}

	static Optional<Double> decimal(DomainResource resource, String url) {
		return string(resource, url).map(Double::valueOf);
	}

	static Optional<Boolean> bool(Element element, String url) {
		return string(element, url).map(Boolean::valueOf);
	}

	static Optional<Boolean> bool(DomainResource resource, String url) {
		return string(resource, url).map(Boolean::valueOf);
	}

	/** The primitive value of the first extension with the URL, as FHIR writes it. */
	private static Optional<String> string(List<Extension> extensions, String url) {
		return extensions.stream()
			.filter((extension) -> url.equals(extension.getUrl()) && extension.getValue() != null)
			.map((extension) -> extension.getValue().primitiveValue())
			.filter(Objects::nonNull)
			.findFirst();
	}

	/**
	 * A string element's text by language: its own value in the resource's language plus
	 * each HL7 translation extension on it.
	 */
	static Map<String, String> translated(StringType element, String baseLanguage) {
		Map<String, String> texts = new HashMap<>();
		if (element == null) {
			return texts;
		}
		if (element.hasValue() && !element.getValue().isBlank()) {
			texts.put(baseLanguage, element.getValue());
		}
		for (Extension translation : element.getExtensionsByUrl(Extensions.TRANSLATION)) {
			Optional<String> language = string(translation, "lang");
			Optional<String> content = string(translation, "content");
			if (language.isPresent() && content.isPresent() && !content.get().isBlank()) {
				texts.put(language.get(), content.get());
			}
		}
		return texts;
	}

}
