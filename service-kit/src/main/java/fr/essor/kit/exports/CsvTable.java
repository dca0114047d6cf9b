package fr.essor.kit.exports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table written as French Excel opens a CSV: UTF-8 with a byte order mark, {@code ;} between cells, CRLF line
 * ends, cells quoted with doubled quotes when they hold a separator, a quote or a line break. A cell starting like a
 * formula ({@code = + - @}, tab, carriage return) gets an apostrophe first, so that a typed-in text can never run in
 * the reader's spreadsheet.
 */
public final class CsvTable {

    private static final String BOM = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder text = new StringBuilder(BOM);

    private CsvTable(List<String> headers) {
        line(headers);
    }

    public static CsvTable withHeaders(List<String> headers) {
        return new CsvTable(headers);
    }

    /** Adds one line; a null cell is written empty. */
    public CsvTable row(List<String> cells) {
        line(cells);
        return this;
    }

    public byte[] toBytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell as written in the file: empty for null, formula-guarded, quoted when needed. */
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

    private void line(List<String> cells) {
        text.append(cells.stream().map(CsvTable::cell).collect(Collectors.joining(";"))).append("\r\n");
    }
}
