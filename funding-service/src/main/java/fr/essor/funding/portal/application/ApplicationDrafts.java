package fr.essor.funding.portal.application;

import java.util.List;
import java.util.Optional;

import fr.essor.funding.portal.domain.ApplicationDraft;

/** The applicants' drafts, as stored. */
public interface ApplicationDrafts {

    String nextId();

    Optional<ApplicationDraft> findDraft(String id);

    /** The drafts of one account, last changed first. */
    List<ApplicationDraft> draftsOf(String account);

    void add(ApplicationDraft draft);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(ApplicationDraft draft, long expectedVersion);
}
