package fr.essor.kit.exports;

import java.util.List;

/**
 * A column of an export for people, as the workbook and the CSV for people both write it: its French header and the
 * kind of its values. The kind decides the cell: a text, a real date, a number with its format; a
 * {@link Kind#CODE_AND_NAME} column takes a {@link Coded} value and is written as two columns, the code then the name.
 *
 * @param header     the French header (of the name, for a code and its name)
 * @param kind       what the values are
 * @param codeHeader the header of the code, only for {@link Kind#CODE_AND_NAME}
 */
public record Column(String header, Kind kind, String codeHeader) {

    /** What a column holds, and the Java value it expects (a null value always leaves the cell empty). */
    public enum Kind {
        /** A {@link String}, or a {@link Boolean} written « Oui » / « Non ». */
        TEXT,
        /** A {@link java.time.LocalDate}, shown {@code jj/mm/aaaa}. */
        DATE,
        /** An {@link java.time.Instant}, shown {@code jj/mm/aaaa hh:mm} in Europe/Paris. */
        DATE_TIME,
        /** Euros, a {@link Number}: two decimals and the euro sign in the workbook. */
        AMOUNT,
        /** A whole {@link Number} (a count, a year, a surface). */
        INTEGER,
        /** A {@link Number} with up to two decimals. */
        DECIMAL,
        /** A {@link Number} of percentage points (35 for 35 %), shown as a percentage in the workbook. */
        PERCENT,
        /** A {@link Coded} value: its code and its name side by side. */
        CODE_AND_NAME
    }

    public Column {
        if ((kind == Kind.CODE_AND_NAME) != (codeHeader != null)) {
            throw new IllegalArgumentException("Only a code-and-name column has, and must have, a code header");
        }
    }

    public static Column text(String header) {
        return new Column(header, Kind.TEXT, null);
    }

    public static Column date(String header) {
        return new Column(header, Kind.DATE, null);
    }

    public static Column dateTime(String header) {
        return new Column(header, Kind.DATE_TIME, null);
    }

    public static Column amount(String header) {
        return new Column(header, Kind.AMOUNT, null);
    }

    public static Column integer(String header) {
        return new Column(header, Kind.INTEGER, null);
    }

    public static Column decimal(String header) {
        return new Column(header, Kind.DECIMAL, null);
    }

    public static Column percent(String header) {
        return new Column(header, Kind.PERCENT, null);
    }

    /** A code and its name, e.g. {@code codeAndName("Code EPT", "EPT")} for {@code T6} and « Plaine Commune ». */
    public static Column codeAndName(String codeHeader, String nameHeader) {
        return new Column(nameHeader, Kind.CODE_AND_NAME, codeHeader);
    }

    /** The headers as written in the file: two for a code and its name. */
    public List<String> headers() {
        return kind == Kind.CODE_AND_NAME ? List.of(codeHeader, header) : List.of(header);
    }

    /** The headers of a row of columns, as written in the file. */
    public static List<String> headers(List<Column> columns) {
        return columns.stream().flatMap(c -> c.headers().stream()).toList();
    }
}
