package fr.essor.procurement.contracts.domain;

import java.math.BigDecimal;

/**
 * One holder as typed in: its SIRET, its share of the amount and, for a company outside the registry of ESS
 * organisations, its name.
 */
public record HolderLine(String siret, String name, BigDecimal amount) {
}
