package org.alliance.reflection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.alliance.reflection.ReflectionTag.BOREDOM;
import static org.alliance.reflection.ReflectionTag.IRRITATION;
import static org.alliance.reflection.ReflectionTag.OVER_INVOLVEMENT;
import static org.alliance.reflection.ReflectionTag.PROTECTIVENESS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patterns page's counts, held to counts made by hand over five notes about three
 * clients:
 *
 * <pre>
 * note  client  session date  tags
 * 1     Ana     2026-09-03    boredom
 * 2     Ana     2026-09-24    boredom, irritation
 * 3     Ben     2026-10-01    protectiveness, over-involvement
 * 4     Ben     2026-10-08    protectiveness
 * 5     Cy      2026-10-15    (none)
 * </pre>
 *
 * By tag: boredom 2 notes, 1 client (Ana); protectiveness 2 notes, 1 client (Ben);
 * irritation 1, 1; over-involvement 1, 1; every other tag 0. By client: Ana 2 notes
 * (boredom 2, irritation 1), Ben 2 (protectiveness 2, over-involvement 1), Cy 1 (none);
 * Ana before Ben on equal counts, by name. By month: 2026-09 2 notes (boredom 2,
 * irritation 1), 2026-10 3 notes (protectiveness 2, over-involvement 1). One note
 * untagged.
 */
class ReflectionPatternsTests {

	private static final UUID ANA = UUID.randomUUID();

	private static final UUID BEN = UUID.randomUUID();

	private static final UUID CY = UUID.randomUUID();

	@Test
	void countsNotesPerTagPerClientAndPerMonthAsCountedByHand() {
		ReflectionPatterns patterns = ReflectionPatterns
			.of(List.of(note(ANA, "Ana", "2026-09-03", BOREDOM), note(ANA, "Ana", "2026-09-24", BOREDOM, IRRITATION),
					note(BEN, "Ben", "2026-10-01", PROTECTIVENESS, OVER_INVOLVEMENT),
					note(BEN, "Ben", "2026-10-08", PROTECTIVENESS), note(CY, "Cy", "2026-10-15")));

		assertThat(patterns.notes()).isEqualTo(5);
		assertThat(patterns.untagged()).isEqualTo(1);
		assertThat(patterns.tags()).hasSize(ReflectionTag.values().length);
		assertThat(patterns.tags().subList(0, 4)).containsExactly(new ReflectionPatterns.TagCount(BOREDOM, 2, 1),
				new ReflectionPatterns.TagCount(PROTECTIVENESS, 2, 1),
				new ReflectionPatterns.TagCount(IRRITATION, 1, 1),
				new ReflectionPatterns.TagCount(OVER_INVOLVEMENT, 1, 1));
		assertThat(patterns.tags().subList(4, patterns.tags().size()))
			.allMatch((c) -> c.notes() == 0 && c.clients() == 0);
		assertThat(patterns.used()).containsExactly(BOREDOM, IRRITATION, PROTECTIVENESS, OVER_INVOLVEMENT);

		assertThat(patterns.clients()).extracting(ReflectionPatterns.Row::label).containsExactly("Ana", "Ben", "Cy");
		ReflectionPatterns.Row ana = patterns.clients().get(0);
		assertThat(ana.notes()).isEqualTo(2);
		assertThat(ana.count(BOREDOM)).isEqualTo(2);
		assertThat(ana.count(IRRITATION)).isEqualTo(1);
		assertThat(ana.count(PROTECTIVENESS)).isZero();
		ReflectionPatterns.Row ben = patterns.clients().get(1);
		assertThat(ben.count(PROTECTIVENESS)).isEqualTo(2);
		assertThat(ben.count(OVER_INVOLVEMENT)).isEqualTo(1);
		assertThat(patterns.clients().get(2).notes()).isEqualTo(1);
		assertThat(patterns.clients().get(2).counts()).isEmpty();

		assertThat(patterns.months()).extracting(ReflectionPatterns.Row::label).containsExactly("2026-09", "2026-10");
		assertThat(patterns.months().get(0).notes()).isEqualTo(2);
		assertThat(patterns.months().get(0).count(BOREDOM)).isEqualTo(2);
		assertThat(patterns.months().get(1).notes()).isEqualTo(3);
		assertThat(patterns.months().get(1).count(PROTECTIVENESS)).isEqualTo(2);
		assertThat(patterns.months().get(1).count(BOREDOM)).isZero();
	}

	@Test
	void noNotesMakeEmptyPatterns() {
		ReflectionPatterns patterns = ReflectionPatterns.of(List.of());
		assertThat(patterns.notes()).isZero();
		assertThat(patterns.clients()).isEmpty();
		assertThat(patterns.months()).isEmpty();
		assertThat(patterns.used()).isEmpty();
	}

	@Test
	void tagsAreReadByTheirWireNamesOnly() {
		assertThat(ReflectionTag.fromWire(" Over-Involvement ")).contains(OVER_INVOLVEMENT);
		assertThat(ReflectionTag.fromWire("over_involvement")).isEmpty();
		assertThat(ReflectionTag.fromWire("anger")).isEmpty();
		assertThat(ReflectionTag.CHOICES)
			.startsWith("Use one of: boredom, irritation, protectiveness, over-involvement,");
	}

	private static ReflectionNote note(UUID client, String pseudonym, String date, ReflectionTag... tags) {
		return new ReflectionNote(UUID.randomUUID(), UUID.randomUUID(), client, pseudonym, 1, LocalDate.parse(date),
				"text", List.of(tags), Instant.parse(date + "T12:00:00Z"));
	}

}
