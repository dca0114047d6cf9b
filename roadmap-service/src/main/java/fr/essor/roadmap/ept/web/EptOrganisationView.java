package fr.essor.roadmap.ept.web;

import fr.essor.roadmap.directory.domain.Relationship;
import fr.essor.roadmap.directory.domain.DirectoryEntry;

import java.time.Instant;
import java.util.List;

/**
 * An organisation of the territory in the 360° directory as an EPT may read it: the legal entity (identifiers, name,
 * legal form, ESUS, inclusion type), its commune, and which services know it in which role since when. Never the
 * usernames of the agents behind the facts.
 *
 * @param changedAt when the directory last changed the entry (the order of the feed)
 */
record EptOrganisationView(String organisationId, String siret, String rna, String name, String legalForm,
                           boolean esus, String inclusionType, String communeInsee, String communeName,
                           String territoryCode, List<KnownBy> knownBy, Instant changedAt) {

    /** A service that knows the organisation, in which role, and when it last reported a change. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "EptKnownBy")
    record KnownBy(String service, Relationship relationship, Instant lastChangeAt) {
    }

    static EptOrganisationView of(DirectoryEntry entry) {
        return new EptOrganisationView(entry.organisationId(), entry.siret(), entry.rna(), entry.name(),
                entry.legalForm(), entry.esus(), entry.inclusionType(), entry.communeInsee(), entry.communeName(),
                entry.territoryCode(), entry.knownBy().stream().map(a -> new KnownBy(a.service(),
                        a.relationship(), a.lastChangeAt())).toList(), entry.changedHereAt());
    }
}
