package fr.essor.funding.scic.domain;

import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of an acquisition as typed in: the SCIC in the organisation registry (and the EPT of its registered
 * office, {@code null} outside Seine-Saint-Denis), the holding, the date and the deliberation that decided it.
 */
public record Acquisition(String organisationId, String territoryCode, Long shares, BigDecimal capitalHeld,
                          BigDecimal scicCapital, LocalDate acquiredOn, String deliberationReference) {

    public List<Violation> check() {
        List<Violation> violations = new ArrayList<>();
        if (organisationId == null || organisationId.isBlank()) {
            violations.add(new Violation("organisation", "organisation.required",
                    "Indiquez le SIRET de la SCIC, enregistrée dans le registre des structures."));
        }
        violations.addAll(Holding.check(shares, capitalHeld, scicCapital));
        if (acquiredOn == null) {
            violations.add(new Violation("acquiredOn", "acquiredOn.required",
                    "Indiquez la date de la prise de participation."));
        }
        InputBounds.date("acquiredOn", acquiredOn).ifPresent(violations::add);
        violations.addAll(Deliberations.check("deliberationReference", deliberationReference, true));
        return violations;
    }

    Holding holding() {
        return new Holding(shares, capitalHeld, scicCapital);
    }
}
