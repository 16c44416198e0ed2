package org.alliance.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits concurrent writes together. A caller's {@link #commit} returns only after the
 * transaction that holds its write has committed; a write that fails alone fails only its
 * caller.
 */
@Component
public class GroupCommit implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	private static final int MAX_BATCH = 256;

	private final BlockingQueue<Pending<?>> queue = new ArrayBlockingQueue<>(16_384);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Thread writer;

	private volatile boolean running = true;

	GroupCommit(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.writer = new Thread(this::drain, "group-commit");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Runs the write in a shared transaction and returns its result once that transaction
	 * has committed. Never returns before the data is durable.
	 * @throws RuntimeException the write's own exception if it failed
	 */
	public <T> T commit(DurableWrite<T> write) {
		Pending<T> pending = new Pending<>(write, new CompletableFuture<>());
		try {
			this.queue.put(pending);
			return pending.result().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a commit", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private void drain() {
		List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
		while (this.running || !this.queue.isEmpty()) {
			try {
				Pending<?> first = this.queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.queue.drainTo(batch, MAX_BATCH - 1);
				commitBatch(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				batch.clear();
			}
		}
	}

	private void commitBatch(List<Pending<?>> batch) {
		Object[] results = new Object[batch.size()];
		try {
			this.transactions.executeWithoutResult((status) -> writeAll(batch, results));
		}
		catch (RuntimeException ex) {
			log.debug("Batch of {} failed; committing its writes one by one", batch.size(), ex);
			batch.forEach(this::commitAlone);
			return;
		}
		for (int i = 0; i < batch.size(); i++) {
			batch.get(i).complete(results[i]);
		}
	}

	/**
	 * Writes the batch, each kind of combinable write in one go, the others one by one.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private void writeAll(List<Pending<?>> batch, Object[] results) {
		Map<Class<?>, List<Integer>> combinable = new LinkedHashMap<>();
		for (int i = 0; i < batch.size(); i++) {
			DurableWrite<?> write = batch.get(i).write();
			if (write instanceof CombinableWrite) {
				combinable.computeIfAbsent(write.getClass(), (kind) -> new ArrayList<>()).add(i);
			}
			else {
				results[i] = write.writeWith(this.jdbc);
			}
		}
		for (List<Integer> indexes : combinable.values()) {
			List<CombinableWrite> writes = indexes.stream().map((i) -> (CombinableWrite) batch.get(i).write()).toList();
			List<?> written = writes.get(0).writeAll(this.jdbc, (List) writes);
			for (int k = 0; k < indexes.size(); k++) {
				results[indexes.get(k)] = written.get(k);
			}
		}
	}

	private void commitAlone(Pending<?> pending) {
		try {
			Object result = this.transactions.execute((status) -> pending.write().writeWith(this.jdbc));
			pending.complete(result);
		}
		catch (RuntimeException ex) {
			pending.result().completeExceptionally(ex);
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.running = false;
		this.writer.join(5_000);
	}

	private record Pending<T>(DurableWrite<T> write, CompletableFuture<T> result) {

		@SuppressWarnings("unchecked")
		void complete(Object value) {
			this.result.complete((T) value);
		}

	}

}
