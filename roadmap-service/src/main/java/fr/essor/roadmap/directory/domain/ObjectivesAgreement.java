package fr.essor.roadmap.directory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A multi-year objectives agreement (CPO) signed with the organisation (funding's {@code grant-agreement-signed.v1}
 * of kind {@code CPO}), one per agreement.
 */
public record ObjectivesAgreement(String agreementId, long version, String organisationId, String title,
                                  String leadDirectorate, BigDecimal amount, int fromYear, int toYear,
                                  String decisionReference, LocalDate signedOn) implements Dealing {

    @Override
    public String key() {
        return "cpo:" + agreementId;
    }
}
