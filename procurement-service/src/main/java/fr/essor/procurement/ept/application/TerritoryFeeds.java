package fr.essor.procurement.ept.application;

import fr.essor.kit.ept.FeedCursor;
import fr.essor.kit.ept.FeedSelection;
import fr.essor.kit.ept.FeedWindow;
import fr.essor.procurement.clauses.application.InsertionLedgers;
import fr.essor.procurement.clauses.domain.HoursReport;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.sourcing.application.Meetings;
import fr.essor.procurement.sourcing.application.SourcingNeeds;
import fr.essor.procurement.sourcing.domain.Meeting;
import fr.essor.procurement.sourcing.domain.SourcingNeed;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an EPT's systems read of procurement: the sourcing needs, the buyer ↔ supplier meetings, the awarded contracts
 * and the insertion hours of their territory. The territory rules:
 * <ul>
 * <li>a sourcing need or a contract is of the territory when it is executed there (a commune of the EPT) or on the
 * whole département;</li>
 * <li>a meeting is of the territory when it discusses at least one of those needs (a meeting has no place of its own
 * in the reference data, and what it offers the territory's suppliers is the needs presented there); a meeting with
 * no need yet is on no territory's feed;</li>
 * <li>an hours report is of the territory when its contract is.</li>
 * </ul>
 */
public class TerritoryFeeds {

    private final SourcingNeeds needs;
    private final Meetings meetings;
    private final Contracts contracts;
    private final InsertionLedgers ledgers;

    public TerritoryFeeds(SourcingNeeds needs, Meetings meetings, Contracts contracts, InsertionLedgers ledgers) {
        this.needs = needs;
        this.meetings = meetings;
        this.contracts = contracts;
        this.ledgers = ledgers;
    }

    public List<SourcingNeed> sourcingNeeds(String territoryCode, FeedWindow window) {
        return needs.territoryFeed(territoryCode, window);
    }

    public List<Meeting> meetings(String territoryCode, FeedWindow window) {
        List<String> needIds = needs.idsOnTerritory(territoryCode);
        return needIds.isEmpty() ? List.of() : meetings.discussingAny(needIds, window);
    }

    public List<Contract> awardedContracts(String territoryCode, FeedWindow window) {
        return contracts.awardedOnTerritory(territoryCode, window);
    }

    /** The hours reports of the territory's contracts in the window, each with its contract. */
    public List<ReportedHours> insertionHours(String territoryCode, FeedWindow window) {
        Map<String, Contract> ofTerritory = contracts.awardedOnTerritory(territoryCode).stream()
                .collect(Collectors.toMap(Contract::id, Function.identity()));
        if (ofTerritory.isEmpty()) {
            return List.of();
        }
        return FeedSelection.select(window,
                ledgers.changedSince(ofTerritory.keySet(), window.after() == null ? null : window.after().changedAt())
                        .stream().flatMap(ledger -> ledger.reports().stream()
                                .map(report -> new ReportedHours(ofTerritory.get(ledger.contractId()), report))),
                ReportedHours::key);
    }

    /** An hours report and the contract it was made on. */
    public record ReportedHours(Contract contract, HoursReport report) {

        public FeedCursor key() {
            return new FeedCursor(report.reportedAt(), report.reportId());
        }
    }
}
