package fr.essor.roadmap.indicators.application;

import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.indicators.domain.ComputedIndicators;
import fr.essor.roadmap.indicators.domain.Contribution;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code essor.procurement.contracts}: reserved contracts → reserved amount; insertion clauses → hours planned (award
 * year) and hours done (year the reported period ends), per EPT of execution.
 */
public class CountingContracts extends ContributingFacts<ContractFact> {

    static final String AWARDED = "fr.essor.procurement.contract-awarded.v1";
    static final String HOURS_REPORTED = "fr.essor.procurement.insertion-hours-reported.v1";

    public CountingContracts(Contributions contributions) {
        super(contributions);
    }

    @Override
    protected List<Contribution> contributionsOf(IncomingEvent event, ContractFact contract) {
        return switch (event.type()) {
            case AWARDED -> awarded(event, contract);
            case HOURS_REPORTED -> List.of(new Contribution(ComputedIndicators.INSERTION_HOURS_DONE, event.id(),
                    event.type(), contract.contractId(), contract.version(), contract.periodEnd().getYear(),
                    contract.territoryCode(), contract.hours(), contract.contractId(),
                    "Marché " + contract.contractId() + " — période du " + contract.periodStart() + " au "
                            + contract.periodEnd(), event.time()));
            default -> null;
        };
    }

    private static List<Contribution> awarded(IncomingEvent event, ContractFact contract) {
        int year = contract.year() != null ? contract.year() : yearOf(event);
        String label = contract.contractReference() + " — " + contract.holderName();
        List<Contribution> brought = new ArrayList<>();
        if (contract.reservation() != null && !"NONE".equals(contract.reservation())) {
            brought.add(new Contribution(ComputedIndicators.RESERVED_CONTRACTS_AMOUNT, event.id(), event.type(),
                    contract.contractId(), contract.version(), year, contract.territoryCode(), contract.amount(),
                    contract.contractId(), label + " (" + contract.reservation() + ")", event.time()));
        }
        if (contract.insertionHoursPlanned() != null && contract.insertionHoursPlanned().signum() > 0) {
            brought.add(new Contribution(ComputedIndicators.INSERTION_HOURS_PLANNED, event.id(), event.type(),
                    contract.contractId(), contract.version(), year, contract.territoryCode(),
                    contract.insertionHoursPlanned(), contract.contractId(), label, event.time()));
        }
        return brought;
    }
}
