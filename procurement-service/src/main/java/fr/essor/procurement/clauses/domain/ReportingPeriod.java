package fr.essor.procurement.clauses.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar month or a calendar quarter for which a facilitator reports insertion hours. */
public record ReportingPeriod(Kind kind, LocalDate start, LocalDate end) {

    public enum Kind { MONTH, QUARTER }

    /** The ways {@link #parse} reads a period, as a request body states them. */
    public static final String PATTERN = "\\d{4}-\\d{2}|\\d{2}/\\d{4}|\\d{4}-[QT][1-4]|T[1-4] \\d{4}";
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern MONTH_FRENCH = Pattern.compile("^(\\d{2})/(\\d{4})$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-[QT]([1-4])$");
    private static final Pattern QUARTER_FRENCH = Pattern.compile("^T([1-4]) (\\d{4})$");
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};

    public ReportingPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static ReportingPeriod month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new ReportingPeriod(Kind.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    public static ReportingPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, 3 * quarter - 2);
        return new ReportingPeriod(Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** Reads {@code 2026-10} or {@code 10/2026} (a month), {@code 2026-Q3}, {@code 2026-T3} or {@code T3 2026}. */
    public static Optional<ReportingPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim().toUpperCase().replaceAll("\\s+", " ");
        try {
            Matcher m = MONTH.matcher(value);
            if (m.matches()) {
                return Optional.of(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = MONTH_FRENCH.matcher(value);
            if (m.matches()) {
                return Optional.of(month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = QUARTER.matcher(value);
            if (m.matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = QUARTER_FRENCH.matcher(value);
            if (m.matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code 2026-10} for a month, {@code 2026-Q3} for a quarter. */
    public String code() {
        return kind == Kind.MONTH ? YearMonth.from(start).toString()
                : start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
    }

    /** {@code octobre 2026}, {@code 3e trimestre 2026}. */
    public String label() {
        int quarter = (start.getMonthValue() + 2) / 3;
        return kind == Kind.MONTH ? MONTHS[start.getMonthValue() - 1] + " " + start.getYear()
                : (quarter == 1 ? "1er" : quarter + "e") + " trimestre " + start.getYear();
    }

    public boolean overlaps(ReportingPeriod other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }
}
