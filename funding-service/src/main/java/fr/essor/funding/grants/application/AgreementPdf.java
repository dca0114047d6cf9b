package fr.essor.funding.grants.application;

import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.Instalment;
import fr.essor.kit.documents.DocumentRenderer;
import fr.essor.kit.documents.OfficialDocument;
import fr.essor.kit.documents.Signatory;
import fr.essor.kit.ui.FrenchFormat;

/**
 * The grant agreement (convention d'attribution) drawn up from the vote, in the kit's document layout: the parties,
 * the object, the amount, the payment schedule, the duration, the obligations and the signature boxes (the
 * Département's configured signatory, the beneficiary's representative to fill in).
 */
public final class AgreementPdf {

    private AgreementPdf() {
    }

    public static byte[] of(GrantFile f, DocumentRenderer renderer) {
        return renderer.pdf(document(f, renderer));
    }

    static OfficialDocument document(GrantFile f, DocumentRenderer renderer) {
        String departement = renderer.settings().name();
        OfficialDocument doc = OfficialDocument.titled("Convention d'attribution de subvention")
                .subtitle("Dossier n° " + f.id() + " — Appel à Agir « In Seine-Saint-Denis » " + f.callYear()
                        + f.signedOn().map(d -> " — signée le " + FrenchFormat.date(d)).orElse(" — à signer"))
                .reference(f.id())
                .heading("Entre les soussignés")
                .paragraph("Le " + departement + ", représenté par " + renderer.settings().signatoryName() + ", "
                        + renderer.settings().signatoryRole() + ", agissant en vertu de la délibération "
                        + f.decisionReference() + " du " + FrenchFormat.date(f.decidedOn())
                        + ", ci-après « le Département »,")
                .paragraph("et " + f.organisationName() + " (SIRET ou RNA " + f.organisationId() + "), représentée "
                        + "par son représentant légal, ci-après « le bénéficiaire ».")
                .heading("Article 1 — Objet")
                .paragraph("Le Département soutient le projet « " + f.projectTitle() + " » porté par le bénéficiaire, "
                        + "lauréat de l'Appel à Agir " + f.callYear() + ".")
                .heading("Article 2 — Montant")
                .paragraph("Le Département attribue au bénéficiaire une subvention de " + FrenchFormat.euros(f.amount())
                        + " (" + nature(f.nature().name()) + ").")
                .heading("Article 3 — Durée")
                .paragraph("La convention prend effet à sa signature pour une durée "
                        + (f.durationYears() == 2 ? "de deux ans (24 mois)" : "d'un an (12 mois)") + ".")
                .heading("Article 4 — Modalités de versement");
        OfficialDocument.Table schedule = doc.table(new float[] {8, 40, 32, 20}, "N°", "Échéance", "Condition",
                "Montant");
        for (Instalment i : f.schedule().instalments()) {
            schedule.row(String.valueOf(i.number()), i.label(), i.trigger().label(), FrenchFormat.euros(i.amount()));
        }
        schedule.row("", "Total", "", FrenchFormat.euros(f.amount()));
        schedule.add();
        doc.heading("Article 5 — Obligations du bénéficiaire")
                .paragraph("Le bénéficiaire affecte la subvention au seul projet décrit à l'article 1, transmet "
                        + (f.durationYears() == 2 ? "un compte rendu annuel puis " : "")
                        + "un compte rendu final d'exécution et mentionne le soutien du Département dans sa "
                        + "communication.")
                .signatures(renderer.settings().departementSignatory(""),
                        new Signatory("Pour le bénéficiaire, " + f.organisationName(), "", "",
                                f.signedOn().map(d -> "Signature enregistrée le " + FrenchFormat.date(d)).orElse("")));
        return doc;
    }

    private static String nature(String code) {
        return switch (code) {
            case "OPERATING" -> "fonctionnement";
            case "INVESTMENT" -> "investissement";
            default -> "fonctionnement et investissement";
        };
    }
}
