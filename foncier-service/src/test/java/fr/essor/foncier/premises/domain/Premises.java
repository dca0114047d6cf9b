package fr.essor.foncier.premises.domain;

import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Test fixtures: a need and an offer that match well, to vary one criterion at a time. */
final class Premises {

    static final Communes COMMUNES = Communes.fromClasspath();
    static final Commune MONTREUIL = COMMUNES.find("93048").orElseThrow();
    static final Commune BONDY = COMMUNES.find("93010").orElseThrow();
    static final Commune DRANCY = COMMUNES.find("93029").orElseThrow();
    static final Commune SAINT_DENIS = COMMUNES.find("93066").orElseThrow();
    static final Commune NOISY_LE_GRAND = COMMUNES.find("93051").orElseThrow();
    static final Territory EST_ENSEMBLE = MONTREUIL.territory();
    static final Instant NOW = Instant.parse("2026-03-04T09:00:00Z");

    private Premises() {
    }

    static NeedDetails needDetails() {
        return new NeedDetails(Set.of(Usage.WORKSHOP, Usage.STORAGE), new SurfaceRange(100, 200), List.of(MONTREUIL),
                List.of(), new BigDecimal("100"), LocalDate.of(2026, 9, 1), Tenure.EITHER, 24, false, false, null);
    }

    static OfferDetails offerDetails() {
        return new OfferDetails(OwnerType.SOCIAL_LANDLORD, "Bailleur", "12 rue de la Révolution", MONTREUIL, 150,
                Set.of(Usage.WORKSHOP, Usage.STORAGE, Usage.SHOP), new BigDecimal("80"), LocalDate.of(2026, 7, 1),
                null, Tenure.LONG_TERM, 5, true, null);
    }

    static PremisesNeed need(NeedDetails details) {
        return PremisesNeed.register("BESOIN-2026-0001", new OrganisationRef("W931004567", "Réemploi Solidaire"),
                details, "sens", NOW).need();
    }

    static PremisesOffer offer(OfferDetails details) {
        return PremisesOffer.publish("OFFRE-2026-0001", details, "sens", NOW).offer();
    }

    static NeedDetails withSurface(NeedDetails d, int min, int max) {
        return new NeedDetails(d.usages(), new SurfaceRange(min, max), d.communes(), d.territories(),
                d.maxRentPerSquareMetre(), d.neededFrom(), d.tenure(), d.durationMonths(), d.accessibilityRequired(),
                d.erpRequired(), d.notes());
    }

    static NeedDetails withPlaces(NeedDetails d, List<Commune> communes, List<Territory> territories) {
        return new NeedDetails(d.usages(), d.surface(), communes, territories, d.maxRentPerSquareMetre(),
                d.neededFrom(), d.tenure(), d.durationMonths(), d.accessibilityRequired(), d.erpRequired(), d.notes());
    }

    static NeedDetails withTenure(NeedDetails d, Tenure tenure, Integer months) {
        return new NeedDetails(d.usages(), d.surface(), d.communes(), d.territories(), d.maxRentPerSquareMetre(),
                d.neededFrom(), tenure, months, d.accessibilityRequired(), d.erpRequired(), d.notes());
    }

    static NeedDetails requiring(NeedDetails d, boolean accessibility, boolean erp) {
        return new NeedDetails(d.usages(), d.surface(), d.communes(), d.territories(), d.maxRentPerSquareMetre(),
                d.neededFrom(), d.tenure(), d.durationMonths(), accessibility, erp, d.notes());
    }

    static NeedDetails withBudget(NeedDetails d, BigDecimal budget) {
        return new NeedDetails(d.usages(), d.surface(), d.communes(), d.territories(), budget, d.neededFrom(),
                d.tenure(), d.durationMonths(), d.accessibilityRequired(), d.erpRequired(), d.notes());
    }

    static OfferDetails at(OfferDetails d, Commune commune) {
        return new OfferDetails(d.ownerType(), d.ownerName(), d.address(), commune, d.surface(), d.allowedUsages(),
                d.rentPerSquareMetre(), d.availableFrom(), d.availableUntil(), d.tenure(), d.erpCategory(),
                d.accessible(), d.notes());
    }

    static OfferDetails withSurface(OfferDetails d, int surface) {
        return new OfferDetails(d.ownerType(), d.ownerName(), d.address(), d.commune(), surface, d.allowedUsages(),
                d.rentPerSquareMetre(), d.availableFrom(), d.availableUntil(), d.tenure(), d.erpCategory(),
                d.accessible(), d.notes());
    }

    static OfferDetails withUsages(OfferDetails d, Set<Usage> usages) {
        return new OfferDetails(d.ownerType(), d.ownerName(), d.address(), d.commune(), d.surface(), usages,
                d.rentPerSquareMetre(), d.availableFrom(), d.availableUntil(), d.tenure(), d.erpCategory(),
                d.accessible(), d.notes());
    }

    static OfferDetails withRent(OfferDetails d, BigDecimal rent) {
        return new OfferDetails(d.ownerType(), d.ownerName(), d.address(), d.commune(), d.surface(),
                d.allowedUsages(), rent, d.availableFrom(), d.availableUntil(), d.tenure(), d.erpCategory(),
                d.accessible(), d.notes());
    }

    static OfferDetails availableFrom(OfferDetails d, LocalDate from) {
        return new OfferDetails(d.ownerType(), d.ownerName(), d.address(), d.commune(), d.surface(),
                d.allowedUsages(), d.rentPerSquareMetre(), from, d.availableUntil(), d.tenure(), d.erpCategory(),
                d.accessible(), d.notes());
    }

    static OfferDetails temporaryUntil(OfferDetails d, LocalDate until) {
        return new OfferDetails(d.ownerType(), d.ownerName(), d.address(), d.commune(), d.surface(),
                d.allowedUsages(), d.rentPerSquareMetre(), d.availableFrom(), until, Tenure.TEMPORARY,
                d.erpCategory(), d.accessible(), d.notes());
    }

    static OfferDetails withAccess(OfferDetails d, boolean accessible, Integer erpCategory) {
        return new OfferDetails(d.ownerType(), d.ownerName(), d.address(), d.commune(), d.surface(),
                d.allowedUsages(), d.rentPerSquareMetre(), d.availableFrom(), d.availableUntil(), d.tenure(),
                erpCategory, accessible, d.notes());
    }
}
