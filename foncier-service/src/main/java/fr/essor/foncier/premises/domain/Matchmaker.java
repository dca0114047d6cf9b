package fr.essor.foncier.premises.domain;

import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Territory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.essor.kit.ui.FrenchFormat.date;
import static fr.essor.foncier.premises.domain.MatchReason.Verdict.FAVOURABLE;
import static fr.essor.foncier.premises.domain.MatchReason.Verdict.NEUTRAL;
import static fr.essor.foncier.premises.domain.MatchReason.Verdict.UNFAVOURABLE;

/**
 * Scores how well an offer answers a need, out of 100, and says why.
 * <ul>
 *   <li>Never proposed: an offer outside the need's surface range, one that does not allow every usage asked for,
 *   an offer that is not available, a need that is satisfied or abandoned.</li>
 *   <li>Surface (25): inside the range, more the closer to its middle.</li>
 *   <li>Location (35): same commune 35, same EPT 25, neighbouring EPT 12 ({@link NeighbouringTerritories}), elsewhere 0;
 *   a need without place preference takes the département as a whole (35).</li>
 *   <li>Rent (20): within budget 12 to 20, the cheaper the better; above it falls to 0 at 50 % over; no budget 15.</li>
 *   <li>Dates and duration (20): available in time 10 (minus one point per 18 days late); tenure and duration 10.</li>
 *   <li>Penalties: 15 when access for reduced mobility is required but missing, 10 when the public must be received
 *   but the premises are no ERP.</li>
 * </ul>
 */
public final class Matchmaker {

    static final int SAME_COMMUNE = 35;
    static final int SAME_TERRITORY = 25;
    static final int NEIGHBOURING_TERRITORY = 12;
    static final int ACCESSIBILITY_PENALTY = 15;
    static final int ERP_PENALTY = 10;

    public Assessment assess(PremisesNeed need, PremisesOffer offer) {
        NeedDetails wanted = need.details();
        OfferDetails offered = offer.details();
        List<MatchReason> exclusions = new ArrayList<>();
        if (!need.status().isActive()) {
            exclusions.add(new MatchReason(Criterion.STATUS, UNFAVOURABLE, 0,
                    "Besoin « " + need.status().label() + " » : plus de recherche en cours."));
        }
        if (offer.status() != OfferStatus.AVAILABLE) {
            exclusions.add(new MatchReason(Criterion.STATUS, UNFAVOURABLE, 0,
                    "Offre « " + offer.status().label() + " » : locaux plus disponibles."));
        }
        if (!wanted.surface().contains(offered.surface())) {
            exclusions.add(new MatchReason(Criterion.SURFACE, UNFAVOURABLE, 0, "Surface de " + offered.surface()
                    + " m² hors de la fourchette demandée (" + range(wanted.surface()) + ")."));
        }
        List<Usage> missing = wanted.usages().stream().filter(u -> !offered.allowedUsages().contains(u)).sorted()
                .toList();
        if (!missing.isEmpty()) {
            exclusions.add(new MatchReason(Criterion.USAGE, UNFAVOURABLE, 0,
                    "Usage non autorisé par le propriétaire : " + labels(missing) + "."));
        }
        if (!exclusions.isEmpty()) {
            return new Assessment.Excluded(exclusions);
        }
        List<MatchReason> reasons = new ArrayList<>();
        reasons.add(surface(wanted.surface(), offered.surface()));
        reasons.add(new MatchReason(Criterion.USAGE, FAVOURABLE, 0,
                "Usages demandés autorisés : " + labels(wanted.usages().stream().sorted().toList()) + "."));
        reasons.add(location(wanted, offered.commune()));
        reasons.add(rentFit(wanted.maxRentPerSquareMetre(), offered.rentPerSquareMetre()));
        reasons.add(availability(wanted.neededFrom(), offered.availableFrom()));
        reasons.add(duration(wanted, offered));
        if (wanted.accessibilityRequired()) {
            reasons.add(offered.accessible()
                    ? new MatchReason(Criterion.ACCESS, FAVOURABLE, 0, "Locaux accessibles aux personnes à mobilité réduite, comme requis.")
                    : new MatchReason(Criterion.ACCESS, UNFAVOURABLE, -ACCESSIBILITY_PENALTY,
                    "Locaux non accessibles aux personnes à mobilité réduite, alors que c'est requis."));
        }
        if (wanted.erpRequired()) {
            reasons.add(offered.erpCategory() != null
                    ? new MatchReason(Criterion.ACCESS, FAVOURABLE, 0, "Établissement recevant du public (catégorie "
                    + offered.erpCategory() + "), comme requis.")
                    : new MatchReason(Criterion.ACCESS, UNFAVOURABLE, -ERP_PENALTY,
                    "Locaux non classés ERP, alors que la structure reçoit du public."));
        }
        double total = reasons.stream().mapToDouble(MatchReason::points).sum();
        return new Assessment.Proposable((int) Math.max(0, Math.min(100, Math.round(total))), reasons);
    }

