package fr.essor.roadmap.directory.application;

import fr.essor.kit.ept.FeedWindow;
import fr.essor.roadmap.directory.domain.DirectoryEntry;
import fr.essor.roadmap.directory.domain.DirectoryFilter;
import fr.essor.roadmap.directory.domain.Relationship;

import java.util.List;
import java.util.Optional;

/** The consolidated directory of ESS organisations. */
public interface Directory {

    /**
     * Applies what {@code service} reports of an organisation, unless a fact of the same or a later version from the
     * same service was already applied: effect and marker are one single-document write.
     *
     * @return true when applied, false when it was a duplicate
     */
    boolean record(String service, Relationship relationship, OrganisationFact fact);

    /** Forgets every entry, before a rebuild from the topics (ADR-0024); answers how many were removed. */
    long clear();

    Optional<DirectoryEntry> findByIdentifier(String siretOrRna);

    List<DirectoryEntry> search(DirectoryFilter filter, int limit);

    /**
     * The entries of organisations of this EPT's territory in the window of an EPT feed, in the order in which this
     * service last wrote them (time, then id).
     */
    List<DirectoryEntry> territoryFeed(String territoryCode, FeedWindow window);
}
