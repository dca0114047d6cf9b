package fr.essor.foncier.hub.web;

import fr.essor.foncier.hub.domain.Allocation;
import fr.essor.foncier.hub.domain.Building;
import fr.essor.foncier.hub.domain.OccupancyAgreement;
import fr.essor.foncier.hub.domain.Space;
import fr.essor.kit.documents.DocumentRenderer;
import fr.essor.kit.documents.DocumentSettings;
import fr.essor.kit.documents.FrenchTypography;
import fr.essor.kit.documents.OfficialDocument;
import fr.essor.kit.documents.Signatory;
import fr.essor.kit.ui.FrenchFormat;

import java.math.BigDecimal;

/**
 * The occupancy agreement of an allocation in the kit's document layout: the parties (the Département represented by
 * the hub's manager, named in the settings, never by a login; the occupant and its representative), the space, the
 * period, the fee, the rules of the hub and the signature boxes.
 */
final class OccupancyAgreementPdf {

    private OccupancyAgreementPdf() {
    }

    static byte[] of(Space space, Building building, Allocation allocation, DocumentRenderer renderer) {
        return renderer.pdf(document(space, building, allocation, renderer));
    }

    static OfficialDocument document(Space space, Building building, Allocation allocation,
                                     DocumentRenderer renderer) {
        OccupancyAgreement agreement = allocation.agreement();
        DocumentSettings settings = renderer.settings();
        var d = space.details();
        Signatory occupant = occupant(allocation, agreement);
        OfficialDocument doc = OfficialDocument.titled("Convention d'occupation temporaire")
                .subtitle("N° " + agreement.number() + " — Pôle d'innovation sociale et environnementale (ex-IRD), "
                        + "Bondy")
                .reference(agreement.number())
                .dated(agreement.draftedAt().atZone(FrenchFormat.PARIS).toLocalDate())
                .heading("Entre les parties")
                .paragraph("Le " + settings.name() + ", gestionnaire du pôle, représenté par "
                        + settings.signatoryName() + ", " + settings.signatoryRole() + ", ci-après « le Département »,")
                .paragraph("et " + allocation.organisationName() + ", structure de l'économie sociale et solidaire "
                        + "enregistrée sous le n° " + allocation.organisationId() + ", représentée par "
                        + (occupant.named() ? agreement.signatory().strip() : "son représentant légal") + ", au titre de sa candidature n° " + allocation.applicationId()
                        + ", ci-après « l'occupant ».")
                .heading("Article 1 — Espace mis à disposition");
        doc.table(new float[] {30, 70}, "Rubrique", "Espace")
                .row("Bâtiment", building.code() + " — " + building.name())
                .row("Espace", d.name() + " (" + space.id() + ")")
                .row("Surface", d.surface() + " m²")
                .row("Étage", d.floor() == null ? "—" : d.floor())
                .row("Type", d.type().label())
                .row("Équipements", d.equipment().isEmpty() ? "—" : String.join(", ", d.equipment()))
                .add();
        BigDecimal monthly = agreement.monthlyFee(d.surface());
        doc.heading("Article 2 — Durée")
                .paragraph("Du " + FrenchTypography.longDate(allocation.planned().start())
                        + (allocation.planned().end() == null
                        ? ", sans date de fin : chaque partie peut y mettre fin avec un préavis de trois mois."
                        : " au " + FrenchTypography.longDate(allocation.planned().end()) + " inclus."))
                .heading("Article 3 — Redevance")
                .paragraph(FrenchFormat.euros(agreement.feePerSquareMetreMonth()) + " par m² et par mois hors "
                        + "charges, soit " + FrenchFormat.euros(monthly) + " par mois pour " + d.surface() + " m².")
                .heading("Article 4 — Règles d'occupation du pôle")
                .paragraph(agreement.rules())
                .signatures(settings.departementSignatory("Convention établie le "
                                + FrenchFormat.date(agreement.draftedAt().atZone(FrenchFormat.PARIS).toLocalDate())),
                        occupant);
        return doc;
    }

    /**
     * The occupant's signature box: once signed, the person recorded (« Marie Martin, présidente » gives the name and
     * the role) and the day; before, lines to fill in.
     */
    private static Signatory occupant(Allocation allocation, OccupancyAgreement agreement) {
        String party = "Pour l'occupant, " + allocation.organisationName();
        if (!agreement.signed() || agreement.signatory() == null) {
            return new Signatory(party, "", "");
        }
        String who = agreement.signatory().strip();
        int comma = who.indexOf(',');
        String name = comma < 0 ? who : who.substring(0, comma).strip();
        String role = comma < 0 ? "" : who.substring(comma + 1).strip();
        if (!role.isEmpty()) {
            role = Character.toUpperCase(role.charAt(0)) + role.substring(1);
        }
        return new Signatory(party, name, role, "Signée le " + FrenchFormat.date(agreement.signedOn()));
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
