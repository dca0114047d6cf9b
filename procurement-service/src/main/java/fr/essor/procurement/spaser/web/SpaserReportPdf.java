package fr.essor.procurement.spaser.web;

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
 * The printable annual SPASER report (A4 landscape): the indicators against their targets, the reserved contracts
 * and the insertion hours of the year. Helvetica covers French text in WinAnsi, except the narrow no-break space.
 */
final class SpaserReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font HEADER = new Font(Font.HELVETICA, 9, Font.BOLD);

    private SpaserReportPdf() {
    }

    static byte[] of(SpaserSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
        document.addTitle(sheet.title());
        document.open();
        document.add(new Paragraph(text(sheet.title()), TITLE));
        document.add(new Paragraph(text("Schéma de promotion des achats publics socialement et écologiquement "
                + "responsables du Département de la Seine-Saint-Denis."), TEXT));
        document.add(new Paragraph(text(sheet.awardedCount() + " marché(s) ou lot(s) attribué(s) en "
                + sheet.year() + " (année de notification)."), TEXT));
        document.add(new Paragraph(text(sheet.targetsNote()), TEXT));

        heading(document, "Indicateurs");
        PdfPTable indicators = table(new float[] {44, 18, 18, 20}, "Indicateur", "Réalisé", "Objectif",
                "Atteinte");
        for (SpaserSheet.ObjectiveBlock objective : sheet.objectives()) {
            PdfPCell cell = new PdfPCell(new Phrase(text(objective.label()), HEADER));
            cell.setColspan(4);
            indicators.addCell(cell);
            objective.indicators().forEach(i -> row(indicators, i.label(), i.valueText(), i.targetText(),
                    i.achievementText()));
        }
        document.add(indicators);

        heading(document, "Marchés réservés attribués en " + sheet.year());
        if (sheet.reserved().isEmpty()) {
            document.add(new Paragraph(text("Aucun marché réservé attribué cette année."), TEXT));
        } else {
            PdfPTable reserved = table(new float[] {12, 30, 8, 10, 22, 10, 8}, "Marché", "Objet", "Direction",
                    "Article", "Titulaire(s)", "Montant", "Notifié le");
            sheet.reserved().forEach(r -> row(reserved, r.contractId(), r.object(), r.directorate(), r.article(),
                    r.holders(), r.amountText(), r.notifiedOn()));
            document.add(reserved);
        }

        heading(document, "Heures d'insertion");
        if (sheet.clauses().isEmpty()) {
            document.add(new Paragraph(text("Aucune clause d'insertion attribuée ni heure réalisée cette année."),
                    TEXT));
        } else {
            PdfPTable clauses = table(new float[] {12, 34, 8, 12, 12, 11, 11}, "Marché", "Objet", "Direction",
                    "Prévues (marché)", "Prévues dans l'année", "Réalisées dans l'année", "Réalisées à ce jour");
            sheet.clauses().forEach(c -> row(clauses, c.contractId(), c.object(), c.directorate(),
                    c.plannedHoursText(), c.plannedInYearText(), c.doneInYearText(), c.doneToDateText()));
            document.add(clauses);
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
