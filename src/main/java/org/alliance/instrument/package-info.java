/**
 * Instruments: definitions read from FHIR R4 Questionnaire files, scoring, response
 * validation and licensed item text; the admin's instrument list
 * ({@code templates/instrument/}).
 *
 * <p>
 * Each file {@code src/main/resources/instruments/<code>.json} is a FHIR R4
 * {@code Questionnaire} whose {@code id} is the instrument code; adding a file adds an
 * instrument, no code needed. Scoring lives in these extensions, all under the
 * placeholder namespace {@code https://alliance.example.org/fhir/StructureDefinition/}
 * (to be replaced once the project publishes its own StructureDefinitions):
 * <ul>
 * <li>on the Questionnaire: {@code instrument-respondent} (valueCode {@code client} |
 * {@code therapist}), {@code instrument-kind} (valueCode {@code symptom} |
 * {@code alliance} | {@code alliance-prediction}), {@code instrument-validated}
 * (valueBoolean), {@code instrument-licensed-text} (valueBoolean: the item text is
 * supplied by the clinic, never shipped), {@code score-method} (valueCode {@code sum} |
 * {@code mean}), {@code subscale} (repeating; sub-extensions {@code code} valueCode and
 * {@code title} valueString), {@code severity-band} (repeating; {@code from} and
 * {@code to} valueDecimal, inclusive, and {@code label} valueString),
 * {@code clinical-cutoff} (valueDecimal: at or above it a client is a clinical case),
 * {@code reliable-change} ({@code points}, the least change that counts as reliable;
 * {@code sd}, the reference sample's SD, with {@code reliability}, for the Jacobson &amp;
 * Truax index; each valueDecimal and optional; and {@code source}, valueString, where
 * they were published) and {@code norms} ({@code functional-mean}, {@code functional-sd},
 * {@code dysfunctional-mean}, {@code dysfunctional-sd}, valueDecimal, each pair optional,
 * and {@code source}), for the cutoffs a, b and c of clinically significant change;</li>
 * <li>on an item: {@code item-subscale} (repeating valueCode naming a declared subscale),
 * {@code item-reverse} (valueBoolean: scored {@code min + max - x}) and
 * {@code item-scored} (valueBoolean: counts toward the total; default true for choice
 * items, false for text).</li>
 * </ul>
 * Standard HL7 extensions carry the rest: an answer option's score is
 * {@code http://hl7.org/fhir/StructureDefinition/ordinalValue} on its
 * {@code valueCoding}, and other languages are
 * {@code http://hl7.org/fhir/StructureDefinition/translation} on {@code _text},
 * {@code _title} and an option's {@code _display}. Total and subscale ranges are derived
 * from the items, not declared.
 */
package org.alliance.instrument;
