package fr.essor.kit.exports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV for people, as French Excel and LibreOffice open it: UTF-8 with a byte order mark, {@code ;} between cells,
 * CRLF line ends, French headers, the same typed {@link Column}s as the workbook: dates {@code jj/mm/aaaa}, date-times
 * {@code jj/mm/aaaa hh:mm} in Europe/Paris, numbers with a decimal comma and no thousands separator (amounts with two
 * decimals, percentages in points under a « (%) » header), a code and its name in two cells. Cells are quoted with
 * doubled quotes when they hold a separator, a quote or a line break; a text starting like a formula
 * ({@code = + - @}, tab, carriage return) gets an apostrophe first, so that a typed-in text can never run in the
 * reader's spreadsheet. The open-data files (SCDL, DECP) follow their own standards and are not written with this.
 */
public final class CsvTable {

    private static final String BOM = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final List<Column> columns;
    private final StringBuilder text = new StringBuilder(BOM);

    private CsvTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
        line(Column.headers(columns).stream().map(CsvTable::cell).toList());
    }

    public static CsvTable of(List<Column> columns) {
        return new CsvTable(columns);
    }

    /** Adds one line: one value per column, of the column's kind; a null is written empty. */
    public CsvTable add(Object... values) {
        return add(Arrays.asList(values));
    }

    public CsvTable add(List<?> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + columns.size() + " columns");
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.addAll(cells(columns.get(i), values.get(i)));
        }
        line(cells);
        return this;
    }

    public byte[] toBytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One text cell as written in the file: empty for null, formula-guarded, quoted when needed. */
    public static String cell(String value) {
        String cell = value == null ? "" : value;
        if (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    private static List<String> cells(Column column, Object value) {
        if (value == null) {
            return column.kind() == Column.Kind.CODE_AND_NAME ? List.of("", "") : List.of("");
        }
        return switch (column.kind()) {
            case TEXT -> List.of(cell(Values.text(column, value)));
            case CODE_AND_NAME -> {
                Coded coded = Values.coded(column, value);
                yield List.of(cell(coded.code()), cell(coded.name()));
            }
            case DATE -> List.of(DATE.format(Values.date(column, value)));
            case DATE_TIME -> List.of(DATE_TIME.format(Values.dateTime(column, value).atZone(Values.PARIS)));
            case AMOUNT -> List.of(comma(Values.number(column, value).setScale(2, RoundingMode.HALF_UP)));
            case INTEGER -> List.of(comma(Values.number(column, value).setScale(0, RoundingMode.HALF_UP)));
            case DECIMAL, PERCENT -> List.of(comma(Values.number(column, value).stripTrailingZeros()));
        };
    }

    /** {@code 12345,67}: no thousands separator, so that a French spreadsheet reads it as a number. */
    private static String comma(BigDecimal number) {
        BigDecimal n = number.scale() < 0 ? number.setScale(0) : number;
        return n.toPlainString().replace('.', ',');
    }

    private void line(List<String> cells) {
        text.append(String.join(";", cells)).append("\r\n");
    }
}
