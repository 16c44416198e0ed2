package org.alliance.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file from growing past a few times the size of its data while the
 * server runs.
 * <p>
 * Why: H2's MVStore never overwrites a page; each commit appends a chunk, and the space
 * of an old chunk is reused only once nothing live is left in it and it is older than the
 * retention time. H2 moves the last live pages out of old chunks in its background writer
 * thread, but that thread runs only when commits are delayed ({@code WRITE_DELAY} above
 * 0), and a delayed commit may be lost by {@code kill -9} after its response was
 * acknowledged. So Alliance keeps {@code WRITE_DELAY=0} and does that housekeeping
 * itself, twice a second: it rewrites old chunks while less than
 * {@link #TARGET_FILL_RATE} percent of them is live, so that they die and their space is
 * reused, and once a second forces the file to disk ({@code fsync}), so that a chunk's
 * space is reused only after what superseded it is on disk. It does not move chunks to
 * shrink the file (H2's {@code compactMoveChunks}): that holds the store lock across two
 * {@code fsync}s, and cut ingest at concurrency 16 from about 1,290 to 830 responses/s in
 * our measurements; the file stops growing instead. The URL's {@code RETENTION_TIME=1000}
 * lets a dead chunk be reused after one second instead of 45 (at tens of MB of chunks a
 * second, 45 seconds of them alone are gigabytes), and {@code COMPRESS=TRUE} stores pages
 * compressed, as {@code SHUTDOWN COMPACT} does. (H2 2.x: {@code MVStore.compact},
 * {@code MVStore.sync}; H2 issues 442 and 3848 on file growth without the background
 * writer.)
 */
@Component
class EmbeddedStoreHousekeeping implements SmartLifecycle {

	/** Rewrite old chunks while less than this share (percent) of them is live. */
	static final int TARGET_FILL_RATE = 80;

	/**
	 * At most this many live bytes rewritten per round, so that the commit that writes
	 * them stays short.
	 */
	static final int WRITE_LIMIT = 4 * 1024 * 1024;

	static final int ROUND_MILLIS = 500;

	/** fsync once a second. */
	static final int ROUNDS_PER_SYNC = 2;

	/**
	 * H2's SQL layer keeps no old versions beyond those in use (0); with a short
	 * retention time that combination can reuse a chunk's space while the chunk is still
	 * listed, and the file then fails to open (H2 issues 2752 and 4083). MVStore's own
	 * default of 5 avoids it.
	 */
	static final int VERSIONS_TO_KEEP = 5;

	/** How long stopping waits for a round in progress (at most 4 MB rewritten). */
	static final int STOP_WAIT_SECONDS = 10;

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreHousekeeping.class);

	private final DataSource dataSource;

	private ScheduledExecutorService scheduler;

	private volatile MVStore store;

	private int rounds;

	EmbeddedStoreHousekeeping(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void start() {
		this.store = embeddedStore();
		if (this.store == null) {
			return;
		}
		this.store.setVersionsToKeep(VERSIONS_TO_KEEP);
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "h2-housekeeping");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.scheduleWithFixedDelay(this::keepHouse, ROUND_MILLIS, ROUND_MILLIS, TimeUnit.MILLISECONDS);
	}

	/** One round. */
	void keepHouse() {
		MVStore current = this.store;
		if (current == null || current.isClosed()) {
			return;
		}
		try {
			// The rewritten pages are stored by the next commit, as part of it. Storing
			// them here (MVStore.commit) measured slower at every concurrency in one run:
			// 291, 715 and 961 against 417, 831 and 1,341 responses/s at 1, 4 and 16.
			current.compact(TARGET_FILL_RATE, WRITE_LIMIT);
			if (++this.rounds % ROUNDS_PER_SYNC == 0) {
				current.sync();
				if (log.isDebugEnabled()) {
					StringBuilder info = new StringBuilder();
					current.populateInfo((name, value) -> info.append(name).append('=').append(value).append(' '));
					log.debug("H2 store after housekeeping: {}", info);
				}
			}
		}
		catch (RuntimeException ex) {
			// The database may be closing; the next round, or the next start, catches up.
			log.debug("H2 housekeeping round failed", ex);
		}
	}

	private MVStore embeddedStore() {
		try (Connection connection = this.dataSource.getConnection()) {
			if (!connection.isWrapperFor(JdbcConnection.class)
					|| !connection.getMetaData().getURL().toLowerCase(Locale.ROOT).startsWith("jdbc:h2:file:")) {
				return null;
			}
			SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
			return session.getDatabase().getStore().getMvStore();
		}
		catch (SQLException | ClassCastException ex) {
			log.warn("Cannot reach the embedded database's store; its file is compacted only at shutdown", ex);
			return null;
		}
	}

	/**
	 * Lets a round in progress finish rather than interrupting it: a thread interrupted
	 * in the middle of a write closes H2's file channel (ClosedByInterruptException), and
	 * with it the database. Spring stops this bean not only at shutdown but whenever a
	 * test context is paused between test classes; a full test run met the closed
	 * database after such a pause.
	 */
	@Override
	public void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdown();
			try {
				if (!this.scheduler.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
					log.warn("H2 housekeeping round still running after {} s; left to finish on its own",
							STOP_WAIT_SECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.scheduler = null;
		}
		this.store = null;
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

}
