package fr.essor.foncier.premises.web;

import fr.essor.foncier.premises.domain.OfferDetails;
import fr.essor.foncier.premises.domain.OfferForm;
import fr.essor.foncier.premises.domain.PremisesOffer;
import fr.essor.kit.ui.FrenchFormat;

import java.util.List;

/** The offer form as the browser posts it: every value as typed, so that a refused form comes back unchanged. */
record OfferFields(String ownerType, String ownerName, String address, String communeInsee, String surface,
                   List<String> allowedUsages, String rentPerSquareMetre, String availableFrom,
                   String availableUntil, String tenure, String erpCategory, Boolean accessible, String notes,
                   String status) {

    OfferFields {
        allowedUsages = allowedUsages == null ? List.of() : List.copyOf(allowedUsages);
    }

    static OfferFields blank() {
        return new OfferFields("", "", "", "", "", List.of(), "", "", "", "LONG_TERM", "", false, "", null);
    }

    static OfferFields of(PremisesOffer offer) {
        OfferDetails d = offer.details();
        return new OfferFields(d.ownerType().name(), d.ownerName(), d.address(), d.commune().inseeCode(),
                Integer.toString(d.surface()), d.allowedUsages().stream().sorted().map(Enum::name).toList(),
                d.rentPerSquareMetre().toPlainString().replace('.', ','), FrenchFormat.date(d.availableFrom()),
                FrenchFormat.date(d.availableUntil()), d.tenure().name(),
                d.erpCategory() == null ? "" : d.erpCategory().toString(), d.accessible(),
                d.notes() == null ? "" : d.notes(), offer.status().name());
    }

    OfferForm toForm() {
        return new OfferForm(ownerType, ownerName, address, communeInsee, surface, allowedUsages, rentPerSquareMetre,
                availableFrom, availableUntil, tenure, erpCategory, Boolean.TRUE.equals(accessible), notes);
    }

    public boolean isAccessible() {
        return Boolean.TRUE.equals(accessible);
    }
}
