package fr.essor.funding.ept.web;

import fr.essor.funding.ept.application.TerritoryFeeds.GrantPayment;
import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.Instalment;
import fr.essor.funding.grants.domain.Payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment of a grant to a project of the territory (its main territory: the one of its first commune of action) as
 * an EPT may read it: the grant, the organisation paid (a legal entity: SIRET or RNA and the registry's name), the
 * amount, the date and the instalment it pays. Never who recorded it.
 *
 * @param id                the grant's id and the payment's rank on it, e.g. {@code AAA-2026-0042-P1}
 * @param number            the payment's rank on the grant (1, 2…)
 * @param instalmentTrigger what released the instalment: {@code SIGNATURE}, {@code ANNUAL_REPORT}, {@code FINAL_REPORT}
 */
record EptGrantPaymentView(String id, String grantId, int callYear, String organisationId, String organisationName,
                      String projectTitle, int number, BigDecimal amount, LocalDate paidOn, int instalment,
                      @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"SIGNATURE", "ANNUAL_REPORT",
                              "FINAL_REPORT"}) String instalmentTrigger,
                      String instalmentLabel, BigDecimal instalmentAmount, String territoryCode, Instant changedAt) {

    static EptGrantPaymentView of(GrantPayment grantPayment) {
        GrantFile file = grantPayment.file();
        Payment payment = grantPayment.payment();
        Instalment instalment = grantPayment.instalment();
        return new EptGrantPaymentView(grantPayment.id(), file.id(), file.callYear(), file.organisationId(),
                file.organisationName(), file.projectTitle(), payment.number(), payment.amount(), payment.paidOn(),
                instalment.number(), instalment.trigger().name(), instalment.label(), instalment.amount(),
                file.territoryCode(), payment.recordedAt());
    }
}
