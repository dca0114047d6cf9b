package fr.essor.procurement.sourcing.domain;

import java.time.Instant;

/**
 * How a sourcing need ended: a contract awarded (linked by its id) or not, with the reason.
 *
 * @param contractId the contract that answered the need, {@code null} when none was awarded
 * @param reason     why no contract was awarded, or a remark; {@code null} when none given for an award
 */
public record NeedOutcome(boolean awarded, String contractId, String reason, Instant recordedAt, String recordedBy) {
}
