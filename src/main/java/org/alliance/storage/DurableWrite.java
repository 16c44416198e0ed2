package org.alliance.storage;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A unit of database work committed by {@link GroupCommit}. It runs inside a transaction
 * shared with other writes, so it must not commit, roll back or hold state between calls;
 * it may run a second time, alone, if its batch fails.
 *
 * @param <T> what the write returns to its caller once committed
 */
@FunctionalInterface
public interface DurableWrite<T> {

	T writeWith(JdbcTemplate jdbc);

}
