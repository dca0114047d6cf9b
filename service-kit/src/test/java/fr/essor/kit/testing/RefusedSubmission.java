package fr.essor.kit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page answering a refused submission must show (RGAA 11.10, WCAG 3.3.1 and 2.4.3): a title starting with
 * « Erreur : », the error summary of the kit's {@code fragments/forms :: errorSummary}, focused when the page loads,
 * and each of its links leading to a field of the page.
 */
public final class RefusedSubmission {

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern SUMMARY = Pattern.compile(
            "<div class=\"alert alert--error error-summary\"([^>]*)>(.*?)</div>", Pattern.DOTALL);
    private static final Pattern ANCHOR = Pattern.compile("<a href=\"#([^\"]+)\">([^<]*)</a>");
    private static final Pattern ITEM = Pattern.compile("<li>");

    private RefusedSubmission() {
    }

    /** Asserts the page presents a refused submission as it must; answers the messages of its summary. */
    public static List<String> assertPresented(String html) {
        Matcher title = TITLE.matcher(html);
        assertThat(title.find()).as("the page has a title").isTrue();
        assertThat(title.group(1)).as("the title of a page showing a refused submission").startsWith("Erreur : ");

        Matcher summary = SUMMARY.matcher(html);
        assertThat(summary.find()).as("the page shows the kit's error summary").isTrue();
        assertThat(summary.group(1)).as("the summary takes the focus when the page loads")
                .contains("tabindex=\"-1\"").contains("autofocus");
        String block = summary.group(2);
        assertThat(ITEM.matcher(block).results().count()).as("the summary lists what is wrong").isPositive();

        List<String> linked = new ArrayList<>();
        Matcher anchor = ANCHOR.matcher(block);
        while (anchor.find()) {
            String target = anchor.group(1);
            assertThat(html).as("the summary's link to #" + target + " leads to an element of the page")
                    .contains("id=\"" + target + "\"");
            linked.add(anchor.group(2));
        }
        assertThat(summary.find()).as("one error summary per page").isFalse();
        return linked;
    }

    /** Asserts the page shows no refused submission: neither an « Erreur : » title nor an error summary. */
    public static void assertAbsent(String html) {
        Matcher title = TITLE.matcher(html);
        assertThat(title.find()).as("the page has a title").isTrue();
        assertThat(title.group(1)).doesNotStartWith("Erreur : ");
        assertThat(SUMMARY.matcher(html).find()).as("no error summary").isFalse();
    }
}
