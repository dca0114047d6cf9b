package fr.essor.funding.ept.application;

import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.TerritorySelection;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.grants.application.GrantFiles;
import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.Instalment;
import fr.essor.funding.grants.domain.Payment;
import fr.essor.kit.ept.FeedCursor;
import fr.essor.kit.ept.FeedSelection;
import fr.essor.kit.ept.FeedWindow;

import java.util.List;

/**
 * What an EPT's systems read of funding: the applications of their territory, the grants to its projects and the
 * payments of those grants. A grant (and each of its payments) is of the territory of its main commune of action.
 */
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

    /** The payments of the grants of the territory in the window, each with its grant file and instalment. */
    public List<GrantPayment> payments(String territoryCode, FeedWindow window) {
        return FeedSelection.select(window,
                grantFiles.ofTerritoryChangedSince(territoryCode,
                                window.after() == null ? null : window.after().changedAt()).stream()
                        .flatMap(file -> file.payments().stream().map(payment -> new GrantPayment(file, payment))),
                GrantPayment::key);
    }

    /** A payment made on a grant. */
    public record GrantPayment(GrantFile file, Payment payment) {

        /** The payment's id on the feed: the grant's id and the payment's rank on it. */
        public String id() {
            return file.id() + "-P" + payment.number();
        }

        public FeedCursor key() {
            return new FeedCursor(payment.recordedAt(), id());
        }

        public Instalment instalment() {
            return file.schedule().instalments().stream().filter(i -> i.number() == payment.instalment())
                    .findFirst().orElseThrow(() -> new IllegalStateException("payment " + id()
                            + " on an instalment the schedule has not"));
        }
    }
}