    private static MatchReason surface(SurfaceRange range, int surface) {
        double halfWidth = (range.max() - range.min()) / 2.0;
        double middle = (range.max() + range.min()) / 2.0;
        double closeness = halfWidth == 0 ? 1 : 1 - Math.abs(surface - middle) / halfWidth;
        return new MatchReason(Criterion.SURFACE, FAVOURABLE, 15 + 10 * closeness,
                "Surface de " + surface + " m² dans la fourchette demandée (" + range(range) + ").");
    }

    private static MatchReason location(NeedDetails wanted, Commune commune) {
        Territory territory = commune.territory();
        if (wanted.anywhere()) {
            return new MatchReason(Criterion.LOCATION, FAVOURABLE, SAME_COMMUNE, "À " + commune.name()
                    + " (" + territory.name() + ") : aucune préférence de lieu, tout le département convient.");
        }
        if (wanted.communes().stream().anyMatch(c -> c.inseeCode().equals(commune.inseeCode()))) {
            return new MatchReason(Criterion.LOCATION, FAVOURABLE, SAME_COMMUNE,
                    "Dans une commune demandée : " + commune.name() + ".");
        }
        Set<String> wantedTerritories = wanted.concernedTerritoryCodes();
        if (wantedTerritories.contains(territory.code())) {
            return new MatchReason(Criterion.LOCATION, FAVOURABLE, SAME_TERRITORY, "À " + commune.name()
                    + ", dans un territoire demandé : " + territory.name() + ".");
        }
        if (wantedTerritories.stream().anyMatch(t -> NeighbouringTerritories.areNeighbours(t, territory.code()))) {
            return new MatchReason(Criterion.LOCATION, NEUTRAL, NEIGHBOURING_TERRITORY, "À " + commune.name()
                    + " (" + territory.name() + "), territoire voisin de ceux demandés.");
        }
        return new MatchReason(Criterion.LOCATION, UNFAVOURABLE, 0, "À " + commune.name() + " ("
                + territory.name() + "), loin des lieux demandés.");
    }

    private static MatchReason rentFit(BigDecimal budget, BigDecimal rent) {
        if (budget == null) {
            return new MatchReason(Criterion.RENT, NEUTRAL, 15,
                    "Loyer de " + rent(rent) + " ; aucun plafond de loyer indiqué.");
        }
        if (budget.signum() == 0) {
            return rent.signum() == 0
                    ? new MatchReason(Criterion.RENT, FAVOURABLE, 20, "Mise à disposition gratuite, comme demandé.")
                    : new MatchReason(Criterion.RENT, UNFAVOURABLE, 0,
                    "Loyer de " + rent(rent) + " alors qu'une mise à disposition gratuite est demandée.");
        }
        double ratio = rent.doubleValue() / budget.doubleValue();
        if (ratio <= 1) {
            return new MatchReason(Criterion.RENT, FAVOURABLE, 12 + 8 * (1 - ratio),
                    "Loyer de " + rent(rent) + " dans le budget (" + rent(budget) + " au plus).");
        }
        BigDecimal overPercent = rent.subtract(budget).multiply(BigDecimal.valueOf(100))
                .divide(budget, 0, RoundingMode.HALF_UP);
        return new MatchReason(Criterion.RENT, UNFAVOURABLE, Math.max(0, 12 * (1 - 2 * (ratio - 1))),
                "Loyer de " + rent(rent) + ", " + overPercent + " % au-dessus du budget (" + rent(budget) + ").");
    }

