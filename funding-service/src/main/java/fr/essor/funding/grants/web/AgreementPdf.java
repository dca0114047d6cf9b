package fr.essor.funding.grants.web;

import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.Instalment;
import fr.essor.kit.ui.FrenchFormat;
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
 * The grant agreement (convention d'attribution) drawn up from the vote, printable on A4: the parties, the object,
 * the amount, the payment schedule, the duration, the obligations and the signature block. Helvetica covers French
 * in WinAnsi except the narrow no-break space, written as a no-break space.
 */
public final class AgreementPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);

    private AgreementPdf() {
    }

    public static byte[] of(GrantFile f, String grantorName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
        document.addTitle("Convention d'attribution de subvention " + f.id());
        document.open();
        Paragraph title = new Paragraph(text("Convention d'attribution d'une subvention — Appel à Agir « In "
                + "Seine-Saint-Denis » " + f.callYear()), TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        document.add(new Paragraph(text("Dossier " + f.id()
                + f.signedOn().map(d -> " — signée le " + FrenchFormat.date(d)).orElse(" — à signer")), TEXT));

        heading(document, "Entre les soussignés");
        document.add(new Paragraph(text(grantorName + ", représenté par le Président du Conseil départemental, "
                + "agissant en vertu de la délibération " + f.decisionReference() + " du "
                + FrenchFormat.date(f.decidedOn()) + ", ci-après « le Département »,"), TEXT));
        document.add(new Paragraph(text("et " + f.organisationName() + " (SIRET ou RNA " + f.organisationId()
                + "), ci-après « le bénéficiaire »."), TEXT));

        heading(document, "Article 1 — Objet");
        document.add(new Paragraph(text("Le Département soutient le projet « " + f.projectTitle() + " » porté par le "
                + "bénéficiaire, lauréat de l'Appel à Agir " + f.callYear() + "."), TEXT));

        heading(document, "Article 2 — Montant");
        document.add(new Paragraph(text("Le Département attribue au bénéficiaire une subvention de "
                + FrenchFormat.euros(f.amount()) + " (" + nature(f.nature().name()) + ")."), TEXT));

        heading(document, "Article 3 — Durée");
        document.add(new Paragraph(text("La convention prend effet à sa signature pour une durée de "
                + (f.durationYears() == 2 ? "deux ans (24 mois)" : "un an (12 mois)") + "."), TEXT));

        heading(document, "Article 4 — Modalités de versement");
        PdfPTable table = new PdfPTable(new float[] {8, 46, 26, 20});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : new String[] {"N°", "Échéance", "Condition", "Montant"}) {
            table.addCell(new PdfPCell(new Phrase(text(h), HEADING)));
        }
        for (Instalment i : f.schedule().instalments()) {
            for (String c : new String[] {String.valueOf(i.number()), i.label(), i.trigger().label(),
                    FrenchFormat.euros(i.amount())}) {
                table.addCell(new PdfPCell(new Phrase(text(c), TEXT)));
            }
        }
        document.add(table);

        heading(document, "Article 5 — Obligations du bénéficiaire");
        document.add(new Paragraph(text("Le bénéficiaire affecte la subvention au seul projet décrit à l'article 1, "
                + "transmet " + (f.durationYears() == 2 ? "un compte rendu annuel puis " : "")
                + "un compte rendu final d'exécution et mentionne le soutien du Département dans sa communication."),
                TEXT));

        heading(document, "Signatures");
        PdfPTable signatures = new PdfPTable(2);
        signatures.setWidthPercentage(100);
        signatures.addCell(signature("Pour le Département,\nle Président du Conseil départemental"));
        signatures.addCell(signature("Pour le bénéficiaire,\n" + f.organisationName()));
        document.add(signatures);
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell signature(String who) {
        PdfPCell cell = new PdfPCell(new Phrase(text(who + "\n\nFait à Bobigny, le\n\nSignature :"), TEXT));
        cell.setMinimumHeight(110);
        return cell;
    }

    private static void heading(Document document, String title) {
        Paragraph heading = new Paragraph(text(title), HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static String nature(String code) {
        return switch (code) {
            case "OPERATING" -> "fonctionnement";
            case "INVESTMENT" -> "investissement";
            default -> "fonctionnement et investissement";
        };
    }

    private static String text(String value) {
        return value == null ? "" : value.replace('\u202f', '\u00a0');
    }
}
