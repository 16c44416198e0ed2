package org.alliance.storage;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered UUIDs (version 7, RFC 9562): 48 bits of Unix milliseconds, then random
 * bits.
 * <p>
 * Why: random (version 4) keys scatter inserts over every leaf of a B-tree index, so each
 * commit rewrites hundreds of pages; time-ordered keys append to the last leaf. With the
 * embedded database committing every batch to disk, that is most of the cost of storing a
 * response.
 */
public final class TimeOrderedIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * Last timestamp handed out, kept strictly increasing so ids sort in creation order.
	 */
	private static final AtomicLong LAST = new AtomicLong();

	private TimeOrderedIds() {
	}

	/** A new id, greater than every id this process handed out before. */
	public static UUID next() {
		long stamp = LAST.updateAndGet((last) -> Math.max(last + 1, System.currentTimeMillis() << 12));
		long millis = stamp >>> 12;
		long sequence = stamp & 0xFFF;
		long high = (millis << 16) | 0x7000L | sequence;
		long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

}
