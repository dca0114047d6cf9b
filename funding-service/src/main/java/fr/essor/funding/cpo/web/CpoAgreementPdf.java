package fr.essor.funding.cpo.web;

import fr.essor.funding.cpo.domain.Cpo;
import fr.essor.funding.cpo.domain.CpoInstalment;
import fr.essor.funding.cpo.domain.CpoTerms;
import fr.essor.funding.cpo.domain.Objective;
import fr.essor.funding.cpo.domain.YearlyAmount;
import fr.essor.kit.documents.DocumentRenderer;
import fr.essor.kit.documents.OfficialDocument;
import fr.essor.kit.documents.Signatory;
import fr.essor.kit.ui.FrenchFormat;

/**
 * The CPO as a printable agreement in the kit's document layout: parties, duration, objectives and indicators,
 * yearly amounts, the payment schedule, the annual review and the signature boxes.
 */
final class CpoAgreementPdf {

    private CpoAgreementPdf() {
    }

    static byte[] of(Cpo c, DocumentRenderer renderer) {
        return renderer.pdf(document(c, renderer));
    }

    static OfficialDocument document(Cpo c, DocumentRenderer renderer) {
        CpoTerms t = c.terms();
        var settings = renderer.settings();
        OfficialDocument doc = OfficialDocument.titled("Convention pluriannuelle d'objectifs")
                .subtitle("N° " + c.id() + " — " + t.title() + " — " + t.fromYear() + " à " + t.toYear()
                        + c.signedOn().map(d -> " — signée le " + FrenchFormat.date(d)).orElse(" — à signer"))
                .reference(c.id())
                .heading("Entre les soussignés")
                .paragraph("Le " + settings.name() + ", représenté par " + settings.signatoryName() + ", "
                        + settings.signatoryRole() + ", agissant en vertu de la délibération " + t.decisionReference()
                        + " du " + FrenchFormat.date(t.decidedOn()) + ", direction pilote : "
                        + t.leadDirectorate().label() + ", ci-après « le Département »,")
                .paragraph("et " + t.organisationName() + " (SIRET ou RNA " + t.organisationId() + "), représentée "
                        + "par son représentant légal, ci-après « le bénéficiaire ».")
                .heading("Article 1 — Durée")
                .paragraph("La convention couvre les années " + t.fromYear() + " à " + t.toYear() + " ("
                        + FrenchFormat.count(t.years().size(), "an", "ans") + ").")
                .heading("Article 2 — Objectifs et indicateurs");
        OfficialDocument.Table objectives = doc.table(new float[] {42, 40, 18}, "Objectif", "Indicateur", "Cible");
        for (Objective o : t.objectives()) {
            objectives.row(o.label(), o.indicator(), o.target());
        }
        objectives.add();
        doc.heading("Article 3 — Montants annuels");
        OfficialDocument.Table years = doc.table(new float[] {16, 28, 28, 28}, "Année", "Fonctionnement",
                "Investissement", "Total");
        for (YearlyAmount y : t.years()) {
            years.row(String.valueOf(y.year()), FrenchFormat.euros(y.operating()), FrenchFormat.euros(y.investment()),
                    FrenchFormat.euros(y.total()));
        }
        years.row("Total", FrenchFormat.euros(t.operating()), FrenchFormat.euros(t.investment()),
                FrenchFormat.euros(t.total()));
        years.add();
        doc.heading("Article 4 — Échéancier des versements");
        OfficialDocument.Table schedule = doc.table(new float[] {7, 35, 38, 20}, "N°", "Échéance", "Condition",
                "Montant");
        for (CpoInstalment i : c.schedule().instalments()) {
            schedule.row(String.valueOf(i.number()), i.label(), i.condition(), FrenchFormat.euros(i.amount()));
        }
        schedule.row("", "Total", "", FrenchFormat.euros(t.total()));
        schedule.add();
        doc.heading("Article 5 — Bilan annuel")
                .paragraph("Chaque année, le bénéficiaire transmet un compte rendu renseignant les indicateurs. Un "
                        + "bilan favorable libère le solde de l'année et l'avance de l'année suivante ; un bilan "
                        + "défavorable suspend les versements suivants.")
                .signatures(settings.departementSignatory(""),
                        new Signatory("Pour le bénéficiaire, " + t.organisationName(), "", "",
                                c.signedOn().map(d -> "Signature enregistrée le " + FrenchFormat.date(d))
                                        .orElse("")));
        return doc;
    }
}
