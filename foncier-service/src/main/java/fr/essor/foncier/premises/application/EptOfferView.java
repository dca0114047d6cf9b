package fr.essor.foncier.premises.application;

import fr.essor.foncier.premises.domain.OfferStatus;
import fr.essor.foncier.premises.domain.OwnerType;
import fr.essor.foncier.premises.domain.Tenure;
import fr.essor.foncier.premises.domain.OfferDetails;
import fr.essor.foncier.premises.domain.PremisesOffer;
import fr.essor.foncier.premises.domain.Usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A premises offer as an EPT may read it: the premises, their terms and status, the kind of owner. Never the owner's
 * name (a private owner is a person), the cell's notes, nor the usernames of the agents who wrote it.
 */
public record EptOfferView(String id, OwnerType ownerType, String address, String communeInsee, String communeName,
                           String territoryCode, int surface, List<String> allowedUsages,
                           BigDecimal rentPerSquareMetre, LocalDate availableFrom, LocalDate availableUntil,
                           Tenure tenure, Integer erpCategory, boolean accessible, OfferStatus status, long version,
                           Instant publishedAt, Instant updatedAt) {

    public static EptOfferView of(PremisesOffer offer) {
        OfferDetails d = offer.details();
        return new EptOfferView(offer.id(), d.ownerType(), d.address(), d.commune().inseeCode(),
                d.commune().name(), d.commune().territory().code(), d.surface(),
                d.allowedUsages().stream().sorted().map(Usage::name).toList(), d.rentPerSquareMetre(),
                d.availableFrom(), d.availableUntil(), d.tenure(), d.erpCategory(), d.accessible(),
                offer.status(), offer.version(), offer.publishedAt(), offer.updatedAt());
    }
}
