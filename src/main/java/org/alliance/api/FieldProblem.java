package org.alliance.api;

/**
 * One bad field of a request, as reported in a problem document's {@code errors}.
 *
 * @param field the field's path in the request, e.g. {@code answers.3} or
 * {@code therapist}
 * @param message what is wrong with it, in words a client developer can act on
 */
public record FieldProblem(String field, String message) {
}
