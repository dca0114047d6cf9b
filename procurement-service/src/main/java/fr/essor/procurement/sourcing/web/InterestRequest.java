package fr.essor.procurement.sourcing.web;

/** A supplier's interest, recorded by an agent: the supplier's SIRET and what it said. */
record InterestRequest(String siret, String note) {
}
