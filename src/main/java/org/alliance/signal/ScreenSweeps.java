package org.alliance.signal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The one thread on which the screens' sweeps run: judging a whole clinic, or every
 * clinic, again (the catch-up after a start, the re-judging after a model is refitted). A
 * sweep grows with the clinic and can take minutes; the judgement of a new answer, report
 * or attendance runs on its screen's own thread and never waits behind one, so a rating
 * that arrives right after a restart reaches the inbox as fast as any other. Sweeps run
 * one at a time, in the order asked, so that two never compete for the database.
 */
@Component
public class ScreenSweeps implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ScreenSweeps.class);

	private final ExecutorService sweeps = Executors.newSingleThreadExecutor((r) -> {
		Thread thread = new Thread(r, "screen-sweeps");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Queues a sweep. A sweep that fails is logged and the next one runs; a sweep asked
	 * for while the application closes is dropped (the next start sweeps again).
	 * @param what what the sweep judges, for the log (e.g. "not on track, every clinic")
	 * @param sweep the sweep
	 */
	public void sweep(String what, Runnable sweep) {
		try {
			this.sweeps.submit(() -> {
				try {
					sweep.run();
				}
				catch (RuntimeException ex) {
					log.warn("The sweep '{}' failed; it runs again at the next start", what, ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			log.debug("Not sweeping '{}': the application is closing", what);
		}
	}

	@Override
	public void destroy() {
		this.sweeps.shutdownNow();
	}

}
