package fr.essor.procurement.sourcing.web;

import fr.essor.kit.apidocs.Bounds;
import fr.essor.kit.organisations.domain.Siret;
import fr.essor.procurement.sourcing.domain.SourcingNeed;

/** A supplier's interest, recorded by an agent: the supplier's SIRET and what it said. */
record InterestRequest(@Bounds.Pattern(value = Siret.PATTERN, message = "Le numéro SIRET doit comporter 14 chiffres.")
                       String siret,
                       @Bounds.Text(SourcingNeed.MAX_NOTE) String note) {
}
