package fr.essor.kit.exports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReportTest {

    @Test
    void aReportCarriesItsTitleHeadingsParagraphsAndTableRowsInFrench() throws Exception {
        byte[] pdf = PdfReport.titled("Rapport SPASER 2026")
                .paragraph("12\u202f345,67 € attribués")
                .heading("Marchés réservés")
                .table(new float[] {1, 2}, "Marché", "Montant")
                .section("Article L2113-13")
                .row("M-2026-001", "1\u202f000,00 €")
                .row("M-2026-002", null)
                .add()
                .strong("Heures d'insertion")
                .bytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Rapport SPASER 2026");
            var page = document.getPage(0);
            boolean landscape = page.getRotation() % 180 == 90
                    ? page.getMediaBox().getHeight() > page.getMediaBox().getWidth()
                    : page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
            assertThat(landscape).as("A4 landscape").isTrue();
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Rapport SPASER 2026", "12\u00a0345,67 €", "Marchés réservés", "Marché", "Article L2113-13",
                    "M-2026-001", "1\u00a0000,00 €", "M-2026-002", "Heures d'insertion");
        }
    }
}
