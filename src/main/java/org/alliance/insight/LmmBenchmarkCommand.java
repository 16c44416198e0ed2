package org.alliance.insight;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code alliance lmm-bench}: writes a synthetic data set, then times the fits of its
 * models, each reading the CSV afresh. Two designs:
 * <ul>
 * <li>{@code therapy} (the default): 20,000 clients × 50 sessions under 500 therapists,
 * 1,000,000 rows ({@link SyntheticTherapyData}); REML fits of
 * {@code y ~ session + (1|client)}, {@code y ~ session + (1|therapist) + (1|client)} and
 * {@code y ~ session + (1|therapist) + (session|client)}.</li>
 * <li>{@code crossed}: InstEval's shape, 2,972 students × 1,128 lecturers crossed, 14
 * departments, 73,421 ratings ({@link SyntheticCrossedData}); ML and REML fits of
 * {@code y ~ 1 + service + (1|s) + (1|d) + (1|dept)} and of the random slope
 * {@code y ~ 1 + service + x + (1 + x|s) + (1|d)}.</li>
 * </ul>
 * Prints per model the seconds to read and to fit (Satterthwaite df and conditional
 * variances included), the criterion, the log-likelihood and the evaluations, then the
 * peak heap. {@code bench/lmm-vs-lme4.sh} runs it beside lme4 on the same file; the
 * figures are in docs/manual.md's Performance section.
 */
@Command(name = "lmm-bench", mixinStandardHelpOptions = true,
		description = "Benchmark the mixed-model engine on synthetic data: therapy (1M rows, default) or crossed (InstEval's shape).")
public class LmmBenchmarkCommand implements Callable<Integer> {

	/** A model of a design and its criterion. */
	record Model(String formula, Criterion criterion) {
	}

	static final List<Model> THERAPY_MODELS = List.of(new Model("y ~ session + (1|client)", Criterion.REML),
			new Model("y ~ session + (1|therapist) + (1|client)", Criterion.REML),
			new Model("y ~ session + (1|therapist) + (session|client)", Criterion.REML));

	static final List<Model> CROSSED_MODELS = List.of(
			new Model("y ~ 1 + service + (1|s) + (1|d) + (1|dept)", Criterion.ML),
			new Model("y ~ 1 + service + (1|s) + (1|d) + (1|dept)", Criterion.REML),
			new Model("y ~ 1 + service + x + (1 + x|s) + (1|d)", Criterion.ML),
			new Model("y ~ 1 + service + x + (1 + x|s) + (1|d)", Criterion.REML));

	/** The synthetic designs. */
	enum Design {

		therapy, crossed

	}

	@Spec
	CommandSpec spec;

	@Option(names = "--design", defaultValue = "therapy",
			description = "therapy (clients within therapists) or crossed (InstEval's shape); default ${DEFAULT-VALUE}")
	Design design;

	@Option(names = "--clients", defaultValue = "20000", description = "therapy: clients (default ${DEFAULT-VALUE})")
	int clients;

	@Option(names = "--sessions", defaultValue = "50",
			description = "therapy: sessions per client (default ${DEFAULT-VALUE})")
	int sessions;

	@Option(names = "--therapists", defaultValue = "500",
			description = "therapy: therapists (default ${DEFAULT-VALUE})")
	int therapists;

	@Option(names = "--students", defaultValue = "2972", description = "crossed: students (default ${DEFAULT-VALUE})")
	int students;

	@Option(names = "--lecturers", defaultValue = "1128", description = "crossed: lecturers (default ${DEFAULT-VALUE})")
	int lecturers;

	@Option(names = "--departments", defaultValue = "14",
			description = "crossed: departments (default ${DEFAULT-VALUE})")
	int departments;

	@Option(names = "--ratings", defaultValue = "73421", description = "crossed: rows (default ${DEFAULT-VALUE})")
	int ratings;

	@Option(names = "--seed", defaultValue = "20261125", description = "random seed (default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--out", description = "directory for the CSV (default: a temporary one, deleted after)")
	Path out;

	@Option(names = "--models", split = ",",
			description = "which models to fit, numbered as listed (therapy 1-3, crossed 1-4; default: all)")
	List<Integer> models;

	public LmmBenchmarkCommand() {
	}

	@Override
	public Integer call() {
		PrintWriter stdout = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		Path directory = null;
		try {
			directory = (this.out != null) ? Files.createDirectories(this.out) : Files.createTempDirectory("lmm-bench");
			long start = System.nanoTime();
			Path file = writeData(directory);
			stdout.printf(Locale.ROOT, "generated %s in %.2f s%n", file, (System.nanoTime() - start) / 1e9);
			stdout.printf(Locale.ROOT, "%-50s %-4s %8s %8s %8s %16s %16s %6s%n", "model", "crit", "read s", "fit s",
					"total s", "criterion", "logLik", "evals");
			List<Model> all = (this.design == Design.crossed) ? CROSSED_MODELS : THERAPY_MODELS;
			List<Integer> chosen = (this.models != null) ? this.models
					: java.util.stream.IntStream.rangeClosed(1, all.size()).boxed().toList();
			for (int model : chosen) {
				runModel(all.get(model - 1), file, stdout, err);
			}
			stdout.printf(Locale.ROOT, "peak heap %.0f MiB (max RSS: measure with /usr/bin/time -v)%n",
					peakHeapBytes() / 1048576.0);
			stdout.flush();
			return 0;
		}
		catch (IOException | InvalidInputException | IndexOutOfBoundsException ex) {
			err.println("lmm-bench: " + ex.getMessage());
			err.flush();
			return 1;
		}
		finally {
			if (this.out == null && directory != null) {
				deleteQuietly(directory);
			}
		}
	}

	private Path writeData(Path directory) throws IOException {
		if (this.design == Design.crossed) {
			Path file = directory.resolve("crossed-" + this.students + "x" + this.lecturers + ".csv");
			new SyntheticCrossedData(this.students, this.lecturers, this.departments, this.ratings, this.seed)
				.write(file);
			return file;
		}
		Path file = directory.resolve("therapy-" + this.clients + "x" + this.sessions + ".csv");
		new SyntheticTherapyData(this.clients, this.sessions, this.therapists, this.seed).write(file);
		return file;
	}

	private void runModel(Model model, Path file, PrintWriter stdout, PrintWriter err) {
		Formula parsed = Formula.parse(model.formula());
		long start = System.nanoTime();
		DataTable table = DataTable.readCsv(file, parsed.variables());
		long read = System.nanoTime();
		ModelFit fit = MixedModel.fit(table, parsed, model.criterion(), MixedModel.Solver.AUTOMATIC,
				new StderrProgress(err, "lmm-bench"));
		long done = System.nanoTime();
		stdout.printf(Locale.ROOT, "%-50s %-4s %8.3f %8.3f %8.3f %16.6f %16.6f %6d%s%n", model.formula(),
				model.criterion(), (read - start) / 1e9, (done - read) / 1e9, (done - start) / 1e9, fit.objective(),
				fit.logLikelihood(), fit.convergence().evaluations(),
				fit.convergence().converged() ? "" : " NOT CONVERGED");
		stdout.flush();
	}

	private static long peakHeapBytes() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

	private static void deleteQuietly(Path directory) {
		try (var files = Files.list(directory)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(directory);
		}
		catch (IOException ex) {
			// a leftover temporary file is harmless
		}
	}

}
