package fr.essor.kit.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * French typography for printed documents: a no-break space before « : », a narrow no-break space before « ; ! ? »
 * and inside French quotes, so that a line never starts with a colon or a closing quote; dates written out
 * (« 1er décembre 2026 »).
 */
public final class FrenchTypography {

    private static final char NBSP = '\u00a0';
    private static final char NNBSP = '\u202f';
    private static final Pattern BEFORE_COLON = Pattern.compile("[ \u00a0\u202f]*:(?=\\s|$)");
    private static final Pattern BEFORE_TALL = Pattern.compile("(?<=\\S)[ \u00a0\u202f]*([;!?])(?=\\s|$|»)");
    private static final Pattern AFTER_OPENING_QUOTE = Pattern.compile("«[ \u00a0\u202f]*");
    private static final Pattern BEFORE_CLOSING_QUOTE = Pattern.compile("[ \u00a0\u202f]*»");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private FrenchTypography() {
    }

    /** The text with French spacing around its punctuation; {@code null} reads as an empty text. */
    public static String apply(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = BEFORE_COLON.matcher(text).replaceAll(NBSP + ":");
        s = BEFORE_TALL.matcher(s).replaceAll(NNBSP + "$1");
        s = AFTER_OPENING_QUOTE.matcher(s).replaceAll("«" + NNBSP);
        s = BEFORE_CLOSING_QUOTE.matcher(s).replaceAll(NNBSP + "»");
        return s;
    }

    /** {@code 1er décembre 2026}, {@code 7 décembre 2026}; empty when there is no date. */
    public static String longDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " "
                + MONTH_YEAR.format(date);
    }
}