    private static MatchReason availability(LocalDate neededFrom, LocalDate availableFrom) {
        long daysLate = ChronoUnit.DAYS.between(neededFrom, availableFrom);
        if (daysLate <= 0) {
            return new MatchReason(Criterion.DATES, FAVOURABLE, 10, "Disponible dès le " + date(availableFrom)
                    + ", pour un besoin au " + date(neededFrom) + ".");
        }
        return new MatchReason(Criterion.DATES, daysLate > 90 ? UNFAVOURABLE : NEUTRAL,
                Math.max(0, 10 - daysLate / 18.0), "Disponible le " + date(availableFrom) + ", " + daysLate
                + " jours après la date souhaitée (" + date(neededFrom) + ").");
    }

    private static MatchReason duration(NeedDetails wanted, OfferDetails offered) {
        if (offered.tenure() == Tenure.LONG_TERM) {
            return switch (wanted.tenure()) {
                case LONG_TERM, EITHER -> new MatchReason(Criterion.DATES, FAVOURABLE, 10, "Bail durable"
                        + (wanted.tenure() == Tenure.LONG_TERM ? ", comme demandé." : "."));
                case TEMPORARY -> new MatchReason(Criterion.DATES, NEUTRAL, 8,
                        "Bail durable, pour une occupation temporaire recherchée.");
            };
        }
        if (wanted.tenure() == Tenure.LONG_TERM) {
            return new MatchReason(Criterion.DATES, UNFAVOURABLE, 0,
                    "Occupation temporaire, alors qu'un bail durable est recherché.");
        }
        if (offered.availableUntil() == null || wanted.durationMonths() == null) {
            return new MatchReason(Criterion.DATES, FAVOURABLE, 10, "Occupation temporaire"
                    + (offered.availableUntil() == null ? " sans date de fin fixée." : " jusqu'au "
                    + date(offered.availableUntil()) + "."));
        }
        LocalDate start = offered.availableFrom().isAfter(wanted.neededFrom()) ? offered.availableFrom()
                : wanted.neededFrom();
        long months = Math.max(0, ChronoUnit.MONTHS.between(start, offered.availableUntil().plusDays(1)));
        if (months >= wanted.durationMonths()) {
            return new MatchReason(Criterion.DATES, FAVOURABLE, 10, "Occupation temporaire de " + months
                    + " mois jusqu'au " + date(offered.availableUntil()) + ", pour " + wanted.durationMonths()
                    + " mois demandés.");
        }
        return new MatchReason(Criterion.DATES, UNFAVOURABLE, 10.0 * months / wanted.durationMonths(),
                "Occupation temporaire de " + months + " mois seulement (jusqu'au " + date(offered.availableUntil())
                        + "), pour " + wanted.durationMonths() + " mois demandés.");
    }

    private static String range(SurfaceRange range) {
        return range.min() + " à " + range.max() + " m²";
    }

    private static String labels(List<Usage> usages) {
        return usages.stream().map(Usage::lowerLabel).collect(Collectors.joining(", "));
    }

    /** Best first; equal scores by id so the order is stable. */
    public static <T> Comparator<T> bestFirst(java.util.function.ToIntFunction<T> score,
                                              java.util.function.Function<T, String> id) {
        return Comparator.comparingInt(score).reversed().thenComparing(id);
    }

    private static String rent(BigDecimal perSquareMetrePerYear) {
        return fr.essor.kit.ui.FrenchFormat.euros(perSquareMetrePerYear) + "/m²/an";
    }
}
