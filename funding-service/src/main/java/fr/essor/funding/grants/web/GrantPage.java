package fr.essor.funding.grants.web;

import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.ReportFigures;
import fr.essor.funding.grants.domain.SubmittedReport;
import fr.essor.funding.grants.domain.Trigger;
import fr.essor.kit.ui.FrenchFormat;

import java.util.List;

/** What the grant file page shows, formatted for French readers, and which forms it offers. */
record GrantPage(String id, String organisationName, String projectTitle, String amount, String duration,
                 String decision, String signedOn, String annualReportOn, String finalReportOn, boolean signed,
                 boolean twoYears, List<InstalmentLine> schedule, List<PaymentLine> payments, String totalPaid,
                 String remaining, boolean settled, String acknowledged, List<SubmittedReportLine> submittedReports) {

    /**
     * A report the organisation submitted online, with the link to its document, its figures and its review;
     * {@code reviewable} while it waits for an agent.
     */
    record SubmittedReportLine(int number, String report, String documentId, String fileName, String by, String at,
                               String totalExpenses, String grantUsed, String otherFunding, String notUsed,
                               String status, boolean reviewable) {
    }

    record InstalmentLine(int number, String label, String trigger, String amount, String left, boolean payable,
                          String leftInput) {
    }

    record PaymentLine(int number, int instalment, String amount, String paidOn, String recordedBy) {
    }

    static GrantPage of(GrantFile f) {
        return new GrantPage(f.id(), f.organisationName(), f.projectTitle(), FrenchFormat.euros(f.amount()),
                f.durationYears() == 2 ? "Deux ans" : "Un an",
                "Délibération " + f.decisionReference() + " du " + FrenchFormat.date(f.decidedOn()),
                f.signedOn().map(FrenchFormat::date).orElse("Non signée"),
                f.annualReportOn().map(FrenchFormat::date).orElse("Non reçu"),
                f.finalReportOn().map(FrenchFormat::date).orElse("Non reçu"), f.signedOn().isPresent(),
                f.durationYears() == 2,
                f.schedule().instalments().stream().map(i -> new InstalmentLine(i.number(), i.label(),
                        i.trigger().label(), FrenchFormat.euros(i.amount()), FrenchFormat.euros(f.leftOn(i.number())),
                        f.released(i.trigger()) && f.leftOn(i.number()).signum() > 0,
                        f.leftOn(i.number()).toPlainString().replace('.', ','))).toList(),
                f.payments().stream().map(p -> new PaymentLine(p.number(), p.instalment(),
                        FrenchFormat.euros(p.amount()), FrenchFormat.date(p.paidOn()), p.recordedBy())).toList(),
                FrenchFormat.euros(f.totalPaid()), FrenchFormat.euros(f.remaining()), f.settled(),
                f.acknowledgement().map(a -> "Lue par la structure (" + a.by() + ") le "
                        + FrenchFormat.dateTime(a.at())).orElse("Pas encore lue par la structure"),
                f.submittedReports().stream().map(GrantPage::line).toList());
    }

    private static SubmittedReportLine line(SubmittedReport r) {
        ReportFigures n = r.figures();
        return new SubmittedReportLine(r.number(),
                r.report() == Trigger.ANNUAL_REPORT ? "Compte rendu annuel" : "Compte rendu final",
                r.documentId(), r.fileName(), r.by(), FrenchFormat.dateTime(r.at()),
                n == null ? "—" : FrenchFormat.euros(n.totalExpenses()), n == null ? "—" : FrenchFormat.euros(n.grantUsed()),
                n == null ? "—" : FrenchFormat.euros(n.otherFunding()), n == null ? "—" : FrenchFormat.euros(n.notUsed()),
                switch (r.status()) {
                    case RECEIVED -> "À examiner";
                    case ACCEPTED -> r.reviewedAt() == null ? "Reçu" : "Accepté par " + r.reviewedBy() + " le "
                            + FrenchFormat.dateTime(r.reviewedAt());
                    case REFUSED -> "Refusé par " + r.reviewedBy() + " le " + FrenchFormat.dateTime(r.reviewedAt())
                            + " : « " + r.refusalReason() + " »";
                }, r.awaitingReview());
    }
}
