package fr.essor.kit.exports;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;

/**
 * A printable French report (A4 landscape, document language fr-FR): a title, paragraphs, headings and tables with a
 * header row repeated on each page. The standard PDF fonts have no narrow no-break space, so it is written as a
 * no-break space.
 */
public final class PdfReport {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font STRONG = new Font(Font.HELVETICA, 9, Font.BOLD);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);

    private PdfReport(String title) {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
        document.addTitle(title);
        document.open();
        document.add(new Paragraph(text(title), TITLE));
    }

    public static PdfReport titled(String title) {
        return new PdfReport(title);
    }

    public PdfReport paragraph(String text) {
        document.add(new Paragraph(text(text), TEXT));
        return this;
    }

    /** A short line in bold, e.g. the name of an item followed by its details. */
    public PdfReport strong(String text) {
        document.add(new Paragraph(text(text), STRONG));
        return this;
    }

    public PdfReport heading(String title) {
        Paragraph heading = new Paragraph(text(title), HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(6);
        document.add(heading);
        return this;
    }

    /** Starts a table with relative column widths and its header row; add it with {@link Table#add()}. */
    public Table table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(text(header), STRONG));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        return new Table(table);
    }

    public byte[] bytes() {
        document.close();
        return out.toByteArray();
    }

    /** A table being filled, row by row. */
    public final class Table {

        private final PdfPTable table;

        private Table(PdfPTable table) {
            this.table = table;
        }

        public Table row(String... cells) {
            for (String cell : cells) {
                table.addCell(new PdfPCell(new Phrase(text(cell), TEXT)));
            }
            return this;
        }

        /** A bold line across the whole table, e.g. the group the next rows belong to. */
        public Table section(String label) {
            PdfPCell cell = new PdfPCell(new Phrase(text(label), STRONG));
            cell.setColspan(table.getNumberOfColumns());
            table.addCell(cell);
            return this;
        }

        public PdfReport add() {
            document.add(table);
            return PdfReport.this;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.replace('\u202f', '\u00a0');
    }
}
