package fr.essor.procurement.suppliers.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.procurement.suppliers.domain.SupplierPremises;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code essor.foncier.leases}: premises leased, on the tenant's supplier page. */
public class RecordingSupplierLeases {

    static final String LEASE_SIGNED = "fr.essor.foncier.lease-signed.v1";

    /** The supplier directory's tolerant reading of {@code lease-signed.v1}. */
    public record LeaseSigned(String leaseId, long version, String organisationId, BigDecimal surface,
                              String communeInsee, LocalDate startDate, LocalDate endDate) {
    }

    private final ReportedFacts facts;

    public RecordingSupplierLeases(ReportedFacts facts) {
        this.facts = facts;
    }

    /** The one type of its topic it follows. */
    public EventRoutes routes() {
        return EventRoutes.following().on(LEASE_SIGNED, LeaseSigned.class, this::signed);
    }

    Consumption signed(IncomingEvent event, LeaseSigned l) {
        return Consumption.appliedIf(facts.record(new SupplierPremises(l.leaseId(), l.version(),
                l.organisationId(), l.surface(), l.communeInsee(), l.startDate(), l.endDate())));
    }
}
