package fr.essor.funding.portal.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An applicant's account linked to an ESS organisation of the registry (by its SIRET or RNA). The applicant asks for
 * it; an agent of the Département confirms it (or refuses it, saying why) before the account may apply or read the
 * organisation's files. One link per account and organisation: its id is {@code <account>~<organisationId>}.
 */
public record OrganisationLink(String id, String account, String organisationId, String organisationName,
                               LinkStatus status, String note, long version, Instant requestedAt, Instant decidedAt,
                               String decidedBy) {

    public OrganisationLink {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(status, "status");
    }

    public static String idOf(String account, String organisationId) {
        return account + "~" + organisationId;
    }

    /** The applicant asks to act for this organisation. */
    public static OrganisationLink request(String account, String organisationId, String organisationName, Instant at) {
        return new OrganisationLink(idOf(account, organisationId), account, organisationId, organisationName,
                LinkStatus.REQUESTED, null, 1, at, null, null);
    }

    /** An applicant asks again for a link that was refused: it waits for an agent again. */
    public PortalOutcome<OrganisationLink> requestAgain(Instant at) {
        if (status != LinkStatus.REFUSED) {
            return new PortalOutcome.Unchanged<>(this);
        }
        return new PortalOutcome.Changed<>(new OrganisationLink(id, account, organisationId, organisationName,
                LinkStatus.REQUESTED, null, version + 1, at, null, null));
    }

    /** An agent confirms that the account acts for the organisation. */
    public PortalOutcome<OrganisationLink> confirm(String agent, Instant at) {
        return confirm(agent, at, false);
    }

    /**
     * An agent confirms that the account acts for the organisation, unless the national company registry says its
     * establishment is closed ({@code closedInRegistry}): nobody acts for a closed establishment.
     */
    public PortalOutcome<OrganisationLink> confirm(String agent, Instant at, boolean closedInRegistry) {
        if (status == LinkStatus.CONFIRMED) {
            return new PortalOutcome.Unchanged<>(this);
        }
        if (status != LinkStatus.REQUESTED) {
            return new PortalOutcome.NotAllowedNow<>("link.notRequested",
                    "Ce rattachement a été refusé : la structure doit en redemander un.");
        }
        if (closedInRegistry) {
            return new PortalOutcome.NotAllowedNow<>("link.establishmentClosed", "Le répertoire national des "
                    + "entreprises indique que l'établissement de « " + organisationName + " » est fermé : ce "
                    + "rattachement ne peut pas être confirmé. Refusez-le en disant pourquoi.");
        }
        return new PortalOutcome.Changed<>(new OrganisationLink(id, account, organisationId, organisationName,
                LinkStatus.CONFIRMED, null, version + 1, requestedAt, at, agent));
    }

    /** An agent refuses the link, saying why (the applicant reads it). */
    public PortalOutcome<OrganisationLink> refuse(String reason, String agent, Instant at) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            return new PortalOutcome.Invalid<>("reason", "reason.required",
                    "Dites pourquoi le rattachement est refusé (1 000 caractères au plus).");
        }
        if (status != LinkStatus.REQUESTED) {
            return new PortalOutcome.NotAllowedNow<>("link.notRequested",
                    "Seul un rattachement en attente peut être refusé.");
        }
        return new PortalOutcome.Changed<>(new OrganisationLink(id, account, organisationId, organisationName,
                LinkStatus.REFUSED, why, version + 1, requestedAt, at, agent));
    }

    public boolean confirmed() {
        return status == LinkStatus.CONFIRMED;
    }
}
