package fr.essor.roadmap.directory.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.directory.domain.WonContract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code essor.procurement.contracts}: each contract awarded, on each holder's page (insertion hours are not shown). */
public class RecordingContractsWon extends RecordingDealings {

    static final String AWARDED = "fr.essor.procurement.contract-awarded.v1";

    /** The directory's tolerant reading of {@code contract-awarded.v1}. */
    public record ContractAwarded(String contractId, long version, String holderOrganisationId,
                                  String contractReference, String object, BigDecimal amount, String reservation,
                                  int year, LocalDate awardedOn) {
    }

    public RecordingContractsWon(Dealings dealings) {
        super(dealings);
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.following().on(AWARDED, ContractAwarded.class, this::awarded);
    }

    Consumption awarded(IncomingEvent event, ContractAwarded c) {
        return record(new WonContract(c.contractId(), c.version(), c.holderOrganisationId(), c.contractReference(),
                c.object(), c.amount(), c.reservation(), c.year(), c.awardedOn()));
    }
}
