package fr.essor.roadmap.directory.web;

import fr.essor.roadmap.directory.domain.OrganisationDealings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The 360° side of an organisation in the API: grants, CPOs, SCIC stakes, contracts won, premises, hub occupancy. */
record DealingsView(List<Grant> grants, List<ObjectivesAgreement> objectivesAgreements, List<ScicStake> scicStakes, List<ContractWon> contractsWon,
                    List<Premises> premises, List<HubOccupancy> hubOccupancies) {

    @io.swagger.v3.oas.annotations.media.Schema(name = "DealingsGrant")
    record Grant(String applicationId, String programme, int callYear, String projectTitle, BigDecimal amount,
                 String nature, LocalDate decidedOn) {
    }

    /** A multi-year objectives agreement (CPO) signed with the organisation, over {@code fromYear}–{@code toYear}. */
    record ObjectivesAgreement(String agreementId, String title, String leadDirectorate, BigDecimal amount,
                               int fromYear, int toYear, String decisionReference, LocalDate signedOn) {
    }

    /** {@code status} is {@code HELD} or {@code SOLD}; a sold stake keeps the last capital held. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "DealingsScicStake")
    record ScicStake(String stakeId, String scicName, String status, Long sharesHeld, BigDecimal capitalHeld,
                     BigDecimal sharePercent, LocalDate since, LocalDate soldOn, BigDecimal saleAmount) {
    }

    record ContractWon(String contractId, String contractReference, String object, BigDecimal amount,
                       String reservation, int year, LocalDate awardedOn) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "DealingsPremises")
    record Premises(String leaseId, BigDecimal surface, String communeInsee, String territoryCode,
                    LocalDate startDate, LocalDate endDate, boolean temporaryOccupation, LocalDate endedOn) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "DealingsHubOccupancy")
    record HubOccupancy(String allocationId, String spaceId, String spaceName, BigDecimal surface, LocalDate since,
                        LocalDate until, LocalDate vacatedOn) {
    }

    static DealingsView of(OrganisationDealings d) {
        return new DealingsView(
                d.grants().stream().map(g -> new Grant(g.applicationId(), g.programme(), g.callYear(),
                        g.projectTitle(), g.amount(), g.nature(), g.decidedOn())).toList(),
                d.objectivesAgreements().stream().map(a -> new ObjectivesAgreement(a.agreementId(), a.title(),
                        a.leadDirectorate(), a.amount(), a.fromYear(), a.toYear(), a.decisionReference(),
                        a.signedOn())).toList(),
                d.scicStakes().stream().map(s -> new ScicStake(s.stakeId(), s.scicName(), s.sold() ? "SOLD" : "HELD",
                        s.sharesHeld(), s.capitalHeld(), s.sharePercent(), s.since(), s.soldOn(), s.saleAmount()))
                        .toList(),
                d.contractsWon().stream().map(c -> new ContractWon(c.contractId(), c.contractReference(), c.object(),
                        c.amount(), c.reservation(), c.year(), c.awardedOn())).toList(),
                d.premises().stream().map(p -> new Premises(p.leaseId(), p.surface(), p.communeInsee(),
                        p.territoryCode(), p.startDate(), p.endDate(), p.temporaryOccupation(), p.endedOn()))
                        .toList(),
                d.hubOccupancies().stream().map(h -> new HubOccupancy(h.allocationId(), h.spaceId(), h.spaceName(),
                        h.surface(), h.since(), h.until(), h.vacatedOn())).toList());
    }
}
