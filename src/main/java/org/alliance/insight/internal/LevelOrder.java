package org.alliance.insight.internal;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * Text in the order R's {@code sort()} gives it in an en_US locale. R built with ICU (as
 * Debian's and CRAN's builds are) collates with ICU in the session's locale, so
 * {@code cbt} comes before {@code Waitlist}, {@code a} before {@code A} and {@code c10}
 * before {@code c2}; this uses the same ICU collation, with code-point order only to
 * break a tie.
 */
final class LevelOrder {

	private LevelOrder() {
	}

	/**
	 * Orders text as R's {@code sort()} does in an en_US locale. Letters and digits alone
	 * (most level labels) are compared directly by ICU's rule for them, which avoids
	 * loading ICU's collation data: digits before letters, letters without case first,
	 * then at the first difference in case the lower-case letter first.
	 */
	static int compare(String a, String b) {
		if (isAlphanumeric(a) && isAlphanumeric(b)) {
			int primary = String.CASE_INSENSITIVE_ORDER.compare(a, b);
			return (primary != 0) ? primary : -a.compareTo(b);
		}
		int collated = English.COLLATOR.compare(a, b);
		return (collated != 0) ? collated : a.compareTo(b);
	}

	private static boolean isAlphanumeric(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
				return false;
			}
		}
		return true;
	}

	/** ICU's en_US collation, loaded on first use; frozen, so threads may share it. */
	private static final class English {

		static final Collator COLLATOR = Collator.getInstance(new ULocale("en_US")).freeze();

	}

}
