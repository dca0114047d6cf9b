package fr.essor.roadmap.directory.domain;

import java.util.Comparator;
import java.util.List;

/** The 360° side of an organisation: what the other services report the département did with it, newest first. */
public record OrganisationDealings(List<Grant> grants, List<ObjectivesAgreement> objectivesAgreements,
                                   List<ScicStake> scicStakes, List<WonContract> contractsWon,
                                   List<Premises> premises, List<HubOccupancy> hubOccupancies) {

    public OrganisationDealings {
        grants = grants.stream().sorted(Comparator.comparing(Grant::callYear).reversed()
                .thenComparing(Grant::applicationId)).toList();
        objectivesAgreements = objectivesAgreements.stream().sorted(Comparator.comparing(
                ObjectivesAgreement::fromYear).reversed().thenComparing(ObjectivesAgreement::agreementId)).toList();
        scicStakes = scicStakes.stream().sorted(Comparator.comparing(ScicStake::stakeId)).toList();
        contractsWon = contractsWon.stream().sorted(Comparator.comparing(WonContract::year).reversed()
                .thenComparing(WonContract::contractId)).toList();
        premises = premises.stream().sorted(Comparator.comparing(Premises::startDate,
                Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        hubOccupancies = hubOccupancies.stream().sorted(Comparator.comparing(HubOccupancy::since,
                Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    public static OrganisationDealings none() {
        return new OrganisationDealings(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return grants.isEmpty() && objectivesAgreements.isEmpty() && scicStakes.isEmpty() && contractsWon.isEmpty() && premises.isEmpty()
                && hubOccupancies.isEmpty();
    }
}
