package fr.essor.procurement.sourcing.web;

import fr.essor.kit.apidocs.Bounds;
import fr.essor.kit.organisations.domain.Siret;

/** An organisation of the registry taking part in a meeting, by SIRET or RNA. */
record ParticipantRequest(@Bounds.Pattern(value = Siret.SIRET_OR_RNA, message = Siret.SIRET_OR_RNA_MESSAGE)
                          String organisationId) {
}
