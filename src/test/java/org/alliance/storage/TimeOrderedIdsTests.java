package org.alliance.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids are RFC 9562 version-7 UUIDs: version 7, variant 2, and in creation order when
 * compared as unsigned numbers, the way H2 and PostgreSQL order uuid columns.
 */
class TimeOrderedIdsTests {

	@Test
	void idsAreVersionSevenAndSortInCreationOrder() {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			ids.add(TimeOrderedIds.next());
		}
		for (int i = 1; i < ids.size(); i++) {
			UUID before = ids.get(i - 1);
			UUID after = ids.get(i);
			assertThat(Long.compareUnsigned(after.getMostSignificantBits(), before.getMostSignificantBits()))
				.isPositive();
		}
		assertThat(ids).allSatisfy((id) -> {
			assertThat(id.version()).isEqualTo(7);
			assertThat(id.variant()).isEqualTo(2);
		});
	}

	@Test
	void theLeadingBitsAreTheCreationTimeInMilliseconds() {
		long before = System.currentTimeMillis();
		UUID id = TimeOrderedIds.next();
		long millis = id.getMostSignificantBits() >>> 16;
		assertThat(millis).isBetween(before, System.currentTimeMillis() + 1000);
	}

}
