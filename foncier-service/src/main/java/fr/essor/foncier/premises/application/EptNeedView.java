package fr.essor.foncier.premises.application;

import fr.essor.foncier.premises.domain.NeedStatus;
import fr.essor.foncier.premises.domain.Tenure;
import fr.essor.foncier.premises.domain.NeedDetails;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.foncier.premises.domain.Usage;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Territory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A premises need as an EPT may read it: what the organisation (a legal entity, named as in the registry) looks for
 * and where, its status and dates. Never the cell's notes nor the usernames of the agents who wrote it.
 */
public record EptNeedView(String id, String organisationId, String organisationName, List<String> usages,
                          int surfaceMin, int surfaceMax, List<String> communeInsees, List<String> territoryCodes,
                          BigDecimal maxRentPerSquareMetre, LocalDate neededFrom, Tenure tenure,
                          Integer durationMonths, boolean accessibilityRequired, boolean erpRequired, NeedStatus status,
                          long version, Instant registeredAt, Instant updatedAt) {

    public static EptNeedView of(PremisesNeed need) {
        NeedDetails d = need.details();
        return new EptNeedView(need.id(), need.organisation().id(), need.organisation().name(),
                d.usages().stream().sorted().map(Usage::name).toList(), d.surface().min(), d.surface().max(),
                d.communes().stream().map(Commune::inseeCode).toList(),
                d.territories().stream().map(Territory::code).toList(), d.maxRentPerSquareMetre(), d.neededFrom(),
                d.tenure(), d.durationMonths(), d.accessibilityRequired(), d.erpRequired(),
                need.status(), need.version(), need.registeredAt(), need.updatedAt());
    }
}
