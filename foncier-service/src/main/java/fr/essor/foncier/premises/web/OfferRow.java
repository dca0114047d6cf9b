package fr.essor.foncier.premises.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.foncier.premises.domain.OfferDetails;
import fr.essor.foncier.premises.domain.PremisesOffer;

/**
 * A premises offer as its list, its page and its export show it, in French. The owner's name and the notes are the
 * cell's working information: {@code internal} is false for EPT accounts, who see neither.
 */
record OfferRow(String id, String status, String statusLabel, String ownerType, String ownerName, String address,
                String commune, String territory, String surface, String usages, String rent, String availableFrom,
                String availableUntil, String tenure, String erp, String accessible, String notes, String published,
                String updated) {

    static OfferRow of(PremisesOffer offer, boolean internal) {
        OfferDetails d = offer.details();
        return new OfferRow(offer.id(), offer.status().name(), offer.status().label(), d.ownerType().label(),
                internal ? d.ownerName() : "", d.address(), d.commune().name(),
                d.commune().territory().name() + " (" + d.commune().territory().code() + ")",
                d.surface() + " m²", PremisesText.usages(d.allowedUsages()), PremisesText.rent(d.rentPerSquareMetre()),
                FrenchFormat.date(d.availableFrom()),
                d.availableUntil() == null ? "" : FrenchFormat.date(d.availableUntil()), d.tenure().label(),
                d.erpCategory() == null ? "Non classé ERP" : "ERP de " + d.erpCategory() + "e catégorie",
                d.accessible() ? "Accessible PMR" : "Non accessible PMR",
                internal && d.notes() != null ? d.notes() : "",
                PremisesText.moment(offer.publishedAt()) + (internal ? " par " + offer.publishedBy() : ""),
                PremisesText.moment(offer.updatedAt()) + (internal ? " par " + offer.updatedBy() : ""));
    }
}
