package org.alliance.report;

import java.util.List;

/**
 * A chart as a list of marks in its own coordinates ({@code width} by {@code height}, y
 * downwards, as SVG's user space): what the report page shows as SVG ({@link ChartSvg})
 * and the PDF draws with the PDF renderer's own pen ({@link ChartPdfDrawer}). Laying a
 * chart out once and writing it twice keeps the page and the PDF alike, and the PDF
 * renderer runs no script.
 *
 * @param id a name unique on the report, e.g. {@code symptoms}
 * @param title what the chart shows, its accessible name
 * @param width the width in chart units
 * @param height the height in chart units
 * @param marks in painting order, never null
 */
record Chart(String id, String title, double width, double height, List<Mark> marks) {

	Chart {
		marks = List.copyOf(marks);
	}

	/**
	 * The chart as inline SVG, for the page.
	 * @return an {@code <svg>} element
	 */
	public String svg() {
		return ChartSvg.of(this);
	}

	/** One thing drawn. Colours are {@code #rrggbb}. */
	sealed interface Mark {

	}

	/**
	 * A straight or broken line through the points.
	 *
	 * @param points x, y pairs, at least two points
	 * @param colour the stroke colour
	 * @param width the stroke width in chart units
	 * @param dash the dash and gap lengths, empty for a solid line
	 */
	record Line(List<double[]> points, String colour, double width, List<Double> dash) implements Mark {

		Line {
			points = List.copyOf(points);
			dash = List.copyOf(dash);
		}

	}

	/**
	 * A filled polygon, such as a tolerance band.
	 *
	 * @param points its corners in order
	 * @param colour the fill colour
	 */
	record Area(List<double[]> points, String colour) implements Mark {

		Area {
			points = List.copyOf(points);
		}

	}

	/**
	 * A point of a series: a filled disc, or a ring when {@code filled} is false.
	 *
	 * @param radius in chart units
	 */
	record Dot(double x, double y, double radius, String colour, boolean filled) implements Mark {

	}

	/**
	 * A line of text; {@code y} is its baseline.
	 *
	 * @param anchor where {@code x} lies on the text
	 * @param size the font size in chart units
	 */
	record Label(double x, double y, String text, double size, Anchor anchor, String colour) implements Mark {

	}

	/** Where the point of a label lies on its text, as SVG's {@code text-anchor}. */
	enum Anchor {

		START, MIDDLE, END

	}

}
