package fr.essor.funding.ept.application;

import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.TerritorySelection;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.grants.application.GrantFiles;
import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.kit.ept.FeedWindow;

import java.util.List;

/** What an EPT's systems read of funding: the applications of their territory and the grants to its projects. */
public class TerritoryFeeds {

    private final Applications applications;
    private final GrantFiles grantFiles;

    public TerritoryFeeds(Applications applications, GrantFiles grantFiles) {
        this.applications = applications;
        this.grantFiles = grantFiles;
    }

    public List<Application> applications(String territoryCode, TerritorySelection selection, FeedWindow window) {
        return applications.territoryFeed(territoryCode, selection, window);
    }

    public List<GrantFile> grants(String territoryCode, FeedWindow window) {
        return grantFiles.territoryFeed(territoryCode, window);
    }
}
