package fr.essor.funding.cpo.web;

import fr.essor.funding.cpo.domain.Cpo;
import fr.essor.funding.cpo.domain.CpoInstalment;
import fr.essor.funding.cpo.domain.CpoTerms;
import fr.essor.funding.cpo.domain.Objective;
import fr.essor.funding.cpo.domain.YearlyAmount;
import fr.essor.kit.exports.PdfReport;
import fr.essor.kit.ui.FrenchFormat;

/** The CPO as a printable agreement (kit {@link PdfReport}): parties, objectives, yearly amounts, schedule, signatures. */
final class CpoAgreementPdf {

    private CpoAgreementPdf() {
    }

    static byte[] of(Cpo c, String grantorName) {
        CpoTerms t = c.terms();
        PdfReport report = PdfReport.titled("Convention pluriannuelle d'objectifs " + c.id() + " — " + t.title());
        report.paragraph(c.signedOn().map(d -> "Signée le " + FrenchFormat.date(d)).orElse("À signer"));
        report.heading("Entre les soussignés");
        report.paragraph(grantorName + ", représenté par le Président du Conseil départemental, agissant en vertu "
                + "de la délibération " + t.decisionReference() + " du " + FrenchFormat.date(t.decidedOn())
                + ", direction pilote : " + t.leadDirectorate().label() + ", ci-après « le Département »,");
        report.paragraph("et " + t.organisationName() + " (SIRET ou RNA " + t.organisationId()
                + "), ci-après « le bénéficiaire ».");
        report.heading("Article 1 — Durée");
        report.paragraph("La convention couvre les années " + t.fromYear() + " à " + t.toYear() + " ("
                + t.years().size() + " ans).");
        report.heading("Article 2 — Objectifs et indicateurs");
        PdfReport.Table objectives = report.table(new float[] {45, 40, 15}, "Objectif", "Indicateur", "Cible");
        for (Objective o : t.objectives()) {
            objectives.row(o.label(), o.indicator(), o.target());
        }
        objectives.add();
        report.heading("Article 3 — Montants annuels");
        PdfReport.Table years = report.table(new float[] {20, 27, 27, 26}, "Année", "Fonctionnement",
                "Investissement", "Total");
        for (YearlyAmount y : t.years()) {
            years.row(String.valueOf(y.year()), FrenchFormat.euros(y.operating()), FrenchFormat.euros(y.investment()),
                    FrenchFormat.euros(y.total()));
        }
        years.row("Total", FrenchFormat.euros(t.operating()), FrenchFormat.euros(t.investment()),
                FrenchFormat.euros(t.total()));
        years.add();
        report.heading("Article 4 — Modalités de versement");
        PdfReport.Table schedule = report.table(new float[] {8, 37, 35, 20}, "N°", "Échéance", "Condition",
                "Montant");
        for (CpoInstalment i : c.schedule().instalments()) {
            schedule.row(String.valueOf(i.number()), i.label(), i.condition(), FrenchFormat.euros(i.amount()));
        }
        schedule.add();
        report.heading("Article 5 — Bilan annuel");
        report.paragraph("Chaque année, le bénéficiaire transmet un compte rendu renseignant les indicateurs. Un "
                + "bilan favorable libère le solde de l'année et l'avance de l'année suivante ; un bilan défavorable "
                + "suspend les versements suivants.");
        report.heading("Signatures");
        report.paragraph("Pour le Département, le Président du Conseil départemental — Fait à Bobigny, le "
                + "— Signature :");
        report.paragraph("Pour le bénéficiaire, " + t.organisationName() + " — Signature :");
        return report.bytes();
    }
}
