package fr.essor.foncier.premises.web;

import fr.essor.foncier.premises.application.MatchBoard;
import fr.essor.foncier.premises.domain.MatchReason;
import fr.essor.foncier.premises.domain.NeedDetails;
import fr.essor.foncier.premises.domain.OfferDetails;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.foncier.premises.domain.PremisesOffer;
import fr.essor.foncier.premises.domain.Usage;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Territory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Needs, offers and matches as the API shows them (English identifiers, codes rather than labels). */
final class PremisesViews {

    private PremisesViews() {
    }

    record NeedView(String id, String organisationId, String organisationName, List<String> usages, int surfaceMin,
                    int surfaceMax, List<String> communeInsees, List<String> territoryCodes,
                    BigDecimal maxRentPerSquareMetre, LocalDate neededFrom, String tenure, Integer durationMonths,
                    boolean accessibilityRequired, boolean erpRequired, String notes, String status, long version,
                    Instant registeredAt, String registeredBy, Instant updatedAt, String updatedBy) {

        static NeedView of(PremisesNeed need) {
            NeedDetails d = need.details();
            return new NeedView(need.id(), need.organisation().id(), need.organisation().name(),
                    d.usages().stream().sorted().map(Usage::name).toList(), d.surface().min(), d.surface().max(),
                    d.communes().stream().map(Commune::inseeCode).toList(),
                    d.territories().stream().map(Territory::code).toList(), d.maxRentPerSquareMetre(),
                    d.neededFrom(), d.tenure().name(), d.durationMonths(), d.accessibilityRequired(),
                    d.erpRequired(), d.notes(), need.status().name(), need.version(), need.registeredAt(),
                    need.registeredBy(), need.updatedAt(), need.updatedBy());
        }
    }

    record OfferView(String id, String ownerType, String ownerName, String address, String communeInsee,
                     String communeName, String territoryCode, int surface, List<String> allowedUsages,
                     BigDecimal rentPerSquareMetre, LocalDate availableFrom, LocalDate availableUntil, String tenure,
                     Integer erpCategory, boolean accessible, String notes, String status, long version,
                     Instant publishedAt, String publishedBy, Instant updatedAt, String updatedBy) {

        static OfferView of(PremisesOffer offer) {
            OfferDetails d = offer.details();
            return new OfferView(offer.id(), d.ownerType().name(), d.ownerName(), d.address(),
                    d.commune().inseeCode(), d.commune().name(), d.commune().territory().code(), d.surface(),
                    d.allowedUsages().stream().sorted().map(Usage::name).toList(), d.rentPerSquareMetre(),
                    d.availableFrom(), d.availableUntil(), d.tenure().name(), d.erpCategory(), d.accessible(),
                    d.notes(), offer.status().name(), offer.version(), offer.publishedAt(), offer.publishedBy(),
                    offer.updatedAt(), offer.updatedBy());
        }
    }

    record ReasonView(String criterion, String verdict, double points, String text) {

        static List<ReasonView> of(List<MatchReason> reasons) {
            return reasons.stream().map(r -> new ReasonView(r.criterion().name(), r.verdict().name(),
                    Math.round(r.points() * 10) / 10.0, r.text())).toList();
        }
    }

    record MatchView(String needId, String offerId, int score, String counterpartLabel, List<ReasonView> reasons) {

        static MatchView of(MatchBoard.NeedMatch match, String needId) {
            OfferDetails d = match.offer().details();
            return new MatchView(needId, match.offer().id(), match.assessment().score(),
                    d.address() + ", " + d.commune().name() + " — " + d.surface() + " m²",
                    ReasonView.of(match.assessment().reasons()));
        }

        static MatchView of(MatchBoard.OfferMatch match, String offerId) {
            return new MatchView(match.need().id(), offerId, match.assessment().score(),
                    match.need().organisation().name(), ReasonView.of(match.assessment().reasons()));
        }
    }
}
