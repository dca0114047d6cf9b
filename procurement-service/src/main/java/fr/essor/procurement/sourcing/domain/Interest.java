package fr.essor.procurement.sourcing.domain;

import java.time.Instant;

/**
 * A directory supplier said it is interested in a need; an agent recorded it on its behalf.
 *
 * @param note what the supplier said (capacity, questions), {@code null} when nothing
 */
public record Interest(String siret, String supplierName, String note, Instant recordedAt, String recordedBy) {
}
