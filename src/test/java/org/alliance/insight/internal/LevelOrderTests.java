package org.alliance.insight.internal;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * Level order against R's and ICU's: R built with ICU sorts text by ICU's collation for
 * the session's locale.
 */
class LevelOrderTests {

	/**
	 * R in an en_US locale: {@code sort(c("B", "a", "b", "A", "c10", "c2", "C1"))} gives
	 * {@code "a" "A" "b" "B" "C1" "c10" "c2"}; the place of {@code "a b"} and
	 * {@code "a-b"} is ICU4J's en_US collation, which R built with ICU uses (see
	 * SOURCES.md).
	 */
	@Test
	void sortsLettersWithoutCaseFirstThenLowerCaseFirstAsRDoes() {
		List<String> levels = new ArrayList<>(List.of("B", "a", "b", "A", "c10", "c2", "C1", "ab", "a-b", "a b"));
		levels.sort(LevelOrder::compare);
		assertThat(levels).containsExactly("a", "A", "a b", "a-b", "ab", "b", "B", "C1", "c10", "c2");
	}

	@Test
	void ordersAnyTextAsIcusEnglishCollationDoes() {
		Collator icu = Collator.getInstance(new ULocale("en_US"));
		qt().withExamples(5000)
			.forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 4),
					strings().basicLatinAlphabet().ofLengthBetween(0, 4))
			.checkAssert((a, b) -> {
				int expected = Integer.signum(icu.compare(a, b));
				if (expected != 0) {
					assertThat(Integer.signum(LevelOrder.compare(a, b))).as("%s vs %s", a, b).isEqualTo(expected);
				}
			});
	}

	@Test
	void ordersLettersAndDigitsAsIcuDoes() {
		Collator icu = Collator.getInstance(new ULocale("en_US"));
		String alphabet = "0129aAbBzZ";
		Gen<String> labels = lists().of(integers().between(0, alphabet.length() - 1))
			.ofSizeBetween(0, 5)
			.map((codes) -> codes.stream().map((c) -> String.valueOf(alphabet.charAt(c))).reduce("", String::concat));
		qt().withExamples(5000).forAll(labels, labels).checkAssert((a, b) -> {
			int expected = (icu.compare(a, b) != 0) ? icu.compare(a, b) : a.compareTo(b);
			assertThat(Integer.signum(LevelOrder.compare(a, b))).as("%s vs %s", a, b)
				.isEqualTo(Integer.signum(expected));
		});
	}

}
