package org.alliance.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders an episode report as a PDF: the page's template written as XHTML with the
 * report's stylesheet inlined, laid out on A4 by openhtmltopdf and written with Apache
 * PDFBox. The renderer runs no script, so the charts are drawn by {@link ChartPdfDrawer}
 * from the same marks as the page's SVG. Nothing is fetched while rendering (every
 * external resource is refused), and the one font is embedded from a jar the application
 * ships: Liberation Sans, which Apache PDFBox carries (SIL Open Font Licence 1.1),
 * covering Latin with Spanish and the report's symbols (→ − ≥ ·).
 */
@Component
class EpisodeReportPdf {

	/** The family the report is set in, as registered with the renderer. */
	static final String FONT = "Liberation Sans";

	private static final String FONT_FILE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final ITemplateEngine templates;

	private final String css;

	EpisodeReportPdf(ITemplateEngine templates) {
		this.templates = templates;
		// The renderer logs every stylesheet and font it loads at INFO to its own console
		// handler: only its warnings and errors are worth the server's log.
		XRLog.listRegisteredLoggers().forEach((logger) -> XRLog.setLevel(logger, Level.WARNING));
		try {
			this.css = new ClassPathResource("static/css/report.css").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The report's stylesheet is missing from the application", ex);
		}
	}

	/**
	 * The report as a PDF document.
	 * @return the PDF's bytes, never null
	 */
	byte[] render(EpisodeReport report) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("report", report);
		context.setVariable("pdf", true);
		context.setVariable("css", this.css);
		String xhtml = this.templates.process("report/episode", context);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		// Tagged (PDF/UA): headings, tables and reading order for a screen reader.
		builder.usePdfUaAccessibility(true);
		builder.withProducer("Alliance");
		builder.withHtmlContent(xhtml, null);
		// Bold asks for weight 700: the same face answers it, so no other font is looked
		// for.
		builder.useFont(EpisodeReportPdf::font, FONT, 400, FontStyle.NORMAL, true);
		builder.useFont(EpisodeReportPdf::font, FONT, 700, FontStyle.NORMAL, true);
		builder.useObjectDrawerFactory(
				new ChartPdfDrawer(Map.of("symptoms", report.symptoms(), "alliance", report.alliance()), FONT));
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The report's PDF could not be written", ex);
		}
		return pdf.toByteArray();
	}

	private static InputStream font() {
		InputStream font = EpisodeReportPdf.class.getResourceAsStream(FONT_FILE);
		if (font == null) {
			throw new IllegalStateException("Apache PDFBox no longer carries " + FONT_FILE);
		}
		return font;
	}

}
