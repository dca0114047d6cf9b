package fr.essor.kit.exports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one way the services write a workbook for people. Each sheet is declared with typed {@link Column}s and gets a
 * bold, frozen header row with filter buttons; a value is written as its kind says: a text cell (never a formula,
 * whatever was typed), a real date ({@code jj/mm/aaaa}), a date-time in Europe/Paris, a number with its format (euros,
 * whole, decimal, percentage), a code beside its name. A missing value is an empty cell, never a dash. The workbook's
 * properties carry its title and the Département as author. Columns are sized from the lengths written (POI's
 * {@code autoSizeColumn} measures fonts cell by cell and is far slower on big sheets).
 */
public final class XlsxWorkbook {

    /** The most characters a cell of a workbook holds. */
    static final int MOST_CHARACTERS = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /** The media type of an XLSX download. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Who the workbooks are from, in their document properties. */
    public static final String AUTHOR = "Département de la Seine-Saint-Denis";

    /** The number formats, as stored in the file (a French spreadsheet shows them with its own separators). */
    public static final String DATE_FORMAT = "dd/mm/yyyy";
    public static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";
    public static final String AMOUNT_FORMAT = "#,##0.00 \"€\"";
    public static final String INTEGER_FORMAT = "0";
    public static final String DECIMAL_FORMAT = "#,##0.00";
    public static final String PERCENT_FORMAT = "0.0 %";

    /** Column widths in characters: wide enough for a short header, not wider than a screen for a long text. */
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final List<Table> tables = new ArrayList<>();
    private final CellStyle header;
    private final Map<Column.Kind, CellStyle> styles = new EnumMap<>(Column.Kind.class);

    private XlsxWorkbook(String title) {
        var properties = workbook.getProperties().getCoreProperties();
        properties.setTitle(title);
        properties.setCreator(AUTHOR);
        workbook.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany(AUTHOR);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        styles.put(Column.Kind.DATE, format(DATE_FORMAT));
        styles.put(Column.Kind.DATE_TIME, format(DATE_TIME_FORMAT));
        styles.put(Column.Kind.AMOUNT, format(AMOUNT_FORMAT));
        styles.put(Column.Kind.INTEGER, format(INTEGER_FORMAT));
        styles.put(Column.Kind.DECIMAL, format(DECIMAL_FORMAT));
        styles.put(Column.Kind.PERCENT, format(PERCENT_FORMAT));
    }

    /** A workbook whose document title is {@code title}, e.g. « Mises en relation et baux ». */
    public static XlsxWorkbook titled(String title) {
        return new XlsxWorkbook(title);
    }

    /** Adds a sheet whose first row holds the columns' headers, in bold, frozen, with filter buttons. */
    public Table sheet(String name, List<Column> columns) {
        Table table = new Table(workbook.createSheet(name), List.copyOf(columns));
        Row row = table.sheet.createRow(0);
        List<String> headers = Column.headers(columns);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
            table.measure(c, headers.get(c).length());
        }
        table.sheet.createFreezePane(0, 1);
        tables.add(table);
        return table;
    }

    /** Sizes the columns, sets the filters, writes the workbook and releases it: call once, last. */
    public byte[] toBytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            tables.forEach(Table::finish);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CellStyle format(String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(pattern));
        return style;
    }

    /** One sheet: rows are added below the header, in order, one value per declared column. */
    public final class Table {

        private final Sheet sheet;
        private final List<Column> columns;
        private final int width;
        private final int[] widths;

        private Table(Sheet sheet, List<Column> columns) {
            this.sheet = sheet;
            this.columns = columns;
            this.width = Column.headers(columns).size();
            this.widths = new int[width];
        }

        /** Adds a row: one value per column, of the column's kind; a null leaves its cell(s) empty. */
        public Table add(Object... values) {
            return add(Arrays.asList(values));
        }

        public Table add(List<?> values) {
            if (values.size() != columns.size()) {
                throw new IllegalArgumentException(sheet.getSheetName() + ": " + values.size() + " values for "
                        + columns.size() + " columns");
            }
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            int c = 0;
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                write(row, c, column, values.get(i));
                c += column.headers().size();
            }
            return this;
        }

        private void write(Row row, int c, Column column, Object value) {
            if (value == null) {
                return;
            }
            switch (column.kind()) {
                case TEXT -> text(row, c, Values.text(column, value));
                case CODE_AND_NAME -> {
                    Coded coded = Values.coded(column, value);
                    text(row, c, coded.code());
                    text(row, c + 1, coded.name());
                }
                case DATE -> {
                    Cell cell = styled(row, c, column.kind(), 10);
                    cell.setCellValue(Values.date(column, value));
                }
                case DATE_TIME -> {
                    Cell cell = styled(row, c, column.kind(), 16);
                    cell.setCellValue(Values.dateTime(column, value).atZone(Values.PARIS).toLocalDateTime());
                }
                case PERCENT -> {
                    BigDecimal points = Values.number(column, value);
                    Cell cell = styled(row, c, column.kind(), points.toBigInteger().toString().length() + 5);
                    cell.setCellValue(points.divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP).doubleValue());
                }
                case AMOUNT, INTEGER, DECIMAL -> {
                    BigDecimal number = Values.number(column, value);
                    int digits = number.toBigInteger().abs().toString().length();
                    int shown = switch (column.kind()) {
                        case AMOUNT -> digits + digits / 3 + 6;
                        case DECIMAL -> digits + digits / 3 + 4;
                        default -> digits + 1;
                    };
                    Cell cell = styled(row, c, column.kind(), shown);
                    cell.setCellValue(number.doubleValue());
                }
            }
        }

        private void text(Row row, int c, String value) {
            if (value == null) {
                return;
            }
            // a cell holds 32 767 characters at most (POI refuses more): a longer text is cut, and says so
            String shown = value.length() <= MOST_CHARACTERS ? value
                    : value.substring(0, MOST_CHARACTERS - 1) + "…";
            row.createCell(c).setCellValue(shown);
            measure(c, shown.length());
        }

        private Cell styled(Row row, int c, Column.Kind kind, int characters) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.get(kind));
            measure(c, characters);
            return cell;
        }

        private void measure(int column, int characters) {
            widths[column] = Math.max(widths[column], characters);
        }

        private void finish() {
            for (int c = 0; c < width; c++) {
                sheet.setColumnWidth(c, Math.clamp(widths[c] + 2, MIN_WIDTH, MAX_WIDTH) * 256);
            }
            if (width > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, width - 1));
            }
        }
    }
}
