package fr.essor.e2e;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on the page the browser shows: WCAG 2.1 and 2.2, levels A and AA, as far as a machine can tell (RGAA's
 * baseline). Fails with each violation, where it is and why.
 */
final class Axe {

    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Axe() {
    }

    static void assertNoViolation(Browser browser, String page) {
        assertNoViolation(browser, page, WCAG_A_AA);
    }

    /** The same with the rules of {@code tags} only (e.g. WCAG 2.1 A and AA). */
    static void assertNoViolation(Browser browser, String page, List<String> tags) {
        browser.screenshot("a11y-" + page.replaceAll("[^a-zA-Z0-9]+", "-"));
        Results results = new AxeBuilder().withTags(tags).analyze(browser.driver());
        assertThat(results.isErrored()).as("axe-core ran on %s: %s", page, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe-core checked something on %s", page).isNotEmpty();
        assertThat(results.getViolations()).as("%s violations on %s (%s):%n%s", tags, page,
                results.getUrl(), describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + " " + rule.getHelpUrl() + rule.getNodes().stream().map(Axe::describe)
                .collect(Collectors.joining())).collect(Collectors.joining(System.lineSeparator()));
    }

    private static String describe(CheckedNode node) {
        return System.lineSeparator() + "    at " + node.getTarget() + ": " + node.getHtml()
                + System.lineSeparator() + "      " + String.valueOf(node.getFailureSummary()).replace("\n", " ");
    }
}
