package fr.essor.kit.exports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Checks that a value is of its column's kind, for the workbook and the CSV alike. */
final class Values {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Values() {
    }

    static String text(Column column, Object value) {
        if (value instanceof Boolean yes) {
            return yes ? "Oui" : "Non";
        }
        return expect(column, value, String.class);
    }

    static Coded coded(Column column, Object value) {
        return expect(column, value, Coded.class);
    }

    static LocalDate date(Column column, Object value) {
        return expect(column, value, LocalDate.class);
    }

    static Instant dateTime(Column column, Object value) {
        return expect(column, value, Instant.class);
    }

    static BigDecimal number(Column column, Object value) {
        return switch (value) {
            case BigDecimal decimal -> decimal;
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case Double d -> BigDecimal.valueOf(d);
            default -> throw wrong(column, value);
        };
    }

    private static <T> T expect(Column column, Object value, Class<T> type) {
        if (!type.isInstance(value)) {
            throw wrong(column, value);
        }
        return type.cast(value);
    }

    private static IllegalArgumentException wrong(Column column, Object value) {
        return new IllegalArgumentException("Column « " + column.header() + " » (" + column.kind()
                + ") cannot hold a " + value.getClass().getSimpleName());
    }
}
