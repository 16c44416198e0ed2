package org.alliance.insight;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a long fit's progress on stderr: each new stage, and the evaluation count at most
 * once a second, so short fits stay quiet.
 */
final class StderrProgress implements FitListener {

	private static final long INTERVAL_NANOS = 1_000_000_000L;

	private final PrintWriter err;

	private final String command;

	private final long started = System.nanoTime();

	private String lastStage = "";

	private long lastReport = System.nanoTime();

	StderrProgress(PrintWriter err, String command) {
		this.err = err;
		this.command = command;
	}

	@Override
	public void progress(String stage, int evaluations, double criterion) {
		long now = System.nanoTime();
		if (now - this.started < INTERVAL_NANOS) {
			// short runs stay quiet
			return;
		}
		boolean newStage = !stage.equals(this.lastStage);
		if (!newStage && now - this.lastReport < INTERVAL_NANOS) {
			return;
		}
		this.lastStage = stage;
		this.lastReport = now;
		String detail = (evaluations > 0)
				? String.format(Locale.ROOT, ": %d evaluations, criterion %.6f", evaluations, criterion) : "";
		this.err.printf(Locale.ROOT, "%s: %.1f s %s%s%n", this.command, (now - this.started) / 1e9, stage, detail);
		this.err.flush();
	}

}
