package fr.essor.roadmap.indicators.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.indicators.domain.ComputedIndicators;
import fr.essor.roadmap.indicators.domain.Contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code essor.procurement.contracts}: reserved contracts → reserved amount; insertion clauses → hours planned (award
 * year) and hours done (year the reported period ends), per EPT of execution.
 */
public class CountingContracts extends ContributingFacts {

    static final String AWARDED = "fr.essor.procurement.contract-awarded.v1";
    static final String HOURS_REPORTED = "fr.essor.procurement.insertion-hours-reported.v1";

    /** The roadmap's tolerant reading of procurement's {@code contract-awarded.v1}. */
    public record ContractAwarded(String contractId, long version, String contractReference, String holderName,
                                  String reservation, BigDecimal amount, BigDecimal insertionHoursPlanned,
                                  String territoryCode, Integer year) {
    }

    /** The roadmap's tolerant reading of procurement's {@code insertion-hours-reported.v1}. */
    public record HoursReported(String contractId, long version, String territoryCode, LocalDate periodStart,
                                LocalDate periodEnd, BigDecimal hours) {
    }

    public CountingContracts(Contributions contributions) {
        super(contributions);
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.following().on(AWARDED, ContractAwarded.class, this::awarded)
                .on(HOURS_REPORTED, HoursReported.class, this::hoursReported);
    }

    Consumption awarded(IncomingEvent event, ContractAwarded contract) {
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
        return record(brought);
    }

    Consumption hoursReported(IncomingEvent event, HoursReported report) {
        return record(List.of(new Contribution(ComputedIndicators.INSERTION_HOURS_DONE, event.id(), event.type(),
                report.contractId(), report.version(), report.periodEnd().getYear(), report.territoryCode(),
                report.hours(), report.contractId(), "Marché " + report.contractId() + " — période du "
                + report.periodStart() + " au " + report.periodEnd(), event.time())));
    }
}
