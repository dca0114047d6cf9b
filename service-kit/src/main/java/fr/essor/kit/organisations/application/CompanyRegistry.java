package fr.essor.kit.organisations.application;

import fr.essor.kit.organisations.domain.LegalForm;

import java.util.Optional;

/**
 * The national company registry (Sirene, through the public « API Recherche d'entreprises » in production): what it
 * says about an establishment, read to fill a registration (« dites-le-nous une fois ») and to check a link request.
 * It only informs: nothing is registered or confirmed by a lookup. Switched off by
 * {@code essor.registry.company-lookup.enabled=false} (the embedded default, offline).
 */
public interface CompanyRegistry {

    /** What the registry says about this SIRET (14 digits, checked by the caller). */
    Lookup lookup(String siret);

    /** Whether lookups are made at all in this installation. */
    boolean enabled();

    sealed interface Lookup permits Found, NotFound, Unreachable, Off {
    }

    /** The registry knows the establishment. */
    record Found(CompanyFacts facts) implements Lookup {
    }

    /** The registry answered and does not know this SIRET. */
    record NotFound(String siret) implements Lookup {
    }

    /** The registry did not answer in time, or answered with an error: the agent types the fields. */
    record Unreachable(String reason) implements Lookup {
    }

    /** Lookups are switched off in this installation. */
    record Off() implements Lookup {
    }

    /**
     * An establishment as the registry describes it.
     *
     * @param natureJuridique the INSEE code of the legal category (e.g. {@code 9220} for a declared association)
     * @param legalForm       the kit's legal form when the code tells it, empty when the agent must choose
     * @param communeInsee    the establishment's commune (INSEE code), when given
     * @param active          {@code false} when the establishment (or its legal unit) is closed
     * @param ess             whether the registry lists it in the social and solidarity economy, when it says
     * @param siae            whether it is an inclusion employer (SIAE), when it says
     */
    record CompanyFacts(String siren, String siret, String name, String natureJuridique,
                        Optional<LegalForm> legalForm, String communeInsee, boolean active, Boolean ess,
                        Boolean siae) {
    }
}
