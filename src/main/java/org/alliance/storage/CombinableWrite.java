package org.alliance.storage;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A write that can be written together with the other writes of its kind in the same
 * batch, e.g. as one multi-row insert; {@link GroupCommit} does so whenever a batch holds
 * several.
 *
 * @param <T> what each write returns to its caller once committed
 */
public interface CombinableWrite<T> extends DurableWrite<T> {

	/**
	 * Writes all the given writes, this one among them, and returns their results in the
	 * same order.
	 */
	List<T> writeAll(JdbcTemplate jdbc, List<CombinableWrite<T>> writes);

	@Override
	default T writeWith(JdbcTemplate jdbc) {
		return writeAll(jdbc, List.of(this)).get(0);
	}

}
