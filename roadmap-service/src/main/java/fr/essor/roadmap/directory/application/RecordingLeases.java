package fr.essor.roadmap.directory.application;

import fr.essor.roadmap.directory.domain.Dealing;
import fr.essor.roadmap.directory.domain.LeaseEnd;
import fr.essor.roadmap.directory.domain.Premises;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code essor.foncier.leases}: premises leased, on the tenant's page. */
public class RecordingLeases extends RecordingDealings<RecordingLeases.LeaseFact> {

    static final String LEASE_SIGNED = "fr.essor.foncier.lease-signed.v1";
    static final String LEASE_ENDED = "fr.essor.foncier.lease-ended.v1";

    /** The directory's tolerant reading of {@code lease-signed.v1} and {@code lease-ended.v1}. */
    public record LeaseFact(String leaseId, long version, String organisationId, BigDecimal surface,
                            String communeInsee, String territoryCode, LocalDate startDate, LocalDate endDate,
                            Boolean temporaryOccupation, LocalDate endedOn, Boolean atTerm) {
    }

    public RecordingLeases(Dealings dealings) {
        super(dealings);
    }

    @Override
    protected Dealing dealingOf(String type, LeaseFact l) {
        return switch (type) {
            case LEASE_SIGNED -> new Premises(l.leaseId(), l.version(), l.organisationId(), l.surface(),
                    l.communeInsee(), l.territoryCode(), l.startDate(), l.endDate(), Boolean.TRUE.equals(l.temporaryOccupation()), null);
            case LEASE_ENDED -> new LeaseEnd(l.leaseId(), l.version(), l.organisationId(), l.endedOn(),
                    Boolean.TRUE.equals(l.atTerm()));
            default -> null;
        };
    }
}
