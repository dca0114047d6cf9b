package fr.essor.roadmap.directory.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.directory.domain.ObjectivesAgreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code essor.funding.grants}: each multi-year objectives agreement (CPO) signed, on its organisation's page. The
 * Appel à Agir's grant agreements are already shown through {@code grant-awarded.v1}; payments are not shown.
 */
public class RecordingObjectivesAgreements extends RecordingDealings {

    static final String AGREEMENT_SIGNED = "fr.essor.funding.grant-agreement-signed.v1";

    /** The directory's tolerant reading of {@code grant-agreement-signed.v1}. */
    public record AgreementSigned(String agreementId, long version, String kind, String organisationId, String title,
                                  String leadDirectorate, BigDecimal amount, Integer fromYear, Integer toYear,
                                  String decisionReference, LocalDate signedOn) {
    }

    public RecordingObjectivesAgreements(Dealings dealings) {
        super(dealings);
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.following().on(AGREEMENT_SIGNED, AgreementSigned.class, this::signed);
    }

    Consumption signed(IncomingEvent event, AgreementSigned a) {
        if (!"CPO".equals(a.kind())) {
            return Consumption.IGNORED;
        }
        return record(new ObjectivesAgreement(a.agreementId(), a.version(), a.organisationId(), a.title(),
                a.leadDirectorate(), a.amount(), a.fromYear(), a.toYear(), a.decisionReference(), a.signedOn()));
    }
}
