package fr.essor.procurement.ept.application;

import fr.essor.kit.ept.FeedWindow;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.sourcing.application.SourcingNeeds;
import fr.essor.procurement.sourcing.domain.SourcingNeed;

import java.util.List;

/** What an EPT's systems read of procurement: the sourcing needs and the awarded contracts of their territory. */
public class TerritoryFeeds {

    private final SourcingNeeds needs;
    private final Contracts contracts;

    public TerritoryFeeds(SourcingNeeds needs, Contracts contracts) {
        this.needs = needs;
        this.contracts = contracts;
    }

    public List<SourcingNeed> sourcingNeeds(String territoryCode, FeedWindow window) {
        return needs.territoryFeed(territoryCode, window);
    }

    public List<Contract> awardedContracts(String territoryCode, FeedWindow window) {
        return contracts.awardedOnTerritory(territoryCode, window);
    }
}
