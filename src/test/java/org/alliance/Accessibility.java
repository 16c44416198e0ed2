package org.alliance;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core (Deque's accessibility engine, the script of its npm package as the
 * {@code com.deque.html.axe-core:selenium} jar bundles it) on the page the browser shows,
 * with every rule it has enabled by default, and fails on each violation whose impact is
 * serious or critical: those that keep a screen-reader or keyboard user from the content
 * or a control (axe's impact levels:
 * https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#results-object).
 */
public final class Accessibility {

	private static final List<String> BLOCKING = List.of("serious", "critical");

	private static final String DANGLING_REFERENCES = """
			return [...document.querySelectorAll('[aria-describedby], [aria-labelledby]')].flatMap((e) =>
			    ['aria-describedby', 'aria-labelledby'].flatMap((a) => (e.getAttribute(a) || '').split(/\\s+/))
			        .filter((id) => id && !document.getElementById(id))
			        .map((id) => (e.id || e.tagName) + ' -> ' + id));""";

	private Accessibility() {
	}

	/**
	 * Fails listing every serious or critical violation on the current page: rule,
	 * impact, what it asks for, and each element with axe's summary of what is wrong with
	 * it.
	 */
	public static void assertNoSeriousViolations(WebDriver browser) {
		Results results = new AxeBuilder().analyze(browser);
		assertThat(results.isErrored()).as("axe-core could not run: %s", results.getErrorMessage()).isFalse();
		List<Rule> blocking = results.getViolations()
			.stream()
			.filter((rule) -> BLOCKING.contains(rule.getImpact()))
			.toList();
		assertThat(blocking)
			.as("Serious or critical accessibility violations on %s:%n%s", browser.getCurrentUrl(), describe(blocking))
			.isEmpty();
		// axe leaves a reference to a missing element "to review" rather than failing
		// it; a description that is not there is never read, so it fails here.
		assertThat(((JavascriptExecutor) browser).executeScript(DANGLING_REFERENCES))
			.as("aria references to elements not on %s", browser.getCurrentUrl())
			.asList()
			.isEmpty();
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map((rule) -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
					+ rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		return "    " + node.getTarget() + " " + node.getHtml() + "\n      "
				+ String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
	}

}
