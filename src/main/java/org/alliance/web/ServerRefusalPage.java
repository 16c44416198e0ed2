package org.alliance.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Container;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The page for a request the server refuses before the application sees it (a path with
 * an encoded NUL, say, which Tomcat answers with 400 itself): the product's plain page in
 * its own words, instead of Tomcat's report with its styles and version; under
 * {@code /api} a problem document. Everything the application sees gets
 * {@link ErrorPages} instead.
 */
@Component
class ServerRefusalPage implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			Container parent = context.getParent();
			if (parent instanceof StandardHost host) {
				host.setErrorReportValveClass(Report.class.getName());
			}
		});
	}

	/** Writes the plain page; Tomcat's report otherwise. */
	public static class Report extends ErrorReportValve {

		public Report() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			boolean api = String.valueOf(request.getRequestURI()).startsWith("/api/");
			try {
				response.setContentType(api ? "application/problem+json" : "text/html");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(api ? ApiErrorDispatch.problem(status) : page(status));
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client went away, or the response was taken meanwhile: nothing to
				// add.
			}
		}

		static String page(int status) {
			String title = (status < 500) ? "This request cannot be read" : "Something went wrong on our side";
			return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
					+ " · Alliance</title><link rel=\"stylesheet\" href=\"/css/alliance.css\"></head><body><main>"
					+ "<h1>" + title + "</h1><p>The address or the request was not one Alliance can answer (status "
					+ status + "). Go back to <a href=\"/\">the start page</a> and try again from there.</p>"
					+ "</main></body></html>";
		}

	}

}
