package fr.essor.foncier.intermediation.domain;

/**
 * What an intermediation keeps of its need and offer, so that its facts and pages never need to read them again.
 *
 * @param organisationId the registry id (SIRET or RNA) of the organisation looking for premises
 */
public record Premises(String needId, String organisationId, String organisationName, String offerId,
                       String address, String communeInsee, String communeName, String territoryCode,
                       int offerSurface, boolean temporary) {
}
