package org.alliance.instrument.internal;

/**
 * The FHIR extension URLs our instrument files use. Ours live under {@value #BASE}, a
 * placeholder namespace until the project has a canonical home; the package documentation
 * of {@code org.alliance.instrument} lists each one.
 */
public final class Extensions {

	/** Placeholder namespace of our own extensions. */
	public static final String BASE = "https://alliance.example.org/fhir/StructureDefinition/";

	public static final String RESPONDENT = BASE + "instrument-respondent";

	public static final String KIND = BASE + "instrument-kind";

	public static final String VALIDATED = BASE + "instrument-validated";

	public static final String LICENSED_TEXT = BASE + "instrument-licensed-text";

	public static final String SCORE_METHOD = BASE + "score-method";

	public static final String SUBSCALE = BASE + "subscale";

	public static final String SEVERITY_BAND = BASE + "severity-band";

	public static final String CLINICAL_CUTOFF = BASE + "clinical-cutoff";

	public static final String RELIABLE_CHANGE = BASE + "reliable-change";

	public static final String NORMS = BASE + "norms";

	public static final String ITEM_SUBSCALE = BASE + "item-subscale";

	public static final String ITEM_REVERSE = BASE + "item-reverse";

	public static final String ITEM_SCORED = BASE + "item-scored";

	/** HL7's translation of a string element, with {@code lang} and {@code content}. */
	public static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";

	/** HL7's score of a coded answer (R4 {@code ordinalValue}). */
	public static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

	private Extensions() {
	}

}
