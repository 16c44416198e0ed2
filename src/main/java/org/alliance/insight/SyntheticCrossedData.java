package org.alliance.insight;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes a synthetic data set of the shape of lme4's {@code InstEval} (course ratings at
 * ETH Zürich: 73,421 ratings of 1,128 lecturers by 2,972 students, lecturers in 14
 * departments) for the crossed-factor benchmark: students and lecturers crossed, both
 * with thousands of levels, a small third factor, and the imbalance of real ratings.
 * <p>
 * Each lecturer belongs to one department (department weights uniform on [0.5, 1.5]) and
 * has a popularity drawn from a log-normal distribution (σ = 1). Each student rates a
 * gamma-distributed number of distinct lecturers (shape 2.2, mean about 25, as InstEval's
 * 1 to 92), adjusted to the number of rows asked for; four ratings in five go to
 * lecturers of three home departments, the rest to any lecturer, by popularity. With
 * InstEval's sizes this gives 1 to 750 ratings per lecturer (median 45; InstEval 10 to
 * 792, median 31), 6.2 departments per student (InstEval 5.5), and 1,126 of the 1,128
 * lecturers rated. Per rating, {@code service} is 1 with probability 0.43 (a lecture held
 * for another department, InstEval's share) and {@code x} is an integer from 1 to 6 (as
 * InstEval's lecture age {@code lectage}). The response is
 * {@code y = 3.2 - 0.09·service + 0.05·(x - 3.5) + s + c_s·(x - 3.5) + d + dept + ε} with
 * SDs 0.33 (student), 0.1 (student slope c_s, correlation 0.3 with the student
 * intercept), 0.51 (lecturer), 0.08 (department) and 1.18 (residual): InstEval's fitted
 * values for {@code y ~ service + (1|s) + (1|d) + (1|dept)}, continuous rather than
 * rounded to the 1-5 scale. Columns {@code s,d,dept,service,x,y}; identifiers are text
 * ({@code s17}, {@code d3}, {@code dept2}). The same seed always gives the same file.
 *
 * @param students the number of students
 * @param lecturers the number of lecturers
 * @param departments the number of departments
 * @param rows the number of ratings
 * @param seed the random seed
 */
public record SyntheticCrossedData(int students, int lecturers, int departments, int rows, long seed) {

	/** Departments a student mostly rates in. */
	private static final int HOME_DEPARTMENTS = 3;

	/** The share of a student's ratings given in the home departments. */
	private static final double AT_HOME = 0.8;

	/** SD of the logarithm of a lecturer's popularity. */
	private static final double POPULARITY_SD = 1.0;

	/** InstEval's shape with its sizes. */
	public static SyntheticCrossedData instEvalShape(long seed) {
		return new SyntheticCrossedData(2972, 1128, 14, 73421, seed);
	}

	public SyntheticCrossedData {
		if (students < 2 || lecturers < 2 || departments < 2 || departments > lecturers) {
			throw new InvalidInputException("need at least 2 students and lecturers and 2 ≤ departments ≤ lecturers");
		}
		if (rows < students || rows > (long) students * lecturers / 2) {
			throw new InvalidInputException(
					"need rows between the number of students and half of all student-lecturer pairs");
		}
	}

	/**
	 * Writes the CSV file.
	 * @param file the target
	 * @throws IOException when the file cannot be written
	 */
	public void write(Path file) throws IOException {
		SplittableRandom random = new SplittableRandom(this.seed);
		int[] department = departmentOfLecturer(random);
		double[] popularity = popularity(random);
		double[][] byDepartment = cumulativeByDepartment(department, popularity);
		double[] cumulative = cumulative(popularity);
		int[] counts = ratingsPerStudent(random);
		double[] lecturerEffect = gaussians(random, this.lecturers, 0.51);
		double[] departmentEffect = gaussians(random, this.departments, 0.08);
		int[][] members = membersByDepartment(department);
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
			out.write("s,d,dept,service,x,y\n".getBytes(StandardCharsets.US_ASCII));
			StringBuilder line = new StringBuilder(64);
			boolean[] rated = new boolean[this.lecturers];
			int[] chosen = new int[this.lecturers];
			int[] home = new int[HOME_DEPARTMENTS];
			for (int s = 0; s < this.students; s++) {
				double intercept = 0.33 * random.nextGaussian();
				double slope = 0.1 * (0.3 * intercept / 0.33 + Math.sqrt(1 - 0.09) * random.nextGaussian());
				for (int h = 0; h < HOME_DEPARTMENTS; h++) {
					home[h] = random.nextInt(this.departments);
				}
				int n = 0;
				for (int attempt = 0; n < counts[s]; attempt++) {
					int d;
					if (attempt < 20 * counts[s] && random.nextDouble() < AT_HOME) {
						int k = home[random.nextInt(HOME_DEPARTMENTS)];
						d = members[k][pick(byDepartment[k], random.nextDouble())];
					}
					else {
						d = pick(cumulative, random.nextDouble());
					}
					if (!rated[d]) {
						rated[d] = true;
						chosen[n++] = d;
					}
				}
				Arrays.sort(chosen, 0, n);
				for (int i = 0; i < n; i++) {
					int d = chosen[i];
					rated[d] = false;
					int service = (random.nextDouble() < 0.43) ? 1 : 0;
					int x = 1 + random.nextInt(6);
					double y = 3.2 - 0.09 * service + 0.05 * (x - 3.5) + intercept + slope * (x - 3.5)
							+ lecturerEffect[d] + departmentEffect[department[d]] + 1.18 * random.nextGaussian();
					line.setLength(0);
					line.append('s').append(s + 1).append(",d").append(d + 1).append(",dept");
					line.append(department[d] + 1).append(',').append(service).append(',').append(x).append(',');
					appendFixed(line, y);
					line.append('\n');
					for (int c = 0; c < line.length(); c++) {
						out.write(line.charAt(c));
					}
				}
			}
		}
	}

	/** Departments of unequal size: weights uniform on [0.5, 1.5]. */
	private int[] departmentOfLecturer(SplittableRandom random) {
		double[] cumulative = new double[this.departments];
		double total = 0;
		for (int k = 0; k < this.departments; k++) {
			total += 0.5 + random.nextDouble();
			cumulative[k] = total;
		}
		int[] department = new int[this.lecturers];
		for (int d = 0; d < this.lecturers; d++) {
			// every department gets a lecturer, the rest by weight
			department[d] = (d < this.departments) ? d : pick(cumulative, random.nextDouble());
		}
		return department;
	}

	/** Log-normal popularity of the lecturers. */
	private double[] popularity(SplittableRandom random) {
		double[] popularity = new double[this.lecturers];
		for (int d = 0; d < this.lecturers; d++) {
			popularity[d] = Math.exp(POPULARITY_SD * random.nextGaussian());
		}
		return popularity;
	}

	private static double[] cumulative(double[] weights) {
		double[] cumulative = new double[weights.length];
		double total = 0;
		for (int i = 0; i < weights.length; i++) {
			total += weights[i];
			cumulative[i] = total;
		}
		return cumulative;
	}

	private int[][] membersByDepartment(int[] department) {
		int[][] members = new int[this.departments][];
		for (int k = 0; k < this.departments; k++) {
			int kk = k;
			members[k] = java.util.stream.IntStream.range(0, this.lecturers)
				.filter((d) -> department[d] == kk)
				.toArray();
		}
		return members;
	}

	/** Per department, the cumulative popularity of its lecturers. */
	private double[][] cumulativeByDepartment(int[] department, double[] popularity) {
		int[][] members = membersByDepartment(department);
		double[][] result = new double[this.departments][];
		for (int k = 0; k < this.departments; k++) {
			double[] weights = new double[members[k].length];
			for (int i = 0; i < weights.length; i++) {
				weights[i] = popularity[members[k][i]];
			}
			result[k] = cumulative(weights);
		}
		return result;
	}

	/** Gamma-distributed counts (shape 2.2) adjusted to sum to the rows asked for. */
	private int[] ratingsPerStudent(SplittableRandom random) {
		int cap = Math.min(this.lecturers / 2, Math.max(1, 4 * this.rows / this.students));
		double[] draws = new double[this.students];
		double total = 0;
		for (int s = 0; s < this.students; s++) {
			draws[s] = gamma(random, 2.2);
			total += draws[s];
		}
		int[] counts = new int[this.students];
		long sum = 0;
		for (int s = 0; s < this.students; s++) {
			counts[s] = (int) Math.max(1, Math.min(cap, Math.round(draws[s] / total * this.rows)));
			sum += counts[s];
		}
		while (sum != this.rows) {
			int s = random.nextInt(this.students);
			if (sum < this.rows && counts[s] < cap) {
				counts[s]++;
				sum++;
			}
			else if (sum > this.rows && counts[s] > 1) {
				counts[s]--;
				sum--;
			}
		}
		return counts;
	}

	/** Marsaglia and Tsang's (2000) method, shape ≥ 1. */
	private static double gamma(SplittableRandom random, double shape) {
		double d = shape - 1.0 / 3;
		double c = 1 / Math.sqrt(9 * d);
		while (true) {
			double z = random.nextGaussian();
			double v = 1 + c * z;
			if (v <= 0) {
				continue;
			}
			v = v * v * v;
			double u = random.nextDouble();
			if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
				return d * v;
			}
		}
	}

	private static double[] gaussians(SplittableRandom random, int count, double sd) {
		double[] values = new double[count];
		for (int i = 0; i < count; i++) {
			values[i] = sd * random.nextGaussian();
		}
		return values;
	}

	/**
	 * The first index whose cumulative weight exceeds {@code u} (in the weights' units).
	 */
	private static int pick(double[] cumulative, double u) {
		double target = u * cumulative[cumulative.length - 1];
		int index = Arrays.binarySearch(cumulative, target);
		index = (index >= 0) ? index + 1 : -index - 1;
		return Math.min(index, cumulative.length - 1);
	}

	/** Four decimals without {@code String.format}. */
	private static void appendFixed(StringBuilder line, double value) {
		long scaled = Math.round(value * 10_000);
		if (scaled < 0) {
			line.append('-');
			scaled = -scaled;
		}
		line.append(scaled / 10_000).append('.');
		String fraction = Long.toString(scaled % 10_000);
		line.append("0000", 0, 4 - fraction.length()).append(fraction);
	}

}
