package fr.essor.procurement.sourcing.web;

import fr.essor.kit.apidocs.Bounds;
import fr.essor.procurement.contracts.domain.ContractTerms;
import fr.essor.procurement.sourcing.domain.SourcingNeed;

import fr.essor.procurement.sourcing.domain.OutcomeForm;

/** How a need ended: a contract awarded (its id) or not (the reason). */
record OutcomeRequest(Boolean awarded,
                      @Bounds.Pattern(value = ContractTerms.ID_PATTERN,
                              message = "Indiquez le numéro d'un marché (ex. 2026-0117-L2).") String contractId,
                      @Bounds.Text(SourcingNeed.MAX_NOTE) String reason) {

    OutcomeForm toForm() {
        return new OutcomeForm(awarded, contractId, reason);
    }
}
