package fr.essor.procurement.suppliers.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.procurement.suppliers.domain.SupplierGrant;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code essor.funding.applications}: each grant awarded, on its laureate's supplier page. */
public class RecordingSupplierGrants {

    static final String GRANT_AWARDED = "fr.essor.funding.grant-awarded.v1";

    /** The supplier directory's tolerant reading of {@code grant-awarded.v1}. */
    public record GrantAwarded(String applicationId, long version, String organisationId, int callYear,
                               String projectTitle, BigDecimal amount, LocalDate decidedOn) {
    }

    private final ReportedFacts facts;

    public RecordingSupplierGrants(ReportedFacts facts) {
        this.facts = facts;
    }

    /** The one type of its topic it follows. */
    public EventRoutes routes() {
        return EventRoutes.following().on(GRANT_AWARDED, GrantAwarded.class, this::awarded);
    }

    Consumption awarded(IncomingEvent event, GrantAwarded g) {
        return Consumption.appliedIf(facts.record(new SupplierGrant(g.applicationId(), g.version(),
                g.organisationId(), g.callYear(), g.projectTitle(), g.amount(), g.decidedOn())));
    }
}
