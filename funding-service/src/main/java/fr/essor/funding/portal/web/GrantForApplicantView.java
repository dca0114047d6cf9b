package fr.essor.funding.portal.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.Payment;
import fr.essor.funding.grants.domain.ReportStatus;
import fr.essor.funding.grants.domain.SubmittedReport;
import fr.essor.funding.grants.domain.Trigger;
import fr.essor.kit.ui.FrenchFormat;

/**
 * The grant as the organisation reads it on its file page (ADR-0016), in plain French: the amount, the deliberation,
 * the agreement, the schedule and the payments made. No agent's name, no internal note.
 */
record GrantForApplicantView(String amount, String deliberation, String agreement, boolean signed,
                             String acknowledged, List<InstalmentRow> schedule, List<PaymentRow> payments,
                             String totalPaid, String remaining, String reportDue, String reportDueCode,
                             String reportDueExplained, List<String> submittedReports, String reportPending,
                             String reportRefused, String reportDueOn) {

    record InstalmentRow(int number, String label, String amount, String releasedBy, String state) {
    }

    record PaymentRow(String paidOn, String amount, String instalment) {
    }

    static GrantForApplicantView of(GrantFile f) {
        Optional<Trigger> due = f.reportDue();
        return new GrantForApplicantView(FrenchFormat.euros(f.amount()),
                "Délibération " + f.decisionReference() + " du " + FrenchFormat.date(f.decidedOn()),
                f.signedOn().map(d -> "Signée le " + FrenchFormat.date(d))
                        .orElse("Pas encore signée : le Département vous l'adressera pour signature."),
                f.signedOn().isPresent(),
                f.acknowledgement().map(a -> "Vous avez pris connaissance de la convention le "
                        + FrenchFormat.dateTime(a.at()) + ".").orElse(null),
                f.schedule().instalments().stream().map(i -> new InstalmentRow(i.number(), i.label(),
                        FrenchFormat.euros(i.amount()), "Versée " + i.trigger().label(), state(f, i.number(),
                                i.amount(), f.released(i.trigger())))).toList(),
                f.payments().stream().map(p -> new PaymentRow(FrenchFormat.date(p.paidOn()),
                        FrenchFormat.euros(p.amount()), "Échéance " + p.instalment())).toList(),
                FrenchFormat.euros(f.totalPaid()), FrenchFormat.euros(f.remaining()),
                due.map(t -> t == Trigger.ANNUAL_REPORT ? "Compte rendu annuel" : "Compte rendu financier final")
                        .orElse(null),
                due.map(Trigger::name).orElse(null),
                due.map(t -> t == Trigger.ANNUAL_REPORT
                        ? "Il débloque le solde de la 1re année et l'avance de la 2e année."
                        : "Il débloque le versement du solde de la subvention.").orElse(null),
                f.submittedReports().stream().map(r -> (r.report() == Trigger.ANNUAL_REPORT ? "Compte rendu annuel"
                        : "Compte rendu financier final") + " transmis en ligne le " + FrenchFormat.dateTime(r.at())
                        + " (" + r.fileName() + ")" + figures(r) + " : " + state(r)).toList(),
                due.flatMap(f::awaitingReview).map(r -> "Votre compte rendu transmis le "
                        + FrenchFormat.dateTime(r.at()) + " est en cours d'examen par le Département.").orElse(null),
                due.flatMap(f::lastSubmitted).filter(r -> r.status() == ReportStatus.REFUSED)
                        .map(r -> "Le Département a refusé votre compte rendu du " + FrenchFormat.dateTime(r.at())
                                + " : « " + r.refusalReason() + " ». Transmettez-en un nouveau.").orElse(null),
                f.reportDeadline().map(d -> "À transmettre au plus tard le " + FrenchFormat.date(d.dueOn()) + ".")
                        .orElse(null));
    }

    private static String figures(SubmittedReport r) {
        return r.figures() == null ? "" : ", dépenses " + FrenchFormat.euros(r.figures().totalExpenses())
                + " dont subvention utilisée " + FrenchFormat.euros(r.figures().grantUsed())
                + ", autres financements " + FrenchFormat.euros(r.figures().otherFunding())
                + ", non utilisé " + FrenchFormat.euros(r.figures().notUsed());
    }

    private static String state(SubmittedReport r) {
        return switch (r.status()) {
            case RECEIVED -> "en cours d'examen";
            case ACCEPTED -> r.reviewedAt() == null ? "reçu" : "accepté le " + FrenchFormat.dateTime(r.reviewedAt());
            case REFUSED -> "refusé le " + FrenchFormat.dateTime(r.reviewedAt()) + " (« " + r.refusalReason() + " »)";
        };
    }

    private static String state(GrantFile f, int instalment, BigDecimal planned, boolean released) {
        List<Payment> paid = f.payments().stream().filter(p -> p.instalment() == instalment).toList();
        if (!paid.isEmpty() && f.leftOn(instalment).signum() == 0) {
            return "Versée le " + FrenchFormat.date(paid.getLast().paidOn());
        }
        if (!paid.isEmpty()) {
            return "Versée en partie (" + FrenchFormat.euros(planned.subtract(f.leftOn(instalment))) + " le "
                    + FrenchFormat.date(paid.getLast().paidOn()) + ")";
        }
        return released ? "Débloquée : le versement est en cours" : "Pas encore versée";
    }
}
