package fr.essor.funding.aaa.application;

import fr.essor.kit.ept.FeedWindow;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationEvent;

import java.util.List;
import java.util.Optional;

/** The applications as stored; a save writes the new state and its facts in one document write (outbox). */
public interface Applications {

    /** A new id for an application to the call of this year, e.g. {@code AAA-2026-0042}. */
    String nextId(int callYear);

    Optional<Application> find(String id);

    /** The applications to the call of this year that match the filter, in id order. */
    List<Application> list(int callYear, ApplicationFilter filter);

    /**
     * The applications acting on this EPT's territory that are in the selection, in the window of an EPT feed (after
     * its cursor, settled), in the order of their last change (time, then id).
     */
    List<Application> territoryFeed(String territoryCode, TerritorySelection selection, FeedWindow window);

    /** An application of this organisation to this call whose normalised title is this one, if any. */
    Optional<String> findSameProject(String callId, String organisationId, String normalisedTitle);

    /** The applications of these organisations (registry ids), whatever the call, newest call first. */
    List<Application> forOrganisations(java.util.Collection<String> organisationIds);

    void add(Application application, List<ApplicationEvent> events);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(Application application, long expectedVersion, List<ApplicationEvent> events);
}
