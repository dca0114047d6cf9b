package fr.essor.roadmap.reviews.web;

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
 * The printable review pack (A4 landscape): the review's situation, each action with its update, what changed
 * since the previous review. The standard Helvetica font covers French text in WinAnsi, except the narrow no-break
 * space, written as a no-break space.
 */
final class ReviewPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font HEADER = new Font(Font.HELVETICA, 9, Font.BOLD);

    private ReviewPdf() {
    }

    static byte[] of(ReviewPage page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
        document.addTitle(page.title());
        document.open();
        document.add(new Paragraph(text(page.title()), TITLE));
        document.add(new Paragraph(text("Statut : " + page.statusLabel()), TEXT));
        document.add(new Paragraph(text("Période couverte : " + page.period()), TEXT));
        document.add(new Paragraph(text("Ouvert le " + page.opened()
                + (page.consolidated().isEmpty() ? "" : " · consolidé le " + page.consolidated())
                + (page.published().isEmpty() ? "" : " · publié le " + page.published())), TEXT));
        document.add(new Paragraph(text(page.updateCount() + " mise(s) à jour transmise(s) pour "
                + page.actionCount() + " actions."), TEXT));

        heading(document, "Mises à jour des directions pilotes");
        PdfPTable actions = table(new float[] {6, 30, 10, 14, 14, 26}, "Action", "Intitulé", "Pilotes",
                "À l'ouverture", "Déclaré", "Commentaire et points de blocage");
        for (ReviewPage.ActionLine a : page.actions()) {
            String declared = a.updated() ? a.status() + ", " + a.progress() + "\n" + a.submitted() : "non transmis";
            String notes = a.comment() + (a.blockingPoints().isEmpty() ? "" : "\nPoints de blocage : "
                    + a.blockingPoints());
            row(actions, a.code(), a.title(), a.leads(), a.statusAtOpening() + ", " + a.progressAtOpening(),
                    declared, notes.strip());
        }
        document.add(actions);

        heading(document, "Ce qui a changé depuis le comité précédent");
        if (page.moves().isEmpty()) {
            document.add(new Paragraph(text("Aucun changement de statut ni d'avancement sur la période."), TEXT));
        } else {
            PdfPTable moves = table(new float[] {6, 40, 22, 16, 16}, "Action", "Intitulé", "Statut", "Avancement",
                    "Par");
            page.moves().forEach(m -> row(moves, m.code(), m.title(), m.status(), m.progress(), m.by()));
            document.add(moves);
        }

        heading(document, "Indicateurs sur la période");
        if (page.indicators().isEmpty()) {
            document.add(new Paragraph(text("Aucune valeur ni aucun fait enregistré sur la période."), TEXT));
        }
        for (ReviewPage.IndicatorLine indicator : page.indicators()) {
            document.add(new Paragraph(text(indicator.name() + " (" + indicator.unit() + ")"), HEADER));
            indicator.entries().forEach(e -> document.add(new Paragraph(text("• " + e), TEXT)));
        }

        heading(document, "Événements de la période");
        if (page.facts().isEmpty()) {
            document.add(new Paragraph(text("Aucun événement des autres services sur la période."), TEXT));
        } else {
            PdfPTable facts = table(new float[] {16, 60, 24}, "Date", "Événement", "Type");
            page.facts().forEach(f -> row(facts, f.date(), f.label(), f.type()));
            document.add(facts);
        }
        document.close();
        return out.toByteArray();
    }

    private static void heading(Document document, String title) {
        Paragraph heading = new Paragraph(text(title), HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(text(header), HEADER));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, String... cells) {
        for (String cell : cells) {
            table.addCell(new PdfPCell(new Phrase(text(cell), TEXT)));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.replace('\u202f', '\u00a0');
    }
}
