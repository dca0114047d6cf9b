package fr.essor.foncier.premises.domain;

import fr.essor.kit.reference.Commune;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Premises an owner offers.
 *
 * @param ownerName          the owner as the cell knows it; never published (a private owner is a person)
 * @param surface            whole square metres
 * @param rentPerSquareMetre yearly rent per m² excluding charges, in euros (0 for a free occupation)
 * @param availableUntil     last day of a temporary occupation; {@code null} when open-ended
 * @param tenure             temporary occupation or long-term lease (never {@link Tenure#EITHER})
 * @param erpCategory        ERP category 1 to 5, {@code null} when the premises may not receive the public
 */
public record OfferDetails(OwnerType ownerType, String ownerName, String address, Commune commune, int surface,
                           Set<Usage> allowedUsages, BigDecimal rentPerSquareMetre, LocalDate availableFrom,
                           LocalDate availableUntil, Tenure tenure, Integer erpCategory, boolean accessible,
                           String notes) {

    public OfferDetails {
        allowedUsages = Set.copyOf(allowedUsages);
        if (tenure == Tenure.EITHER) {
            throw new IllegalArgumentException("An offer is either temporary or long-term");
        }
    }
}
