package fr.essor.foncier.hub.web;

import fr.essor.foncier.hub.domain.Allocation;
import fr.essor.foncier.hub.domain.Building;
import fr.essor.foncier.hub.domain.OccupancyAgreement;
import fr.essor.foncier.hub.domain.Space;
import fr.essor.kit.exports.PdfReport;
import fr.essor.kit.ui.FrenchFormat;

import java.math.BigDecimal;

/** The occupancy agreement of an allocation as a printable PDF: parties, space, period, fee, rules, signature. */
final class OccupancyAgreementPdf {

    private OccupancyAgreementPdf() {
    }

    static byte[] of(Space space, Building building, Allocation allocation) {
        OccupancyAgreement agreement = allocation.agreement();
        var d = space.details();
        PdfReport pdf = PdfReport.titled("Convention d'occupation " + agreement.number())
                .paragraph("Pôle d'innovation sociale et environnementale (ex-IRD), Bondy")
                .heading("Entre les parties")
                .strong("Le Département de la Seine-Saint-Denis")
                .paragraph("gestionnaire du pôle, représenté par ses gestionnaires (convention établie par "
                        + agreement.draftedBy() + " le " + FrenchFormat.dateTime(agreement.draftedAt()) + ")")
                .strong(allocation.organisationName())
                .paragraph("l'occupant, structure de l'ESS enregistrée sous le n° " + allocation.organisationId()
                        + ", au titre de sa candidature " + allocation.applicationId());
        pdf.heading("Espace mis à disposition")
                .table(new float[] {2, 3, 1.2f, 1.5f, 1.5f, 3}, "Bâtiment", "Espace", "Surface", "Étage", "Type",
                        "Équipements")
                .row(building.code() + " — " + building.name(), d.name() + " (" + space.id() + ")",
                        d.surface() + " m²", d.floor() == null ? "—" : d.floor(), d.type().label(),
                        d.equipment().isEmpty() ? "—" : String.join(", ", d.equipment()))
                .add();
        BigDecimal monthly = agreement.monthlyFee(d.surface());
        pdf.heading("Durée")
                .paragraph("Du " + FrenchFormat.date(allocation.planned().start()) + (allocation.planned().end() == null
                        ? ", sans date de fin (chaque partie peut y mettre fin avec un préavis de trois mois)."
                        : " au " + FrenchFormat.date(allocation.planned().end()) + " inclus."))
                .heading("Redevance")
                .paragraph(FrenchFormat.euros(agreement.feePerSquareMetreMonth()) + " par m² et par mois hors "
                        + "charges, soit " + FrenchFormat.euros(monthly) + " par mois pour " + d.surface() + " m².")
                .heading("Règles d'occupation")
                .paragraph(agreement.rules())
                .heading("Signature");
        if (agreement.signed()) {
            pdf.paragraph("Signée pour l'occupant par " + agreement.signatory() + " le "
                    + FrenchFormat.date(agreement.signedOn()) + " (signature enregistrée par "
                    + agreement.signatureRecordedBy() + " le " + FrenchFormat.dateTime(agreement.signatureRecordedAt())
                    + ").");
        } else {
            pdf.paragraph("À signer par l'occupant et par le Département.");
        }
        return pdf.bytes();
    }

    /** Where the agreement stands, as the space page says it. */
    static String status(Allocation allocation) {
        OccupancyAgreement a = allocation.agreement();
        if (a == null) {
            return "Convention à établir";
        }
        if (!a.signed()) {
            return "Convention " + a.number() + " établie, à signer";
        }
        return "Convention " + a.number() + " signée le " + FrenchFormat.date(a.signedOn()) + " par "
                + a.signatory() + " (enregistrée par " + a.signatureRecordedBy() + ")";
    }
}
