package org.alliance.insight;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic therapy-outcome data set for benchmarks: clients nested within
 * therapists, repeated sessions per client, and an outcome
 * {@code y = 20 + 0.3·session + therapist + client + clientSlope·session + ε} with SDs
 * 1.5 (therapist), 4 (client intercept), 0.15 (client slope) and 3 (residual). Columns:
 * {@code client,therapist,session,y}; identifiers are text so the reader's factor path is
 * exercised.
 *
 * @param clients the number of clients
 * @param sessions sessions per client
 * @param therapists the number of therapists (clients are spread evenly)
 * @param seed the random seed
 */
public record SyntheticTherapyData(int clients, int sessions, int therapists, long seed) {

	public SyntheticTherapyData {
		if (clients < 1 || sessions < 1 || therapists < 1 || therapists > clients) {
			throw new InvalidInputException("need clients ≥ therapists ≥ 1 and sessions ≥ 1");
		}
	}

	/**
	 * Writes the CSV file.
	 * @param file the target
	 * @throws IOException when the file cannot be written
	 */
	public void write(Path file) throws IOException {
		SplittableRandom random = new SplittableRandom(this.seed);
		double[] therapistEffect = new double[this.therapists];
		for (int t = 0; t < this.therapists; t++) {
			therapistEffect[t] = 1.5 * random.nextGaussian();
		}
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
			out.write("client,therapist,session,y\n".getBytes(StandardCharsets.US_ASCII));
			StringBuilder line = new StringBuilder(64);
			for (int c = 0; c < this.clients; c++) {
				int therapist = (int) ((long) c * this.therapists / this.clients);
				double intercept = 4 * random.nextGaussian();
				double slope = 0.15 * random.nextGaussian();
				for (int s = 1; s <= this.sessions; s++) {
					double y = 20 + 0.3 * s + therapistEffect[therapist] + intercept + slope * s
							+ 3 * random.nextGaussian();
					line.setLength(0);
					line.append('c').append(c + 1).append(",t").append(therapist + 1).append(',').append(s).append(',');
					appendFixed(line, y);
					line.append('\n');
					for (int i = 0; i < line.length(); i++) {
						out.write(line.charAt(i));
					}
				}
			}
		}
	}

	/** Four decimals without {@code String.format}, which is slow over a million rows. */
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
