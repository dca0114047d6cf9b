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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * A workbook as the exports write it: each sheet starts with a bold, frozen header row; numbers are written as
 * numbers (plain, decimal {@code #,##0.##}, money {@code #,##0.00}) and dates as dates ({@code dd/mm/yyyy}); columns
 * are sized to their longest value when the workbook is turned into bytes. Text cells are always text, never
 * formulas, whatever was typed.
 */
public final class XlsxWorkbook {

    /** The media type of an XLSX download. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Column widths in characters: wide enough for a short header, not wider than a screen for a long text. */
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final List<Table> tables = new ArrayList<>();
    private final CellStyle header;
    private final CellStyle decimal;
    private final CellStyle money;
    private final CellStyle date;

    private XlsxWorkbook() {
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        decimal = format("#,##0.##");
        money = format("#,##0.00");
        date = format("dd/mm/yyyy");
    }

    public static XlsxWorkbook create() {
        return new XlsxWorkbook();
    }

    /** Adds a sheet whose first row holds the headers, in bold and frozen. */
    public Table sheet(String name, List<String> headers) {
        Table table = new Table(workbook.createSheet(name), headers.size());
        Line line = table.row();
        for (int c = 0; c < headers.size(); c++) {
            line.text(c, headers.get(c));
            line.row.getCell(c).setCellStyle(header);
        }
        table.sheet.createFreezePane(0, 1);
        tables.add(table);
        return table;
    }

    /**
     * Adds a sheet from text rows as a CSV export has them (French numbers such as {@code 1 234,5}): the cells under
     * {@code numericHeaders} are read back with {@link fr.essor.kit.ui.FrenchFormat#parseAmount} and written as
     * numbers, the others as text; empty values leave their cell empty.
     */
    public Table sheet(String name, List<String> headers, List<List<String>> rows, Set<String> numericHeaders) {
        Table table = sheet(name, headers);
        for (List<String> values : rows) {
            Line line = table.row();
            for (int c = 0; c < values.size(); c++) {
                String value = values.get(c);
                if (value == null || value.isEmpty()) {
                    continue;
                }
                if (numericHeaders.contains(headers.get(c))) {
                    line.decimal(c, fr.essor.kit.ui.FrenchFormat.parseAmount(value));
                } else {
                    line.text(c, value);
                }
            }
        }
        return table;
    }

    /** Sizes the columns, writes the workbook and releases it: call once, last. */
    public byte[] toBytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            tables.forEach(Table::sizeColumns);
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

    /** One sheet: rows are added below the header, in order. */
    public final class Table {

        private final Sheet sheet;
        private final int headerColumns;
        private final Map<Integer, Integer> widths = new HashMap<>();
        private boolean autoFilter;

        private Table(Sheet sheet, int headerColumns) {
            this.sheet = sheet;
            this.headerColumns = headerColumns;
        }

        public Line row() {
            return new Line(this, sheet.createRow(sheet.getPhysicalNumberOfRows()));
        }

        /** Puts filter buttons on the header row, over every row written. */
        public Table withAutoFilter() {
            autoFilter = true;
            return this;
        }

        private void measure(int column, int characters) {
            widths.merge(column, characters, Math::max);
        }

        private void sizeColumns() {
            widths.forEach((column, characters) -> sheet.setColumnWidth(column,
                    Math.clamp(characters + 2, MIN_WIDTH, MAX_WIDTH) * 256));
            if (autoFilter && headerColumns > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0,
                        headerColumns - 1));
            }
        }
    }

    /** One row; a null value leaves its cell empty. */
    public final class Line {

        private final Table table;
        private final Row row;

        private Line(Table table, Row row) {
            this.table = table;
            this.row = row;
        }

        /** Texts in consecutive cells from {@code firstColumn}. */
        public Line text(int firstColumn, String... values) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    row.createCell(firstColumn + i).setCellValue(values[i]);
                    table.measure(firstColumn + i, values[i].length());
                }
            }
            return this;
        }

        public Line number(int column, long value) {
            row.createCell(column).setCellValue(value);
            table.measure(column, Long.toString(value).length());
            return this;
        }

        public Line number(int column, BigDecimal value) {
            return numeric(column, value, null);
        }

        /** A number shown with a thousands separator and up to 2 decimals. */
        public Line decimal(int column, BigDecimal value) {
            return numeric(column, value, decimal);
        }

        /** An amount shown with a thousands separator and 2 decimals. */
        public Line money(int column, BigDecimal value) {
            return numeric(column, value, money);
        }

        public Line date(int column, LocalDate value) {
            if (value != null) {
                Cell cell = row.createCell(column);
                cell.setCellValue(value);
                cell.setCellStyle(date);
                table.measure(column, 10);
            }
            return this;
        }

        private Line numeric(int column, BigDecimal value, CellStyle style) {
            if (value != null) {
                Cell cell = row.createCell(column);
                cell.setCellValue(value.doubleValue());
                if (style != null) {
                    cell.setCellStyle(style);
                }
                table.measure(column, value.toPlainString().length() + 4);
            }
            return this;
        }
    }
}
