package org.alliance.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.alliance.api.FieldProblem;
import org.alliance.api.FieldRules;

/**
 * Reads a form's text fields into the types the services take, gathering a problem per
 * field that does not read instead of failing on the first. Range and meaning are the
 * services' to check (see {@link FieldRules}); this only reads.
 */
public final class FormValues {

	private final List<FieldProblem> problems = new ArrayList<>();

	/** A whole number, or null (and a problem) when the field is empty or not one. */
	public Integer wholeNumber(String field, String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (RuntimeException ex) {
			this.problems.add(new FieldProblem(field, "Give a whole number."));
			return null;
		}
	}

	/** An ISO date (YYYY-MM-DD, as date inputs send it), or null and a problem. */
	public LocalDate date(String field, String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (RuntimeException ex) {
			this.problems.add(new FieldProblem(field, "Give a date as YYYY-MM-DD."));
			return null;
		}
	}

	/** A time of day (HH:MM, as time inputs send it), or null and a problem. */
	public LocalTime time(String field, String value) {
		try {
			return LocalTime.parse(value.strip());
		}
		catch (RuntimeException ex) {
			this.problems.add(new FieldProblem(field, "Give a time as HH:MM."));
			return null;
		}
	}

	/** An id as a form sends it, if it is one. */
	public static Optional<UUID> id(String value) {
		try {
			return Optional.of(UUID.fromString(value.strip()));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	public void refuseIfAny() {
		FieldRules.refuseIfAny(this.problems);
	}

}
