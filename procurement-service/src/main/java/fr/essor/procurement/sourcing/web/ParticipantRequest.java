package fr.essor.procurement.sourcing.web;

/** An organisation of the registry taking part in a meeting, by SIRET or RNA. */
record ParticipantRequest(String organisationId) {
}
