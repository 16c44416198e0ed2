package org.alliance.insight.internal;

import java.util.Locale;

/**
 * Writes compact, valid JSON: strings escaped per RFC 8259, numbers in shortest
 * round-trip form, non-finite numbers as {@code null} (JSON has no NaN). Commas are
 * placed automatically.
 */
public final class JsonWriter {

	private final StringBuilder out = new StringBuilder();

	private boolean needsComma;

	/** Opens an object, as a value or after {@link #name}. */
	public JsonWriter beginObject() {
		comma();
		this.out.append('{');
		this.needsComma = false;
		return this;
	}

	/** Closes an object. */
	public JsonWriter endObject() {
		this.out.append('}');
		this.needsComma = true;
		return this;
	}

	/** Opens an array. */
	public JsonWriter beginArray() {
		comma();
		this.out.append('[');
		this.needsComma = false;
		return this;
	}

	/** Closes an array. */
	public JsonWriter endArray() {
		this.out.append(']');
		this.needsComma = true;
		return this;
	}

	/** Writes a member name; the next call writes its value. */
	public JsonWriter name(String name) {
		comma();
		string(name);
		this.out.append(':');
		this.needsComma = false;
		return this;
	}

	/** Writes a string value (null as {@code null}). */
	public JsonWriter value(String value) {
		comma();
		if (value == null) {
			this.out.append("null");
		}
		else {
			string(value);
		}
		this.needsComma = true;
		return this;
	}

	/** Writes a number, {@code null} when not finite. */
	public JsonWriter value(double value) {
		comma();
		this.out.append(Double.isFinite(value) ? number(value) : "null");
		this.needsComma = true;
		return this;
	}

	/** Writes a whole number. */
	public JsonWriter value(long value) {
		comma();
		this.out.append(value);
		this.needsComma = true;
		return this;
	}

	/** Writes a boolean. */
	public JsonWriter value(boolean value) {
		comma();
		this.out.append(value);
		this.needsComma = true;
		return this;
	}

	/** Writes an array of numbers. */
	public JsonWriter values(double[] values) {
		beginArray();
		for (double value : values) {
			value(value);
		}
		return endArray();
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	private void comma() {
		if (this.needsComma) {
			this.out.append(',');
		}
	}

	private static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return Double.toString(value).toLowerCase(Locale.ROOT);
	}

	private void string(String text) {
		this.out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> this.out.append("\\\"");
				case '\\' -> this.out.append("\\\\");
				case '\n' -> this.out.append("\\n");
				case '\r' -> this.out.append("\\r");
				case '\t' -> this.out.append("\\t");
				default -> {
					if (c < 0x20) {
						this.out.append(String.format("\\u%04x", (int) c));
					}
					else {
						this.out.append(c);
					}
				}
			}
		}
		this.out.append('"');
	}

}
