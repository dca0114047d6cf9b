package fr.essor.roadmap.directory.application;

import fr.essor.roadmap.directory.domain.Dealing;
import fr.essor.roadmap.directory.domain.ObjectivesAgreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code essor.funding.grants}: each multi-year objectives agreement (CPO) signed, on its organisation's page. The
 * Appel à Agir's grant agreements are already shown through {@code grant-awarded.v1}; payments are not shown.
 */
public class RecordingObjectivesAgreements extends RecordingDealings<RecordingObjectivesAgreements.AgreementSigned> {

    static final String AGREEMENT_SIGNED = "fr.essor.funding.grant-agreement-signed.v1";

    /** The directory's tolerant reading of {@code grant-agreement-signed.v1} (and of the other facts of the topic). */
    public record AgreementSigned(String agreementId, long version, String kind, String organisationId, String title,
                                  String leadDirectorate, BigDecimal amount, Integer fromYear, Integer toYear,
                                  String decisionReference, LocalDate signedOn) {
    }

    public RecordingObjectivesAgreements(Dealings dealings) {
        super(dealings);
    }

    @Override
    protected Dealing dealingOf(String type, AgreementSigned a) {
        if (!AGREEMENT_SIGNED.equals(type) || !"CPO".equals(a.kind())) {
            return null;
        }
        return new ObjectivesAgreement(a.agreementId(), a.version(), a.organisationId(), a.title(),
                a.leadDirectorate(), a.amount(), a.fromYear(), a.toYear(), a.decisionReference(), a.signedOn());
    }
}
