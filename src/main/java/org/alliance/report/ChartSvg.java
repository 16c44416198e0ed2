package org.alliance.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.alliance.report.Chart.Area;
import org.alliance.report.Chart.Dot;
import org.alliance.report.Chart.Label;
import org.alliance.report.Chart.Line;
import org.alliance.report.Chart.Mark;

/**
 * Writes a {@link Chart} as inline SVG for the report page. Styling is by presentation
 * attributes only ({@code fill}, {@code stroke}), since the pages' Content Security
 * Policy allows no inline {@code style}; the chart is an image named by its title, and
 * the report's table of sessions carries the same numbers for a screen reader.
 */
final class ChartSvg {

	private ChartSvg() {
	}

	/**
	 * The chart's markup, every text escaped.
	 * @return an {@code <svg>} element, never null
	 */
	static String of(Chart chart) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart\" id=\"chart-")
			.append(escape(chart.id()))
			.append("\" viewBox=\"0 0 ")
			.append(number(chart.width()))
			.append(' ')
			.append(number(chart.height()))
			.append("\" role=\"img\" aria-labelledby=\"chart-")
			.append(escape(chart.id()))
			.append("-title\"><title id=\"chart-")
			.append(escape(chart.id()))
			.append("-title\">")
			.append(escape(chart.title()))
			.append("</title>");
		chart.marks().forEach((mark) -> svg.append(element(mark)));
		return svg.append("</svg>").toString();
	}

	private static String element(Mark mark) {
		if (mark instanceof Line line) {
			return "<polyline points=\"" + points(line.points()) + "\" fill=\"none\" stroke=\"" + line.colour()
					+ "\" stroke-width=\"" + number(line.width()) + "\" stroke-linejoin=\"round\""
					+ (line.dash().isEmpty() ? "" : " stroke-dasharray=\""
							+ line.dash().stream().map(ChartSvg::number).collect(Collectors.joining(" ")) + "\"")
					+ "/>";
		}
		if (mark instanceof Area area) {
			return "<polygon points=\"" + points(area.points()) + "\" fill=\"" + area.colour() + "\"/>";
		}
		if (mark instanceof Dot dot) {
			return "<circle cx=\"" + number(dot.x()) + "\" cy=\"" + number(dot.y()) + "\" r=\"" + number(dot.radius())
					+ "\"" + (dot.filled() ? " fill=\"" + dot.colour() + "\""
							: " fill=\"none\" stroke=\"" + dot.colour() + "\" stroke-width=\"2\"")
					+ "/>";
		}
		Label label = (Label) mark;
		return "<text x=\"" + number(label.x()) + "\" y=\"" + number(label.y()) + "\" font-size=\""
				+ number(label.size()) + "\" text-anchor=\"" + label.anchor().name().toLowerCase(Locale.ROOT)
				+ "\" fill=\"" + label.colour() + "\">" + escape(label.text()) + "</text>";
	}

	private static String points(List<double[]> points) {
		return points.stream().map((p) -> number(p[0]) + "," + number(p[1])).collect(Collectors.joining(" "));
	}

	static String number(double value) {
		String text = String.format(Locale.ROOT, "%.2f", value);
		return text.replaceAll("\\.?0+$", "");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
