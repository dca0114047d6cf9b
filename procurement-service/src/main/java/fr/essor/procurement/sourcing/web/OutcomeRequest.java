package fr.essor.procurement.sourcing.web;

import fr.essor.procurement.sourcing.domain.OutcomeForm;

/** How a need ended: a contract awarded (its id) or not (the reason). */
record OutcomeRequest(Boolean awarded, String contractId, String reason) {

    OutcomeForm toForm() {
        return new OutcomeForm(awarded, contractId, reason);
    }
}
