package fr.essor.kit.documents;

import fr.essor.kit.testing.PdfDocuments;
import fr.essor.kit.testing.PdfUaValidation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentRendererTest {

    static final DocumentSettings SETTINGS = new DocumentSettings("Département de la Seine-Saint-Denis",
            "Direction de l'économie, de l'emploi et de la formation", "Mission économie sociale et solidaire",
            List.of("Hôtel du Département", "93006 Bobigny Cedex"), "Bobigny", "Stéphane Troussel",
            "Président du Conseil départemental");
    static final DocumentRenderer RENDERER = new DocumentRenderer(SETTINGS,
            Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aDocumentCarriesTheLetterheadReferenceDateBlocksSignaturesAndPageNumbers() throws Exception {
        OfficialDocument doc = OfficialDocument.titled("Rapport SPASER 2026")
                .subtitle("Schéma de promotion des achats")
                .reference("SPASER-2026")
                .paragraph("12\u202f345,67 € attribués : voir le tableau ; « partenaires » !")
                .heading("Marchés réservés");
        doc.table(new float[] {1, 2}, "Marché", "Montant")
                .section("Article L2113-13")
                .row("M-2026-001", "1\u202f000,00 €")
                .row("M-2026-002", null)
                .add()
                .strong("Heures d'insertion")
                .list(List.of("premier point", "second point"))
                .signatures(SETTINGS.departementSignatory(""), new Signatory("Pour le bénéficiaire", null, null));
        byte[] pdf = RENDERER.pdf(doc);
        PdfDocuments.keepForReview("kit-document", pdf);

        PdfUaValidation.assertCompliant(pdf);
        PdfDocuments.assertKitLayout(pdf, "Rapport SPASER 2026");
        String text = PdfDocuments.text(pdf);
        assertThat(text).contains("Département de la Seine-Saint-Denis", "Mission économie sociale et solidaire",
                "93006 Bobigny Cedex", "Bobigny, le 7 décembre 2026", "Référence : SPASER-2026",
                "Rapport SPASER 2026", "12 345,67 € attribués : voir le tableau ; « partenaires » !",
                "Marchés réservés", "Article L2113-13", "M-2026-001", "1 000,00 €", "Heures d'insertion",
                "premier point", "Pour le Département de la Seine-Saint-", "Stéphane Troussel",
                "Président du Conseil départemental", "Pour le bénéficiaire,", "Nom : ", "Qualité : ",
                "Fait à Bobigny, le");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).allMatch(f -> f.contains("DejaVuSans"));
        }
    }

    @Test
    void aWideTableGoesOnALandscapeAnnexPageAfterTheSignatures() throws Exception {
        OfficialDocument doc = OfficialDocument.titled("Comité de suivi").paragraph("Synthèse.");
        var annex = doc.annexTable("Mises à jour des actions", new float[] {1, 4, 2, 2, 2, 4},
                "Action", "Intitulé", "Pilotes", "À l'ouverture", "Déclaré", "Commentaire");
        for (int i = 1; i <= 40; i++) {
            annex.row("A" + i, "Action numéro " + i, "DJVA", "En cours, 10 %", "En cours, 20 %", "—");
        }
        annex.add();
        byte[] pdf = RENDERER.pdf(doc);

        PdfUaValidation.assertCompliant(pdf);
        int pages = PdfDocuments.pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        int[] annexPages = java.util.stream.IntStream.rangeClosed(2, pages).toArray();
        PdfDocuments.assertKitLayout(pdf, "Comité de suivi", annexPages);
        assertThat(PdfDocuments.text(pdf)).contains("Annexe 1 : Mises à jour des actions", "A40")
                .as("no signatory, no signature heading").doesNotContain("Signature");
    }

    @Test
    void frenchTypographyKeepsPunctuationWithItsWordAndWritesTheFirstOfTheMonth() {
        assertThat(FrenchTypography.apply("Statut : « en cours » ; fini ? oui!"))
                .isEqualTo("Statut\u00a0: «\u202fen cours\u202f»\u202f; fini\u202f? oui\u202f!");
        assertThat(FrenchTypography.apply("https://exemple.fr")).isEqualTo("https://exemple.fr");
        assertThat(FrenchTypography.longDate(LocalDate.of(2026, 12, 1))).isEqualTo("1er décembre 2026");
        assertThat(FrenchTypography.longDate(LocalDate.of(2026, 3, 17))).isEqualTo("17 mars 2026");
    }
}
