package org.alliance.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.DoubleConsumer;

import org.alliance.report.Chart.Anchor;
import org.alliance.report.Chart.Area;
import org.alliance.report.Chart.Dot;
import org.alliance.report.Chart.Label;
import org.alliance.report.Chart.Line;
import org.alliance.report.Chart.Mark;

/**
 * Lays out a chart of values by session: sessions 1 to n along the bottom, a value scale
 * up the left with grid lines, a legend along the top, and the series drawn in between. A
 * session without a value is a gap in its line, never a zero.
 */
final class ChartPlot {

	static final double WIDTH = 640;

	static final double HEIGHT = 240;

	private static final double LEFT = 40;

	private static final double RIGHT = 14;

	private static final double TOP = 30;

	private static final double BOTTOM = 34;

	private static final double TEXT = 10.5;

	/** An estimate of a character's width at {@link #TEXT}, to space legend entries. */
	private static final double CHARACTER = 5.6;

	private static final String INK = "#1f2a30";

	private static final String MUTED = "#5f6b72";

	private static final String GRID = "#d9e0e4";

	private final int sessions;

	private final double low;

	private final double high;

	private final List<Mark> marks = new ArrayList<>();

	private double legendX = LEFT;

	/**
	 * @param sessions the last session on the axis, at least 1
	 * @param low the bottom of the value scale
	 * @param high the top
	 * @param ticks the values with a grid line and a label
	 * @param unit what the values are, written above the scale
	 */
	ChartPlot(int sessions, double low, double high, List<Double> ticks, String unit) {
		this.sessions = Math.max(1, sessions);
		this.low = low;
		this.high = high;
		for (double tick : ticks) {
			this.marks.add(new Line(List.of(point(LEFT, y(tick)), point(WIDTH - RIGHT, y(tick))), GRID, 1, List.of()));
			this.marks.add(new Label(LEFT - 6, y(tick) + TEXT / 3, number(tick), TEXT, Anchor.END, MUTED));
		}
		int every = (int) Math.ceil(this.sessions / 20.0);
		for (int session = 1; session <= this.sessions; session++) {
			if ((session - 1) % every == 0) {
				this.marks.add(new Label(x(session), HEIGHT - BOTTOM + 14, Integer.toString(session), TEXT,
						Anchor.MIDDLE, MUTED));
			}
		}
		this.marks.add(new Label((LEFT + WIDTH - RIGHT) / 2, HEIGHT - 4, "Session", TEXT, Anchor.MIDDLE, INK));
		this.marks.add(new Label(4, 12, unit, TEXT, Anchor.START, MUTED));
		this.legendX = Math.max(LEFT, 8 + unit.length() * CHARACTER + 18);
	}

	/** The horizontal centre of a session's slot. */
	double x(int session) {
		double plot = WIDTH - LEFT - RIGHT;
		return LEFT + (session - 0.5) / this.sessions * plot;
	}

	/** The height of a value, held to the scale. */
	double y(double value) {
		double held = Math.max(this.low, Math.min(this.high, value));
		return HEIGHT - BOTTOM - (held - this.low) / (this.high - this.low) * (HEIGHT - BOTTOM - TOP);
	}

	/**
	 * A shaded band between two bounds per session, drawn under the series.
	 * @param lower the lower bound by session
	 * @param upper the upper bound by session, the same sessions
	 */
	void band(SortedMap<Integer, Double> lower, SortedMap<Integer, Double> upper, String colour, String legend) {
		List<double[]> outline = new ArrayList<>();
		upper.forEach((session, value) -> outline.add(point(x(session), y(value))));
		List<Integer> back = new ArrayList<>(lower.keySet());
		Collections.reverse(back);
		back.forEach((session) -> outline.add(point(x(session), y(lower.get(session)))));
		if (outline.size() >= 4) {
			this.marks.add(new Area(outline, colour));
			legendEntry(legend, (at) -> this.marks
				.add(new Area(List.of(point(at, 6), point(at + 18, 6), point(at + 18, 14), point(at, 14)), colour)));
		}
	}

	/**
	 * A series: its line, broken where a session has no value, and a dot at each value.
	 * @param values by session
	 * @param dash empty for a solid line
	 * @param dot the dots' radius, 0 for none
	 */
	void series(SortedMap<Integer, Double> values, String colour, double width, List<Double> dash, double dot,
			String legend) {
		if (values.isEmpty()) {
			return;
		}
		List<double[]> run = new ArrayList<>();
		int previous = Integer.MIN_VALUE;
		for (Map.Entry<Integer, Double> value : values.entrySet()) {
			if (value.getKey() != previous + 1) {
				line(run, colour, width, dash);
				run = new ArrayList<>();
			}
			run.add(point(x(value.getKey()), y(value.getValue())));
			previous = value.getKey();
		}
		line(run, colour, width, dash);
		if (dot > 0) {
			values.forEach((session, value) -> this.marks.add(new Dot(x(session), y(value), dot, colour, true)));
		}
		legendEntry(legend, (at) -> {
			this.marks.add(new Line(List.of(point(at, 10), point(at + 18, 10)), colour, width, dash));
			if (dot > 0) {
				this.marks.add(new Dot(at + 9, 10, dot, colour, true));
			}
		});
	}

	/** Rings around values, marking sessions such as those where a rupture opened. */
	void rings(SortedMap<Integer, Double> values, String colour, String legend) {
		if (values.isEmpty()) {
			return;
		}
		values.forEach((session, value) -> this.marks.add(new Dot(x(session), y(value), 6, colour, false)));
		legendEntry(legend, (at) -> this.marks.add(new Dot(at + 9, 10, 6, colour, false)));
	}

	Chart chart(String id, String title) {
		return new Chart(id, title, WIDTH, HEIGHT, this.marks);
	}

	private void line(List<double[]> run, String colour, double width, List<Double> dash) {
		if (run.size() >= 2) {
			this.marks.add(new Line(run, colour, width, dash));
		}
	}

	private void legendEntry(String text, DoubleConsumer sample) {
		sample.accept(this.legendX);
		this.marks.add(new Label(this.legendX + 24, 10 + TEXT / 3, text, TEXT, Anchor.START, INK));
		this.legendX += 24 + text.length() * CHARACTER + 16;
	}

	private static double[] point(double x, double y) {
		return new double[] { x, y };
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

}
