package fr.essor.roadmap.directory.application;

import fr.essor.roadmap.directory.domain.Dealing;
import fr.essor.roadmap.directory.domain.OrganisationDealings;

import java.util.Collection;

/**
 * The directory's 360° projection: what the other services report of each organisation, kept per upstream aggregate
 * even before the organisation itself is in the directory.
 */
public interface Dealings {

    /**
     * Applies a dealing unless one of the same or a later version was already applied under its key: effect and
     * marker are one single-document write.
     *
     * @return true when applied, false for a redelivered, replayed or outdated fact
     */
    boolean record(Dealing dealing);

    /** Forgets every dealing, before a rebuild from the topics (ADR-0024); answers how many were removed. */
    long clear();

    /** Everything reported of an organisation known under any of these identifiers (its SIRET, its RNA). */
    OrganisationDealings of(Collection<String> organisationIds);
}
