package fr.essor.funding.portal.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An application an organisation's applicant is preparing online: the fields as typed, saved at each step and found
 * again at the next session. It is not an application yet: submitting it makes an application of the Appel à Agir
 * (the same aggregate and instruction list as an agent's entry, channel ONLINE), whose id the draft then keeps.
 */
public record ApplicationDraft(String id, String account, String organisationId, String organisationName,
                               int callYear, DraftFields fields, String applicationId, long version, Instant createdAt,
                               Instant updatedAt, String updatedBy) {

    public ApplicationDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(fields, "fields");
    }

    public static ApplicationDraft start(String id, String account, String organisationId, String organisationName,
                                         int callYear, Instant at) {
        return new ApplicationDraft(id, account, organisationId, organisationName, callYear, DraftFields.blank(), null,
                1, at, at, account);
    }

    public boolean submitted() {
        return applicationId != null;
    }

    /** Keeps what was typed; a submitted draft no longer changes. */
    public PortalOutcome<ApplicationDraft> save(DraftFields typed, String by, Instant at) {
        if (submitted()) {
            return new PortalOutcome.NotAllowedNow<>("draft.submitted", "Cette candidature est déjà déposée (n° "
                    + applicationId + ") : elle ne se modifie plus en ligne.");
        }
        if (typed.equals(fields)) {
            return new PortalOutcome.Unchanged<>(this);
        }
        return new PortalOutcome.Changed<>(new ApplicationDraft(id, account, organisationId, organisationName, callYear,
                typed, null, version + 1, createdAt, at, by));
    }

    /** The draft became this application of the call. */
    public PortalOutcome<ApplicationDraft> submittedAs(String newApplicationId, String by, Instant at) {
        if (submitted()) {
            return newApplicationId.equals(applicationId) ? new PortalOutcome.Unchanged<>(this)
                    : new PortalOutcome.NotAllowedNow<>("draft.submitted", "Cette candidature est déjà déposée (n° "
                    + applicationId + ").");
        }
        return new PortalOutcome.Changed<>(new ApplicationDraft(id, account, organisationId, organisationName, callYear,
                fields, newApplicationId, version + 1, createdAt, at, by));
    }
}
