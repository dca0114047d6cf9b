package fr.essor.kit.testing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the kit's form fragments promise, read back from a page: a date typed jj/mm/aaaa in a text field whose format
 * a hint tells ({@code fragments/forms :: dateField}), and the required fields of a form, and only they, marked
 * « (obligatoire) » in their label (or legend) and {@code aria-required="true"}, never HTML {@code required}.
 */
public final class FormMarks {

    public static final String DATE_HINT = "Format : jj/mm/aaaa, par exemple 28/06/2026";
    private static final String MARK = "<span class=\"field__required\">(obligatoire)</span>";

    private FormMarks() {
    }

    /**
     * The first form of the page posted to {@code action} (its address as the page writes it), tags included; a
     * filter form read by GET to the same address is not it.
     */
    public static String form(String html, String action) {
        Matcher form = Pattern.compile("<form(?=[^>]*\\smethod=\"post\")[^>]*\\saction=\"" + Pattern.quote(action)
                + "\"[^>]*>.*?</form>", Pattern.DOTALL).matcher(html);
        assertThat(form.find()).as("the page has a form posted to %s", action).isTrue();
        return form.group();
    }

    /** The opening tag of the input, select, textarea or fieldset of id {@code id}. */
    public static String field(String html, String id) {
        Matcher field = Pattern.compile("<(input|select|textarea|fieldset)\\s[^>]*\\bid=\"" + Pattern.quote(id)
                + "\"[^>]*>").matcher(html);
        assertThat(field.find()).as("the page has a field of id %s", id).isTrue();
        return field.group();
    }

    /** Asserts the field of id {@code id} is a text field typed jj/mm/aaaa, its hint tied by aria-describedby. */
    public static void assertDateField(String html, String id) {
        String field = field(html, id);
        assertThat(field).as("the date field %s", id).startsWith("<input").contains("type=\"text\"")
                .contains("inputmode=\"numeric\"").containsPattern("aria-describedby=\"" + Pattern.quote(id)
                        + "-aide[ \"]");
        assertThat(html).contains("<p class=\"field__hint\" id=\"" + id + "-aide\">" + DATE_HINT + "</p>");
    }

    /**
     * Asserts the form marks as required exactly the fields of these ids: as many « (obligatoire) » as ids, each in
     * its field's label (a fieldset's, in its legend), and {@code aria-required="true"} on each field but a group of
     * checkboxes (ARIA has no required group: its legend alone says it), on no other.
     */
    public static void assertRequired(String form, String... ids) {
        assertThat(count(form, MARK)).as("« (obligatoire) » in the form's labels").isEqualTo(ids.length);
        assertThat(form).as("HTML's required would refuse the form before the server's French messages")
                .doesNotContainPattern("\\srequired[\\s>=]");
        int ariaRequired = 0;
        for (String id : List.of(ids)) {
            String field = field(form, id);
            if (field.startsWith("<fieldset")) {
                int start = form.indexOf(field);
                assertThat(form.substring(start, form.indexOf("</legend>", start))).as("the legend of %s", id)
                        .contains(MARK);
            } else {
                assertThat(form).as("the label of %s", id).containsPattern("(?s)<label[^>]*\\sfor=\""
                        + Pattern.quote(id) + "\"[^>]*>(?:(?!</label>).)*" + Pattern.quote(MARK) + "\\s*</label>");
            }
            if (!field.startsWith("<fieldset") || field.contains("role=\"radiogroup\"")) {
                assertThat(field).as("field %s", id).contains("aria-required=\"true\"");
                ariaRequired++;
            }
        }
        assertThat(count(form, "aria-required=\"true\"")).as("aria-required fields in the form")
                .isEqualTo(ariaRequired);
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
