package fr.essor.foncier.premises.domain;

import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Territory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an organisation is looking for.
 *
 * @param usages                what the premises are for; an offer must allow all of them
 * @param surface               acceptable surfaces
 * @param communes              communes wanted; with {@code territories} empty too, anywhere in the département
 * @param territories           EPTs wanted as a whole
 * @param maxRentPerSquareMetre highest yearly rent per m² excluding charges, in euros; {@code null} when not said
 * @param neededFrom            date from which the premises are needed
 * @param tenure                temporary occupation, long-term lease or either
 * @param durationMonths        shortest occupation wanted in months; {@code null} when open-ended
 * @param notes                 free text for the cell, never published
 */
public record NeedDetails(Set<Usage> usages, SurfaceRange surface, List<Commune> communes,
                          List<Territory> territories, BigDecimal maxRentPerSquareMetre, LocalDate neededFrom,
                          Tenure tenure, Integer durationMonths, boolean accessibilityRequired, boolean erpRequired,
                          String notes) {

    public NeedDetails {
        usages = Set.copyOf(usages);
        communes = List.copyOf(communes);
        territories = List.copyOf(territories);
    }

    public boolean anywhere() {
        return communes.isEmpty() && territories.isEmpty();
    }

    /** The EPTs this need concerns: the ones wanted and those of the communes wanted; none means all of them. */
    public Set<String> concernedTerritoryCodes() {
        Set<String> codes = new LinkedHashSet<>();
        territories.forEach(t -> codes.add(t.code()));
        communes.forEach(c -> codes.add(c.territory().code()));
        return codes;
    }
}
