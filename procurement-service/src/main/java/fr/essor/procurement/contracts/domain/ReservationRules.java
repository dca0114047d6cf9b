package fr.essor.procurement.contracts.domain;

import fr.essor.kit.domain.Violation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who may hold a reserved contract (code de la commande publique, livre I, titre I, chapitre III, section 3).
 * <ul>
 * <li>L2113-12: entreprises adaptées and ESAT (structures employing at least 50 % disabled workers, R2113-7).</li>
 * <li>L2113-13: structures d'insertion par l'activité économique of code du travail L5132-4 (ACI, AI, EI, ETTI, and
 * EITI), employing at least 50 % disadvantaged workers.</li>
 * <li>L2113-15: companies of the social and solidarity economy (loi n° 2014-856, art. 1), which have not already
 * been awarded, by the same buyer and under this article, a contract for the same services in the past three years
 * (directive 2014/24/UE art. 77 §2 d). "Same services" is read here as the same CPV group (3 digits).</li>
 * </ul>
 * Equivalent structures from other Member States are not in the registry: they cannot be checked here.
 */
public final class ReservationRules {

    static final String NOT_ELIGIBLE = "reservation.holder-not-eligible";
    static final String UNREGISTERED = "reservation.holder-unregistered";
    static final String RECENT_ESS_AWARD = "reservation.recent-award";

    private ReservationRules() {
    }

    /**
     * Why a holder may not hold a contract reserved this way, if it may not.
     *
     * @param field        the field the refusal is reported on, e.g. {@code holders[0].siret}
     * @param priorAwards  the contracts already awarded to this holder under the same reservation
     */
    public static Optional<Violation> refusal(Reservation reservation, Holder holder, String field, CpvCode cpvCode,
                                              LocalDate notifiedOn, List<PriorAward> priorAwards) {
        if (!reservation.reserved()) {
            return Optional.empty();
        }
        if (!holder.registered()) {
            return Optional.of(new Violation(field, UNREGISTERED, "La structure " + holder.siret()
                    + " n'est pas enregistrée : enregistrez-la (forme juridique, type SIAE, EA ou ESAT) avant de lui "
                    + "attribuer un marché réservé (" + reservation.code() + ")."));
        }
        return switch (reservation) {
            case NONE -> Optional.empty();
            case L2113_12 -> holder.isDisabilityEmployer() ? Optional.empty() : Optional.of(notEligible(field,
                    holder, reservation, "cet article réserve le marché aux entreprises adaptées (EA) et aux "
                            + "établissements et services d'aide par le travail (ESAT)"));
            case L2113_13 -> holder.isSiae() ? Optional.empty() : Optional.of(notEligible(field, holder,
                    reservation, "cet article réserve le marché aux structures d'insertion par l'activité économique "
                            + "(ACI, AI, EI, ETTI, EITI)"));
            case L2113_15 -> priorAwards.stream()
                    .filter(prior -> prior.cpvCode().group().equals(cpvCode.group()))
                    .filter(prior -> prior.notifiedOn().isAfter(notifiedOn.minusYears(3)))
                    .findFirst()
                    .map(prior -> new Violation(field, RECENT_ESS_AWARD, holder.name() + " a déjà obtenu le "
                            + prior.notifiedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                            + " le marché réservé " + prior.contractId() + " (L2113-15) pour les mêmes services : "
                            + "un marché réservé aux entreprises de l'ESS ne peut lui être attribué à nouveau "
                            + "pour ces services qu'après trois ans."));
        };
    }

    private static Violation notEligible(String field, Holder holder, Reservation reservation, String rule) {
        String kind = holder.inclusionType() == null ? "n'est ni une SIAE, ni une EA, ni un ESAT"
                : "est de type " + holder.inclusionType().name() + " (" + holder.inclusionType().label() + ")";
        return new Violation(field, NOT_ELIGIBLE, holder.name() + " ne peut pas être titulaire de ce marché réservé ("
                + reservation.code() + ") : " + rule + ", et la structure " + kind + ".");
    }
}
