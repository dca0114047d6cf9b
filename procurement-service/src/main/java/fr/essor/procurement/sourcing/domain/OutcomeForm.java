package fr.essor.procurement.sourcing.domain;

/**
 * The outcome of a need as typed in.
 *
 * @param contractId the contract awarded, required when {@code awarded}
 * @param reason     required when no contract was awarded
 */
public record OutcomeForm(Boolean awarded, String contractId, String reason) {
}
