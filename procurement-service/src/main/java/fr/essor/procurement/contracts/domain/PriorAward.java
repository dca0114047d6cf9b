package fr.essor.procurement.contracts.domain;

import java.time.LocalDate;

/** A contract the Département already awarded to a holder under the same reservation. */
public record PriorAward(String contractId, CpvCode cpvCode, LocalDate notifiedOn) {
}
