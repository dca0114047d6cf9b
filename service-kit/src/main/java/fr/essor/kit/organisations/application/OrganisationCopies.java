package fr.essor.kit.organisations.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.kit.consuming.UnreadableEventException;
import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationDetails;
import fr.essor.kit.organisations.domain.Rna;
import fr.essor.kit.organisations.domain.Siret;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Communes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * One registration serves every service (ADR-0021): the organisations registered or changed in another service
 * ({@code fr.essor.<service>.organisation-registered.v1} / {@code organisation-updated.v1}) become this service's
 * copy, so that a structure registered in funding is selectable in procurement and foncier within seconds and a
 * change made anywhere reaches everyone.
 *
 * <p>The version of an organisation is the same in every service: a copy takes the version of the fact, a change made
 * here continues from it. A fact is applied only when it is later than what this service holds — by version, then by
 * time, then by source — so that two services changing the same version at once end with the same winner everywhere,
 * and a redelivered, replayed or older fact changes nothing ({@link Consumption#DUPLICATE}). A copy publishes nothing:
 * the other services read the fact from its author's topic.
 */
public class OrganisationCopies {

    /**
     * This service's tolerant reading of {@code organisation-registered.v1} and of {@code organisation-updated.v1},
     * which carry the same fields (one contract, ADR-0021).
     */
    public record OrganisationFact(String organisationId, long version, String siret, String rna, String name,
                                   String legalForm, boolean esus, String inclusionType, String communeInsee,
                                   String occurredAt, String recordedBy) {
    }

    private final Organisations organisations;
    private final Communes communes;
    private final String ownSource;

    public OrganisationCopies(Organisations organisations, Communes communes, String ownSource) {
        this.organisations = organisations;
        this.communes = communes;
        this.ownSource = ownSource;
    }

    /**
     * The routes of the copies: {@code organisation-registered.v1} and {@code organisation-updated.v1} of each of
     * {@code services} (the other services, e.g. {@code funding}); any other type of their topics is skipped.
     */
    public EventRoutes routes(Collection<String> services) {
        EventRoutes routes = EventRoutes.following();
        for (String service : services) {
            routes = routes.on(type(service, "registered"), OrganisationFact.class, this::registered)
                    .on(type(service, "updated"), OrganisationFact.class, this::updated);
        }
        return routes;
    }

    /** The type of an organisation fact of {@code service}, e.g. {@code fr.essor.funding.organisation-updated.v1}. */
    public static String type(String service, String change) {
        return "fr.essor." + service + ".organisation-" + change + ".v1";
    }

    public Consumption registered(IncomingEvent event, OrganisationFact fact) {
        if (ownSource.equals(event.source())) {
            return Consumption.IGNORED;
        }
        Organisation copy = copyOf(event, fact);
        boolean applied = organisations.copy(copy, event.source());
        organisations.keepEarliestRegistration(copy.id(), copy.registeredAt(), copy.registeredBy());
        return Consumption.appliedIf(applied);
    }

    public Consumption updated(IncomingEvent event, OrganisationFact fact) {
        if (ownSource.equals(event.source())) {
            return Consumption.IGNORED;
        }
        return Consumption.appliedIf(organisations.copy(copyOf(event, fact), event.source()));
    }

    private Organisation copyOf(IncomingEvent event, OrganisationFact fact) {
        try {
            Commune commune = communes.find(fact.communeInsee()).orElseThrow(() ->
                    new IllegalArgumentException("unknown commune " + fact.communeInsee()));
            OrganisationDetails details = new OrganisationDetails(
                    fact.siret() == null ? null : new Siret(fact.siret()),
                    fact.rna() == null ? null : new Rna(fact.rna()), fact.name(), LegalForm.valueOf(fact.legalForm()),
                    fact.esus(), fact.inclusionType() == null ? null : InclusionType.valueOf(fact.inclusionType()),
                    commune);
            if (!details.organisationId().equals(fact.organisationId()) || fact.version() < 1) {
                throw new IllegalArgumentException("organisation " + fact.organisationId() + " version "
                        + fact.version() + " does not match its identifiers");
            }
            // stored times keep milliseconds: the comparison with what is stored must not see a redelivery as later
            Instant at = OffsetDateTime.parse(fact.occurredAt()).toInstant().truncatedTo(ChronoUnit.MILLIS);
            return new Organisation(fact.organisationId(), details, fact.version(), at, fact.recordedBy(), at,
                    fact.recordedBy());
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new UnreadableEventException("Organisation fact " + event.id() + " from " + event.source()
                    + " cannot be copied: " + e.getMessage(), e);
        }
    }
}
