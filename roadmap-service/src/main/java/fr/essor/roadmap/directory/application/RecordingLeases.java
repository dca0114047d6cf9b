package fr.essor.roadmap.directory.application;

import fr.essor.roadmap.directory.domain.Dealing;
import fr.essor.roadmap.directory.domain.Premises;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code essor.foncier.leases}: premises leased, on the tenant's page. */
public class RecordingLeases extends RecordingDealings<RecordingLeases.LeaseSigned> {

    static final String LEASE_SIGNED = "fr.essor.foncier.lease-signed.v1";

    /** The directory's tolerant reading of {@code lease-signed.v1}. */
    public record LeaseSigned(String leaseId, long version, String organisationId, BigDecimal surface,
                              String communeInsee, String territoryCode, LocalDate startDate, LocalDate endDate,
                              boolean temporaryOccupation) {
    }

    public RecordingLeases(Dealings dealings) {
        super(dealings);
    }

    @Override
    protected Dealing dealingOf(String type, LeaseSigned l) {
        return LEASE_SIGNED.equals(type) ? new Premises(l.leaseId(), l.version(), l.organisationId(), l.surface(),
                l.communeInsee(), l.territoryCode(), l.startDate(), l.endDate(), l.temporaryOccupation()) : null;
    }
}
