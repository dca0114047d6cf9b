package fr.essor.procurement.sourcing.application;

import fr.essor.kit.ept.FeedWindow;
import fr.essor.procurement.sourcing.domain.NeedStatus;
import fr.essor.procurement.sourcing.domain.SourcingNeed;
import fr.essor.procurement.sourcing.domain.SourcingNeedPublished;

import java.util.List;
import java.util.Optional;

/** The sourcing needs of the buyer directorates. */
public interface SourcingNeeds {

    Optional<SourcingNeed> find(String id);

    /** Stores a new need with the fact of its publication, in one write. */
    void add(SourcingNeed need, SourcingNeedPublished fact);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(SourcingNeed need, long expectedVersion);

    /**
     * The needs executed on this EPT's territory or on the whole département in the window of an EPT feed, in the
     * order of their last change (time, then id).
     */
    List<SourcingNeed> territoryFeed(String territoryCode, FeedWindow window);

    /** The ids of the needs executed on this EPT's territory or on the whole département. */
    List<String> idsOnTerritory(String territoryCode);

    /** The needs in this status, or all when {@code null}, the latest published first. */
    List<SourcingNeed> list(NeedStatus status);
}
