package org.alliance.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file near the size of its live data while the server runs.
 * <p>
 * Why: H2's MVStore never overwrites a page; each commit appends a chunk, and the space
 * of an old chunk is reused only once nothing live is left in it and it is older than the
 * retention time. H2 moves the last live pages out of old chunks in its background writer
 * thread, but that thread runs only when commits are delayed ({@code WRITE_DELAY} above
 * 0), and a delayed commit may be lost by {@code kill -9} after its response was
 * acknowledged. So Alliance keeps {@code WRITE_DELAY=0} and does that housekeeping
 * itself, four times a second: it rewrites chunks while less than
 * {@link #TARGET_FILL_RATE} percent of them is live, moves chunks into free space nearer
 * the start of the file so that its end can be cut off, and once a second forces the file
 * to disk ({@code fsync}). The URL's {@code RETENTION_TIME=1000} lets a dead chunk be
 * reused after one second instead of 45 (at tens of MB of chunks a second, 45 seconds of
 * them alone are gigabytes), and {@code COMPRESS=TRUE} stores pages compressed, as
 * {@code SHUTDOWN COMPACT} does (without it the file under load stayed at about five
 * times its compacted size). (H2 2.x: {@code MVStore.compact},
 * {@code RandomAccessStore.compactMoveChunks}, {@code MVStore.sync}; H2 issues 442 and
 * 3848 on file growth without the background writer.)
 */
@Component
class EmbeddedStoreHousekeeping implements SmartLifecycle {

	/**
	 * Rewrite chunks while less than this share (percent) of them is live, and move
	 * chunks while less than this share of the file is in use. H2's own default is 90; at
	 * 90 with four times {@link #MOVE_LIMIT}, ingest at concurrency 16 measured 720
	 * instead of 1,041 responses/s (one run each, on a loaded two-core machine) for a
	 * file 1.8 instead of 2.5 times its compacted size.
	 */
	static final int TARGET_FILL_RATE = 80;

	/**
	 * At most this many live bytes rewritten per round, so a round never stalls commits
	 * long.
	 */
	static final int WRITE_LIMIT = 4 * 1024 * 1024;

	/**
	 * At most this many bytes of chunks moved towards the start of the file per round.
	 */
	static final int MOVE_LIMIT = 2 * 1024 * 1024;

	static final int ROUND_MILLIS = 250;

	static final int VERSIONS_TO_KEEP = 5;

	/** fsync once a second. */
	static final int ROUNDS_PER_SYNC = 4;

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
		// H2's SQL layer keeps no old versions beyond those in use (0); with a short
		// retention time that combination can reuse a chunk's space while the chunk is
		// still
		// listed, and the file then fails to open (H2 issues 2752 and 4083). MVStore's
		// own
		// default of 5 avoids it.
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
			FileStore<?> file = current.getFileStore();
			if (file instanceof RandomAccessStore randomAccess && file.getFillRate() < TARGET_FILL_RATE) {
				randomAccess.compactMoveChunks(101, MOVE_LIMIT, current);
			}
			current.compact(TARGET_FILL_RATE, WRITE_LIMIT);
			if (++this.rounds % ROUNDS_PER_SYNC == 0) {
				current.sync();
				if (log.isDebugEnabled()) {
					StringBuilder info = new StringBuilder();
					current.populateInfo(
							(name, value) -> info.append(name.substring(5)).append('=').append(value).append(' '));
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
			if (!connection.isWrapperFor(JdbcConnection.class) || !connection.getMetaData()
				.getURL()
				.toLowerCase(java.util.Locale.ROOT)
				.startsWith("jdbc:h2:file:")) {
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

	@Override
	public void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
		this.store = null;
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

}
