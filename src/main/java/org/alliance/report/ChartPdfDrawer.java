package org.alliance.report;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.RenderingContext;
import org.w3c.dom.Element;

import org.alliance.report.Chart.Anchor;
import org.alliance.report.Chart.Area;
import org.alliance.report.Chart.Dot;
import org.alliance.report.Chart.Label;
import org.alliance.report.Chart.Line;
import org.alliance.report.Chart.Mark;

/**
 * Draws the report's charts into the PDF with the renderer's own pen: an
 * {@code <object type="application/x-alliance-chart" data-chart="symptoms">} in the
 * report's XHTML becomes the chart of that id, scaled into the object's box. Lines and
 * shapes are vector paths; labels are text in the report's embedded font, so the PDF's
 * text layer holds them too. The marks are those the page's SVG is written from
 * ({@link ChartSvg}).
 */
final class ChartPdfDrawer implements FSObjectDrawerFactory {

	/** The object type that names a chart. */
	static final String TYPE = "application/x-alliance-chart";

	private final Map<String, Chart> charts;

	private final String fontFamily;

	/**
	 * @param charts by id
	 * @param fontFamily the family the labels are set in, one registered with the
	 * renderer
	 */
	ChartPdfDrawer(Map<String, Chart> charts, String fontFamily) {
		this.charts = Map.copyOf(charts);
		this.fontFamily = fontFamily;
	}

	@Override
	public boolean isReplacedObject(Element element) {
		return TYPE.equals(element.getAttribute("type")) && this.charts.containsKey(element.getAttribute("data-chart"));
	}

	@Override
	public FSObjectDrawer createDrawer(Element element) {
		Chart chart = this.charts.get(element.getAttribute("data-chart"));
		if (!TYPE.equals(element.getAttribute("type")) || chart == null) {
			return null;
		}
		return (e, x, y, width, height, device, context, dotsPerPixel) -> {
			double scale = Math.min(width / chart.width(), height / chart.height());
			new Pen(device, context, x, y, scale, this.fontFamily).draw(chart.marks());
			return null;
		};
	}

	/** Draws marks given in chart units at a place and scale on the page. */
	private record Pen(OutputDevice device, RenderingContext context, double left, double top, double scale,
			String family) {

		void draw(List<Mark> marks) {
			for (Mark mark : marks) {
				if (mark instanceof Line line) {
					colour(line.colour());
					this.device.setStroke(stroke(line.width(), line.dash()));
					this.device.draw(path(line.points(), false));
				}
				else if (mark instanceof Area area) {
					colour(area.colour());
					this.device.fill(path(area.points(), true));
				}
				else if (mark instanceof Dot dot) {
					colour(dot.colour());
					double r = dot.radius() * this.scale;
					Shape disc = new Ellipse2D.Double(x(dot.x()) - r, y(dot.y()) - r, 2 * r, 2 * r);
					if (dot.filled()) {
						this.device.fill(disc);
					}
					else {
						this.device.setStroke(stroke(2, List.of()));
						this.device.draw(disc);
					}
				}
				else {
					text((Label) mark);
				}
			}
		}

		private void text(Label label) {
			FontSpecification spec = new FontSpecification();
			spec.families = new String[] { this.family };
			spec.size = (float) (label.size() * this.scale);
			spec.fontWeight = IdentValue.NORMAL;
			spec.fontStyle = IdentValue.NORMAL;
			spec.variant = IdentValue.NORMAL;
			FSFont font = this.context.getFont(spec);
			this.device.setFont(font);
			colour(label.colour());
			double width = this.context.getTextRenderer().getWidth(this.context.getFontContext(), font, label.text());
			double shift = (label.anchor() == Anchor.START) ? 0 : (label.anchor() == Anchor.MIDDLE) ? width / 2 : width;
			this.context.getTextRenderer()
				.drawString(this.device, label.text(), (float) (x(label.x()) - shift), (float) y(label.y()));
		}

		private Path2D path(List<double[]> points, boolean closed) {
			Path2D.Double path = new Path2D.Double();
			path.moveTo(x(points.get(0)[0]), y(points.get(0)[1]));
			points.stream().skip(1).forEach((p) -> path.lineTo(x(p[0]), y(p[1])));
			if (closed) {
				path.closePath();
			}
			return path;
		}

		private BasicStroke stroke(double width, List<Double> dash) {
			float[] pattern = null;
			if (!dash.isEmpty()) {
				pattern = new float[dash.size()];
				for (int i = 0; i < pattern.length; i++) {
					pattern[i] = (float) (dash.get(i) * this.scale);
				}
			}
			return new BasicStroke((float) (width * this.scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
					pattern, 0f);
		}

		private void colour(String hex) {
			this.device.setColor(new FSRGBColor(Integer.parseInt(hex.substring(1), 16)));
		}

		private double x(double chartX) {
			return this.left + chartX * this.scale;
		}

		private double y(double chartY) {
			return this.top + chartY * this.scale;
		}

	}

}
