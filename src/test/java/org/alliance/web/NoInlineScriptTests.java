package org.alliance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' Content-Security-Policy runs no inline script, so no template may hold one:
 * no {@code <script>} with a body (other than a JSON data block), no {@code on*=}
 * handler, no {@code javascript:} URL. A page that breaks this would silently lose its
 * script in the browser.
 */
class NoInlineScriptTests {

	private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	@Test
	void noTemplateHoldsAnInlineScriptAHandlerOrAJavascriptUrl() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html");
		assertThat(templates).isNotEmpty();
		List<String> found = new ArrayList<>();
		for (Resource template : templates) {
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			Matcher script = SCRIPT.matcher(html);
			while (script.find()) {
				boolean data = script.group(1).contains("type=\"application/json\"");
				boolean file = script.group(1).matches("(?s).*\\b(th:)?src=.*") && script.group(2).isBlank();
				if (!data && !file) {
					found.add(template.getFilename() + ": " + script.group());
				}
			}
			Matcher handler = HANDLER.matcher(html);
			while (handler.find()) {
				found.add(template.getFilename() + ": handler " + handler.group().trim());
			}
			if (html.toLowerCase().contains("javascript:")) {
				found.add(template.getFilename() + ": javascript: URL");
			}
		}
		assertThat(found).isEmpty();
	}

}
