package fr.essor.roadmap.reviews.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, the period of a review; its id is {@code 2026-T3} (the French "3e trimestre"). */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern ID = Pattern.compile("(20[0-9]{2})-T([1-4])");
    private static final Comparator<Quarter> ORDER = Comparator.comparingInt(Quarter::year)
            .thenComparingInt(Quarter::quarter);

    public Quarter {
        if (quarter < 1 || quarter > 4 || year < 2000 || year > 2099) {
            throw new IllegalArgumentException("Not a quarter: " + year + "-T" + quarter);
        }
    }

    public static Optional<Quarter> parse(String id) {
        Matcher matcher = id == null ? null : ID.matcher(id.strip());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public String id() {
        return year + "-T" + quarter;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    /** {@code 1er trimestre 2026}, {@code 3e trimestre 2026}. */
    public String label() {
        return (quarter == 1 ? "1er" : quarter + "e") + " trimestre " + year;
    }

    @Override
    public int compareTo(Quarter other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return id();
    }
}
